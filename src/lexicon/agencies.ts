// Government bodies of the major trading economies and the international bodies of trade news.
// Sources of truth: each government's own English names for its bodies, plus wire-service usage.
//
// Bare body names ("Ministry of Commerce", "Foreign Ministry", "Treasury") are listed under EVERY
// country that has a body so called; such names are collected in AMBIGUOUS_AGENCY_NAMES and the
// extractor must decide the country from context (a preceding demonym/possessive, the article's
// actors). Qualified forms ("China's Ministry of Commerce") are listed only for the commonest bodies:
// the extractor should also compose <country name|demonym|possessive> + <bare name> itself.

import type { AgencyEntry, BodyFunction } from "./types.ts";

export const AGENCIES: readonly AgencyEntry[] = [
  // =====================================================================================
  // United States
  // =====================================================================================
  {
    id: "us-white-house",
    label: "White House",
    country: "us",
    function: "head-of-state",
    names: ["Executive Office of the President", "White House"],
  },
  {
    id: "us-nec",
    label: "National Economic Council",
    country: "us",
    function: "economic-council",
    names: ["White House National Economic Council", "National Economic Council", "NEC"],
  },
  {
    id: "us-cea",
    label: "Council of Economic Advisers",
    country: "us",
    function: "economic-council",
    names: ["White House Council of Economic Advisers", "Council of Economic Advisers", "CEA"],
  },
  {
    id: "us-nsc",
    label: "National Security Council",
    country: "us",
    function: "security",
    names: ["White House National Security Council", "U.S. National Security Council", "National Security Council", "NSC"],
  },
  {
    id: "us-ustr",
    label: "Office of the United States Trade Representative",
    country: "us",
    function: "trade-representative",
    // "U.S. Trade Representative" is the title of its head, kept in titles.ts.
    names: [
      "Office of the United States Trade Representative",
      "Office of the U.S. Trade Representative",
      "Office of the US Trade Representative",
      "USTR",
    ],
  },
  {
    id: "us-commerce",
    label: "US Department of Commerce",
    country: "us",
    function: "commerce",
    names: [
      "United States Department of Commerce",
      "U.S. Department of Commerce",
      "US Department of Commerce",
      "U.S. Commerce Department",
      "US Commerce Department",
      "Department of Commerce",
      "Commerce Department",
    ],
  },
  {
    id: "us-bis",
    label: "Bureau of Industry and Security",
    country: "us",
    function: "export-control",
    // "BIS" is also the Bank for International Settlements; in trade news it is this bureau.
    names: ["Commerce Department's Bureau of Industry and Security", "Bureau of Industry and Security", "BIS"],
  },
  {
    id: "us-treasury",
    label: "US Department of the Treasury",
    country: "us",
    function: "treasury",
    names: [
      "United States Department of the Treasury",
      "U.S. Department of the Treasury",
      "US Department of the Treasury",
      "Department of the Treasury",
      "U.S. Treasury Department",
      "US Treasury Department",
      "Treasury Department",
      "U.S. Treasury",
      "US Treasury",
      "Treasury",
    ],
  },
  {
    id: "us-ofac",
    label: "Office of Foreign Assets Control",
    country: "us",
    function: "sanctions",
    names: ["Office of Foreign Assets Control", "OFAC"],
  },
  {
    id: "us-cfius",
    label: "Committee on Foreign Investment in the United States",
    country: "us",
    function: "investment-screening",
    names: ["Committee on Foreign Investment in the United States", "CFIUS"],
  },
  {
    id: "us-state",
    label: "US Department of State",
    country: "us",
    function: "foreign",
    names: [
      "United States Department of State",
      "U.S. Department of State",
      "US Department of State",
      "U.S. State Department",
      "US State Department",
      "Department of State",
      "State Department",
    ],
  },
  {
    id: "us-defense",
    label: "US Department of Defense",
    country: "us",
    function: "defense",
    // Renamed "Department of War" as a secondary title in September 2025.
    names: [
      "U.S. Department of Defense",
      "US Department of Defense",
      "Department of Defense",
      "Defense Department",
      "Department of War",
      "War Department",
      "Pentagon",
      "DoD",
    ],
  },
  {
    id: "us-agriculture",
    label: "US Department of Agriculture",
    country: "us",
    function: "agriculture",
    names: [
      "U.S. Department of Agriculture",
      "US Department of Agriculture",
      "Department of Agriculture",
      "Agriculture Department",
      "USDA",
    ],
  },
  {
    id: "us-energy",
    label: "US Department of Energy",
    country: "us",
    function: "energy",
    names: ["U.S. Department of Energy", "US Department of Energy", "Department of Energy", "Energy Department"],
  },
  {
    id: "us-justice",
    label: "US Department of Justice",
    country: "us",
    function: "justice",
    names: ["U.S. Department of Justice", "US Department of Justice", "Department of Justice", "Justice Department", "DOJ"],
  },
  {
    id: "us-cbp",
    label: "US Customs and Border Protection",
    country: "us",
    function: "customs",
    names: ["U.S. Customs and Border Protection", "US Customs and Border Protection", "Customs and Border Protection", "CBP"],
  },
  {
    id: "us-itc",
    label: "US International Trade Commission",
    country: "us",
    function: "trade",
    names: [
      "U.S. International Trade Commission",
      "US International Trade Commission",
      "International Trade Commission",
      "USITC",
    ],
  },
  {
    id: "us-fcc",
    label: "Federal Communications Commission",
    country: "us",
    function: "regulator",
    names: ["Federal Communications Commission", "FCC"],
  },
  {
    id: "us-fed",
    label: "Federal Reserve",
    country: "us",
    function: "central-bank",
    names: [
      "U.S. Federal Reserve",
      "US Federal Reserve",
      "Federal Reserve System",
      "Federal Reserve Board",
      "Federal Reserve",
      "Fed",
    ],
  },
  {
    id: "us-cit",
    label: "US Court of International Trade",
    country: "us",
    function: "court",
    names: [
      "United States Court of International Trade",
      "U.S. Court of International Trade",
      "US Court of International Trade",
      "Court of International Trade",
    ],
  },
  {
    id: "us-federal-circuit",
    label: "US Court of Appeals for the Federal Circuit",
    country: "us",
    function: "court",
    names: [
      "U.S. Court of Appeals for the Federal Circuit",
      "US Court of Appeals for the Federal Circuit",
      "Court of Appeals for the Federal Circuit",
      "Federal Circuit",
    ],
  },
  {
    id: "us-supreme-court",
    label: "US Supreme Court",
    country: "us",
    function: "court",
    names: [
      "Supreme Court of the United States",
      "U.S. Supreme Court",
      "US Supreme Court",
      "Supreme Court",
      "SCOTUS",
    ],
  },
  {
    id: "us-congress",
    label: "US Congress",
    country: "us",
    function: "legislature",
    names: ["United States Congress", "U.S. Congress", "US Congress", "Congress"],
  },
  {
    id: "us-senate",
    label: "US Senate",
    country: "us",
    function: "legislature",
    // Bare "Senate" is listed only here: other upper houses are not in this lexicon.
    names: ["United States Senate", "U.S. Senate", "US Senate", "Senate"],
  },
  {
    id: "us-house",
    label: "US House of Representatives",
    country: "us",
    function: "legislature",
    names: ["U.S. House of Representatives", "US House of Representatives", "House of Representatives", "U.S. House"],
  },

  // =====================================================================================
  // China
  // =====================================================================================
  {
    id: "cn-state-council",
    label: "State Council",
    country: "cn",
    function: "cabinet",
    names: ["State Council of the People's Republic of China", "China's State Council", "State Council"],
  },
  {
    id: "cn-politburo",
    label: "Politburo",
    country: "cn",
    function: "party",
    names: ["Political Bureau of the CPC Central Committee", "Political Bureau", "Politburo"],
  },
  {
    id: "cn-politburo-standing-committee",
    label: "Politburo Standing Committee",
    country: "cn",
    function: "party",
    names: ["Standing Committee of the Political Bureau", "Politburo Standing Committee"],
  },
  {
    id: "cn-cfeac",
    label: "Central Financial and Economic Affairs Commission",
    country: "cn",
    function: "economic-council",
    names: ["Central Financial and Economic Affairs Commission"],
  },
  {
    id: "cn-commerce",
    label: "Ministry of Commerce (China)",
    country: "cn",
    function: "commerce",
    names: [
      "Ministry of Commerce of the People's Republic of China",
      "China's Ministry of Commerce",
      "Chinese Ministry of Commerce",
      "China's Commerce Ministry",
      "Chinese Commerce Ministry",
      "Ministry of Commerce",
      "Commerce Ministry",
      "MOFCOM",
      "MofCom",
    ],
  },
  {
    id: "cn-tariff-commission",
    label: "Customs Tariff Commission of the State Council",
    country: "cn",
    function: "trade",
    names: [
      "Customs Tariff Commission of the State Council",
      "State Council Tariff Commission",
      "Customs Tariff Commission",
      "Tariff Commission",
    ],
  },
  {
    id: "cn-finance",
    label: "Ministry of Finance (China)",
    country: "cn",
    function: "finance",
    names: ["China's Ministry of Finance", "Chinese Finance Ministry", "Ministry of Finance", "Finance Ministry", "MOF"],
  },
  {
    id: "cn-foreign",
    label: "Ministry of Foreign Affairs (China)",
    country: "cn",
    function: "foreign",
    names: [
      "Ministry of Foreign Affairs of the People's Republic of China",
      "China's Foreign Ministry",
      "Chinese Foreign Ministry",
      "Ministry of Foreign Affairs",
      "Foreign Ministry",
    ],
  },
  {
    id: "cn-defense",
    label: "Ministry of National Defense (China)",
    country: "cn",
    function: "defense",
    names: ["Ministry of National Defense", "Chinese Defense Ministry", "Defense Ministry", "Defence Ministry"],
  },
  {
    id: "cn-ndrc",
    label: "National Development and Reform Commission",
    country: "cn",
    function: "economy",
    names: ["National Development and Reform Commission", "NDRC"],
  },
  {
    id: "cn-miit",
    label: "Ministry of Industry and Information Technology",
    country: "cn",
    function: "industry",
    names: ["Ministry of Industry and Information Technology", "MIIT"],
  },
  {
    id: "cn-customs",
    label: "General Administration of Customs",
    country: "cn",
    function: "customs",
    names: [
      "General Administration of Customs of the People's Republic of China",
      "General Administration of Customs",
      "China Customs",
      "GACC",
    ],
  },
  {
    id: "cn-samr",
    label: "State Administration for Market Regulation",
    country: "cn",
    function: "regulator",
    names: ["State Administration for Market Regulation", "SAMR"],
  },
  {
    id: "cn-cac",
    label: "Cyberspace Administration of China",
    country: "cn",
    function: "regulator",
    names: ["Cyberspace Administration of China", "CAC"],
  },
  {
    id: "cn-pboc",
    label: "People's Bank of China",
    country: "cn",
    function: "central-bank",
    names: ["People's Bank of China", "PBOC", "PBoC"],
  },
  {
    id: "cn-npc",
    label: "National People's Congress",
    country: "cn",
    function: "legislature",
    names: [
      "Standing Committee of the National People's Congress",
      "NPC Standing Committee",
      "National People's Congress",
      "NPC",
    ],
  },

  // =====================================================================================
  // European Union (bodies of the Union; its members' bodies are listed by country)
  // =====================================================================================
  {
    id: "eu-commission",
    label: "European Commission",
    country: "eu",
    function: "executive",
    names: ["European Commission", "EU Commission", "EC"],
  },
  {
    id: "eu-dg-trade",
    label: "Directorate-General for Trade",
    country: "eu",
    function: "trade",
    names: [
      "Directorate-General for Trade and Economic Security",
      "Directorate-General for Trade",
      "DG Trade",
      "DG TRADE",
    ],
  },
  {
    id: "eu-parliament",
    label: "European Parliament",
    country: "eu",
    function: "legislature",
    names: ["European Parliament", "EU Parliament"],
  },
  {
    id: "eu-council",
    label: "Council of the European Union",
    country: "eu",
    function: "legislature",
    names: ["Council of the European Union", "Council of the EU"],
  },
  {
    id: "eu-european-council",
    label: "European Council",
    country: "eu",
    function: "summit",
    names: ["European Council"],
  },
  {
    id: "eu-eeas",
    label: "European External Action Service",
    country: "eu",
    function: "foreign",
    names: ["European External Action Service", "EEAS"],
  },
  {
    id: "eu-ecb",
    label: "European Central Bank",
    country: "eu",
    function: "central-bank",
    names: ["European Central Bank", "ECB"],
  },
  {
    id: "eu-cjeu",
    label: "Court of Justice of the European Union",
    country: "eu",
    function: "court",
    names: ["Court of Justice of the European Union", "European Court of Justice", "CJEU", "ECJ"],
  },

  // =====================================================================================
  // United Kingdom
  // =====================================================================================
  {
    id: "gb-prime-minister-office",
    label: "Prime Minister's Office (UK)",
    country: "gb",
    function: "head-of-government",
    names: ["10 Downing Street", "Downing Street", "Number 10", "No. 10", "No 10", "Prime Minister's Office"],
  },
  {
    id: "gb-treasury",
    label: "HM Treasury",
    country: "gb",
    function: "treasury",
    names: ["His Majesty's Treasury", "Her Majesty's Treasury", "HM Treasury", "UK Treasury", "British Treasury", "Treasury"],
  },
  {
    id: "gb-business-trade",
    label: "Department for Business and Trade",
    country: "gb",
    function: "trade",
    names: ["Department for Business and Trade", "DBT"],
  },
  {
    id: "gb-dit",
    label: "Department for International Trade",
    country: "gb",
    function: "trade",
    // 2016-2023; merged into the Department for Business and Trade.
    names: ["Department for International Trade", "DIT"],
  },
  {
    id: "gb-foreign-office",
    label: "Foreign, Commonwealth and Development Office",
    country: "gb",
    function: "foreign",
    names: [
      "Foreign, Commonwealth and Development Office",
      "Foreign, Commonwealth & Development Office",
      "Foreign and Commonwealth Office",
      "British Foreign Office",
      "UK Foreign Office",
      "Foreign Office",
      "FCDO",
      "FCO",
    ],
  },
  {
    id: "gb-defence",
    label: "Ministry of Defence (UK)",
    country: "gb",
    function: "defense",
    names: ["Ministry of Defence", "Defence Ministry", "MoD"],
  },
  {
    id: "gb-hmrc",
    label: "HM Revenue and Customs",
    country: "gb",
    function: "customs",
    names: ["His Majesty's Revenue and Customs", "HM Revenue and Customs", "HM Revenue & Customs", "HMRC"],
  },
  {
    id: "gb-tra",
    label: "Trade Remedies Authority",
    country: "gb",
    function: "trade",
    names: ["Trade Remedies Authority"],
  },
  {
    id: "gb-boe",
    label: "Bank of England",
    country: "gb",
    function: "central-bank",
    names: ["Bank of England", "BoE", "BOE"],
  },
  {
    id: "gb-parliament",
    label: "UK Parliament",
    country: "gb",
    function: "legislature",
    names: ["Parliament of the United Kingdom", "British Parliament", "UK Parliament", "Westminster", "House of Commons", "Parliament"],
  },
  {
    id: "gb-supreme-court",
    label: "UK Supreme Court",
    country: "gb",
    function: "court",
    names: ["Supreme Court of the United Kingdom", "UK Supreme Court", "Supreme Court"],
  },

  // =====================================================================================
  // Japan
  // =====================================================================================
  {
    id: "jp-prime-minister-office",
    label: "Prime Minister's Office (Japan)",
    country: "jp",
    function: "head-of-government",
    names: ["Prime Minister's Office of Japan", "Prime Minister's Office", "Kantei"],
  },
  {
    id: "jp-cabinet-office",
    label: "Cabinet Office (Japan)",
    country: "jp",
    function: "cabinet",
    names: ["Cabinet Office of Japan", "Cabinet Office"],
  },
  {
    id: "jp-meti",
    label: "Ministry of Economy, Trade and Industry",
    country: "jp",
    function: "trade",
    names: [
      "Japan's Ministry of Economy, Trade and Industry",
      "Ministry of Economy, Trade and Industry",
      "Japanese Trade Ministry",
      "Trade Ministry",
      "Industry Ministry",
      "METI",
    ],
  },
  {
    id: "jp-finance",
    label: "Ministry of Finance (Japan)",
    country: "jp",
    function: "finance",
    names: ["Japan's Ministry of Finance", "Japanese Finance Ministry", "Ministry of Finance", "Finance Ministry", "MOF"],
  },
  {
    id: "jp-foreign",
    label: "Ministry of Foreign Affairs (Japan)",
    country: "jp",
    function: "foreign",
    names: ["Ministry of Foreign Affairs of Japan", "Japanese Foreign Ministry", "Ministry of Foreign Affairs", "Foreign Ministry", "MOFA"],
  },
  {
    id: "jp-defense",
    label: "Ministry of Defense (Japan)",
    country: "jp",
    function: "defense",
    names: ["Japanese Defense Ministry", "Ministry of Defense", "Defense Ministry", "Defence Ministry"],
  },
  {
    id: "jp-nss",
    label: "National Security Secretariat (Japan)",
    country: "jp",
    function: "security",
    names: ["National Security Secretariat", "National Security Council"],
  },
  {
    id: "jp-customs",
    label: "Japan Customs",
    country: "jp",
    function: "customs",
    names: ["Japan Customs"],
  },
  {
    id: "jp-jetro",
    label: "Japan External Trade Organization",
    country: "jp",
    function: "trade",
    names: ["Japan External Trade Organization", "JETRO"],
  },
  {
    id: "jp-boj",
    label: "Bank of Japan",
    country: "jp",
    function: "central-bank",
    names: ["Bank of Japan", "BOJ", "BoJ"],
  },
  {
    id: "jp-diet",
    label: "National Diet",
    country: "jp",
    function: "legislature",
    names: ["National Diet", "Japanese parliament", "Diet"],
  },
  {
    id: "jp-supreme-court",
    label: "Supreme Court of Japan",
    country: "jp",
    function: "court",
    names: ["Supreme Court of Japan", "Supreme Court"],
  },

  // =====================================================================================
  // South Korea
  // =====================================================================================
  {
    id: "kr-presidential-office",
    label: "Presidential Office (South Korea)",
    country: "kr",
    function: "head-of-state",
    // "Cheong Wa Dae"/"Blue House" until May 2022, again from late 2025.
    names: ["Cheong Wa Dae", "Blue House", "Presidential Office", "Office of the President"],
  },
  {
    id: "kr-motie",
    label: "Ministry of Trade, Industry and Energy",
    country: "kr",
    function: "trade",
    names: [
      "Ministry of Trade, Industry and Resources",
      "Ministry of Trade, Industry and Energy",
      "Trade Ministry",
      "Industry Ministry",
      "MOTIE",
    ],
  },
  {
    id: "kr-finance",
    label: "Ministry of Economy and Finance (South Korea)",
    country: "kr",
    function: "finance",
    names: ["Ministry of Economy and Finance", "Finance Ministry", "MOEF"],
  },
  {
    id: "kr-foreign",
    label: "Ministry of Foreign Affairs (South Korea)",
    country: "kr",
    function: "foreign",
    names: ["Ministry of Foreign Affairs", "Foreign Ministry", "MOFA"],
  },
  {
    id: "kr-defense",
    label: "Ministry of National Defense (South Korea)",
    country: "kr",
    function: "defense",
    names: ["Ministry of National Defense", "Defense Ministry"],
  },
  {
    id: "kr-customs",
    label: "Korea Customs Service",
    country: "kr",
    function: "customs",
    names: ["Korea Customs Service", "KCS"],
  },
  {
    id: "kr-bok",
    label: "Bank of Korea",
    country: "kr",
    function: "central-bank",
    names: ["Bank of Korea", "BOK", "BoK"],
  },
  {
    id: "kr-national-assembly",
    label: "National Assembly (South Korea)",
    country: "kr",
    function: "legislature",
    names: ["National Assembly"],
  },
  {
    id: "kr-supreme-court",
    label: "Supreme Court of Korea",
    country: "kr",
    function: "court",
    names: ["Supreme Court of Korea", "Supreme Court"],
  },

  // =====================================================================================
  // India
  // =====================================================================================
  {
    id: "in-pmo",
    label: "Prime Minister's Office (India)",
    country: "in",
    function: "head-of-government",
    names: ["Prime Minister's Office", "PMO"],
  },
  {
    id: "in-commerce",
    label: "Ministry of Commerce and Industry (India)",
    country: "in",
    function: "commerce",
    names: [
      "Ministry of Commerce and Industry",
      "Commerce and Industry Ministry",
      "Ministry of Commerce",
      "Commerce Ministry",
      "Department of Commerce",
    ],
  },
  {
    id: "in-dgft",
    label: "Directorate General of Foreign Trade",
    country: "in",
    function: "trade",
    names: ["Directorate General of Foreign Trade", "DGFT"],
  },
  {
    id: "in-finance",
    label: "Ministry of Finance (India)",
    country: "in",
    function: "finance",
    names: ["Ministry of Finance", "Finance Ministry"],
  },
  {
    id: "in-mea",
    label: "Ministry of External Affairs",
    country: "in",
    function: "foreign",
    names: ["Ministry of External Affairs", "External Affairs Ministry", "Foreign Ministry", "MEA"],
  },
  {
    id: "in-defence",
    label: "Ministry of Defence (India)",
    country: "in",
    function: "defense",
    names: ["Ministry of Defence", "Defence Ministry"],
  },
  {
    id: "in-cbic",
    label: "Central Board of Indirect Taxes and Customs",
    country: "in",
    function: "customs",
    names: ["Central Board of Indirect Taxes and Customs", "CBIC"],
  },
  {
    id: "in-niti-aayog",
    label: "NITI Aayog",
    country: "in",
    function: "economic-council",
    names: ["NITI Aayog"],
  },
  {
    id: "in-rbi",
    label: "Reserve Bank of India",
    country: "in",
    function: "central-bank",
    names: ["Reserve Bank of India", "RBI"],
  },
  {
    id: "in-parliament",
    label: "Parliament of India",
    country: "in",
    function: "legislature",
    names: ["Parliament of India", "Indian Parliament", "Parliament"],
  },
  {
    id: "in-supreme-court",
    label: "Supreme Court of India",
    country: "in",
    function: "court",
    names: ["Supreme Court of India", "Supreme Court"],
  },

  // =====================================================================================
  // Canada
  // =====================================================================================
  {
    id: "ca-pmo",
    label: "Prime Minister's Office (Canada)",
    country: "ca",
    function: "head-of-government",
    names: ["Prime Minister's Office", "PMO"],
  },
  {
    id: "ca-finance",
    label: "Department of Finance Canada",
    country: "ca",
    function: "finance",
    names: ["Department of Finance Canada", "Finance Canada", "Department of Finance", "Finance Department"],
  },
  {
    id: "ca-global-affairs",
    label: "Global Affairs Canada",
    country: "ca",
    function: "foreign",
    // Also the home of Canada's trade minister.
    names: ["Global Affairs Canada", "GAC"],
  },
  {
    id: "ca-cbsa",
    label: "Canada Border Services Agency",
    country: "ca",
    function: "customs",
    names: ["Canada Border Services Agency", "CBSA"],
  },
  {
    id: "ca-citt",
    label: "Canadian International Trade Tribunal",
    country: "ca",
    function: "court",
    names: ["Canadian International Trade Tribunal", "CITT"],
  },
  {
    id: "ca-boc",
    label: "Bank of Canada",
    country: "ca",
    function: "central-bank",
    names: ["Bank of Canada", "BoC"],
  },
  {
    id: "ca-parliament",
    label: "Parliament of Canada",
    country: "ca",
    function: "legislature",
    names: ["Parliament of Canada", "Canadian Parliament", "House of Commons", "Parliament"],
  },
  {
    id: "ca-supreme-court",
    label: "Supreme Court of Canada",
    country: "ca",
    function: "court",
    names: ["Supreme Court of Canada", "Supreme Court"],
  },

  // =====================================================================================
  // Mexico
  // =====================================================================================
  {
    id: "mx-presidency",
    label: "Presidency of Mexico",
    country: "mx",
    function: "head-of-state",
    names: ["National Palace", "Palacio Nacional"],
  },
  {
    id: "mx-economy",
    label: "Ministry of Economy (Mexico)",
    country: "mx",
    function: "economy",
    names: ["Secretaría de Economía", "Secretaria de Economia", "Economy Ministry", "Ministry of Economy"],
  },
  {
    id: "mx-finance",
    label: "Ministry of Finance and Public Credit (Mexico)",
    country: "mx",
    function: "finance",
    names: ["Ministry of Finance and Public Credit", "Secretaría de Hacienda", "Hacienda", "Finance Ministry", "SHCP"],
  },
  {
    id: "mx-foreign",
    label: "Ministry of Foreign Affairs (Mexico)",
    country: "mx",
    function: "foreign",
    names: ["Secretaría de Relaciones Exteriores", "Ministry of Foreign Affairs", "Foreign Ministry", "SRE"],
  },
  {
    id: "mx-banxico",
    label: "Bank of Mexico",
    country: "mx",
    function: "central-bank",
    names: ["Banco de México", "Bank of Mexico", "Banxico"],
  },
  {
    id: "mx-congress",
    label: "Congress of Mexico",
    country: "mx",
    function: "legislature",
    names: ["Congress of the Union", "Mexican Congress", "Congress"],
  },
  {
    id: "mx-supreme-court",
    label: "Supreme Court of Justice of the Nation",
    country: "mx",
    function: "court",
    names: ["Supreme Court of Justice of the Nation", "Supreme Court"],
  },

  // =====================================================================================
  // Germany
  // =====================================================================================
  {
    id: "de-chancellery",
    label: "Federal Chancellery",
    country: "de",
    function: "head-of-government",
    names: ["Federal Chancellery", "Chancellery", "Kanzleramt"],
  },
  {
    id: "de-economy",
    label: "Federal Ministry for Economic Affairs and Energy",
    country: "de",
    function: "economy",
    // Named "for Economic Affairs and Climate Action" (BMWK) 2021-2025.
    names: [
      "Federal Ministry for Economic Affairs and Climate Action",
      "Federal Ministry for Economic Affairs and Energy",
      "German Economy Ministry",
      "Economy Ministry",
      "BMWK",
      "BMWE",
    ],
  },
  {
    id: "de-finance",
    label: "Federal Ministry of Finance",
    country: "de",
    function: "finance",
    names: ["Federal Ministry of Finance", "German Finance Ministry", "Finance Ministry", "BMF"],
  },
  {
    id: "de-foreign",
    label: "Federal Foreign Office",
    country: "de",
    function: "foreign",
    names: ["Federal Foreign Office", "Auswärtiges Amt", "German Foreign Ministry", "Foreign Ministry", "Foreign Office"],
  },
  {
    id: "de-defence",
    label: "Federal Ministry of Defence",
    country: "de",
    function: "defense",
    names: ["Federal Ministry of Defence", "Defence Ministry", "Defense Ministry"],
  },
  {
    id: "de-bafa",
    label: "Federal Office for Economic Affairs and Export Control",
    country: "de",
    function: "export-control",
    names: ["Federal Office for Economic Affairs and Export Control", "BAFA"],
  },
  {
    id: "de-bundesbank",
    label: "Deutsche Bundesbank",
    country: "de",
    function: "central-bank",
    names: ["Deutsche Bundesbank", "Bundesbank"],
  },
  {
    id: "de-bundestag",
    label: "Bundestag",
    country: "de",
    function: "legislature",
    names: ["German Bundestag", "Bundestag"],
  },

  // =====================================================================================
  // France
  // =====================================================================================
  {
    id: "fr-elysee",
    label: "Élysée Palace",
    country: "fr",
    function: "head-of-state",
    names: ["Élysée Palace", "Elysee Palace", "Élysée", "Elysee"],
  },
  {
    id: "fr-matignon",
    label: "Hôtel Matignon",
    country: "fr",
    function: "head-of-government",
    names: ["Hôtel Matignon", "Hotel Matignon", "Matignon"],
  },
  {
    id: "fr-economy",
    label: "Ministry of the Economy and Finance (France)",
    country: "fr",
    function: "finance",
    names: [
      "Ministry for the Economy, Finance and Industrial and Digital Sovereignty",
      "Ministry of the Economy and Finance",
      "French Finance Ministry",
      "French Economy Ministry",
      "Finance Ministry",
      "Economy Ministry",
      "Bercy",
    ],
  },
  {
    id: "fr-foreign",
    label: "Ministry for Europe and Foreign Affairs",
    country: "fr",
    function: "foreign",
    names: ["Ministry for Europe and Foreign Affairs", "French Foreign Ministry", "Quai d'Orsay", "Foreign Ministry"],
  },
  {
    id: "fr-banque-de-france",
    label: "Banque de France",
    country: "fr",
    function: "central-bank",
    names: ["Banque de France", "Bank of France"],
  },
  {
    id: "fr-national-assembly",
    label: "National Assembly (France)",
    country: "fr",
    function: "legislature",
    names: ["Assemblée nationale", "National Assembly"],
  },

  // =====================================================================================
  // Netherlands
  // =====================================================================================
  {
    id: "nl-foreign",
    label: "Ministry of Foreign Affairs (Netherlands)",
    country: "nl",
    function: "foreign",
    // Home of the Minister for Foreign Trade, who signs export licences (ASML).
    names: ["Dutch Foreign Ministry", "Ministry of Foreign Affairs", "Foreign Ministry"],
  },
  {
    id: "nl-economic-affairs",
    label: "Ministry of Economic Affairs (Netherlands)",
    country: "nl",
    function: "economy",
    names: [
      "Ministry of Economic Affairs and Climate Policy",
      "Dutch Economic Affairs Ministry",
      "Ministry of Economic Affairs",
      "Economic Affairs Ministry",
    ],
  },
  {
    id: "nl-finance",
    label: "Ministry of Finance (Netherlands)",
    country: "nl",
    function: "finance",
    names: ["Dutch Finance Ministry", "Ministry of Finance", "Finance Ministry"],
  },
  {
    id: "nl-dnb",
    label: "De Nederlandsche Bank",
    country: "nl",
    function: "central-bank",
    names: ["De Nederlandsche Bank", "Dutch central bank", "DNB"],
  },
  {
    id: "nl-parliament",
    label: "States General of the Netherlands",
    country: "nl",
    function: "legislature",
    names: ["States General", "Dutch parliament", "Tweede Kamer"],
  },

  // =====================================================================================
  // Australia
  // =====================================================================================
  {
    id: "au-pmc",
    label: "Department of the Prime Minister and Cabinet",
    country: "au",
    function: "head-of-government",
    names: ["Department of the Prime Minister and Cabinet"],
  },
  {
    id: "au-treasury",
    label: "Australian Treasury",
    country: "au",
    function: "treasury",
    names: ["Australian Treasury", "Treasury"],
  },
  {
    id: "au-dfat",
    label: "Department of Foreign Affairs and Trade",
    country: "au",
    function: "foreign",
    names: ["Department of Foreign Affairs and Trade", "DFAT"],
  },
  {
    id: "au-abf",
    label: "Australian Border Force",
    country: "au",
    function: "customs",
    names: ["Australian Border Force", "ABF"],
  },
  {
    id: "au-adc",
    label: "Anti-Dumping Commission",
    country: "au",
    function: "trade",
    names: ["Anti-Dumping Commission"],
  },
  {
    id: "au-rba",
    label: "Reserve Bank of Australia",
    country: "au",
    function: "central-bank",
    names: ["Reserve Bank of Australia", "RBA"],
  },
  {
    id: "au-parliament",
    label: "Parliament of Australia",
    country: "au",
    function: "legislature",
    names: ["Parliament of Australia", "Australian Parliament", "Parliament"],
  },

  // =====================================================================================
  // Taiwan
  // =====================================================================================
  {
    id: "tw-presidential-office",
    label: "Presidential Office (Taiwan)",
    country: "tw",
    function: "head-of-state",
    names: ["Presidential Office", "Office of the President"],
  },
  {
    id: "tw-executive-yuan",
    label: "Executive Yuan",
    country: "tw",
    function: "cabinet",
    names: ["Executive Yuan"],
  },
  {
    id: "tw-otn",
    label: "Office of Trade Negotiations (Taiwan)",
    country: "tw",
    function: "trade-representative",
    names: ["Office of Trade Negotiations", "OTN"],
  },
  {
    id: "tw-moea",
    label: "Ministry of Economic Affairs (Taiwan)",
    country: "tw",
    function: "economy",
    names: ["Ministry of Economic Affairs", "Economic Affairs Ministry", "Economy Ministry", "MOEA"],
  },
  {
    id: "tw-finance",
    label: "Ministry of Finance (Taiwan)",
    country: "tw",
    function: "finance",
    names: ["Ministry of Finance", "Finance Ministry", "MOF"],
  },
  {
    id: "tw-foreign",
    label: "Ministry of Foreign Affairs (Taiwan)",
    country: "tw",
    function: "foreign",
    names: ["Ministry of Foreign Affairs", "Foreign Ministry", "MOFA"],
  },
  {
    id: "tw-defense",
    label: "Ministry of National Defense (Taiwan)",
    country: "tw",
    function: "defense",
    names: ["Ministry of National Defense", "Defense Ministry"],
  },
  {
    id: "tw-mac",
    label: "Mainland Affairs Council",
    country: "tw",
    function: "foreign",
    names: ["Mainland Affairs Council"],
  },
  {
    id: "tw-cbc",
    label: "Central Bank of the Republic of China (Taiwan)",
    country: "tw",
    function: "central-bank",
    names: ["Central Bank of the Republic of China (Taiwan)", "Central Bank of the Republic of China", "Central Bank of Taiwan"],
  },
  {
    id: "tw-legislative-yuan",
    label: "Legislative Yuan",
    country: "tw",
    function: "legislature",
    names: ["Legislative Yuan"],
  },

  // =====================================================================================
  // Vietnam
  // =====================================================================================
  {
    id: "vn-politburo",
    label: "Politburo (Vietnam)",
    country: "vn",
    function: "party",
    names: ["Politburo"],
  },
  {
    id: "vn-moit",
    label: "Ministry of Industry and Trade (Vietnam)",
    country: "vn",
    function: "trade",
    names: ["Ministry of Industry and Trade", "Industry and Trade Ministry", "Trade Ministry", "MOIT"],
  },
  {
    id: "vn-finance",
    label: "Ministry of Finance (Vietnam)",
    country: "vn",
    function: "finance",
    names: ["Ministry of Finance", "Finance Ministry"],
  },
  {
    id: "vn-foreign",
    label: "Ministry of Foreign Affairs (Vietnam)",
    country: "vn",
    function: "foreign",
    names: ["Ministry of Foreign Affairs", "Foreign Ministry"],
  },
  {
    id: "vn-customs",
    label: "Vietnam Customs",
    country: "vn",
    function: "customs",
    names: ["General Department of Vietnam Customs", "Vietnam Customs"],
  },
  {
    id: "vn-sbv",
    label: "State Bank of Vietnam",
    country: "vn",
    function: "central-bank",
    names: ["State Bank of Vietnam", "SBV"],
  },
  {
    id: "vn-national-assembly",
    label: "National Assembly (Vietnam)",
    country: "vn",
    function: "legislature",
    names: ["National Assembly"],
  },

  // =====================================================================================
  // Brazil
  // =====================================================================================
  {
    id: "br-presidency",
    label: "Presidency of Brazil",
    country: "br",
    function: "head-of-state",
    names: ["Palácio do Planalto", "Planalto Palace", "Planalto"],
  },
  {
    id: "br-mdic",
    label: "Ministry of Development, Industry, Trade and Services",
    country: "br",
    function: "trade",
    names: ["Ministry of Development, Industry, Trade and Services", "MDIC"],
  },
  {
    id: "br-camex",
    label: "Chamber of Foreign Trade (Brazil)",
    country: "br",
    function: "trade",
    names: ["Chamber of Foreign Trade", "Camex", "CAMEX"],
  },
  {
    id: "br-finance",
    label: "Ministry of Finance (Brazil)",
    country: "br",
    function: "finance",
    names: ["Ministry of Finance", "Finance Ministry"],
  },
  {
    id: "br-economy",
    label: "Ministry of Economy (Brazil)",
    country: "br",
    function: "economy",
    // 2019-2022; split into Finance and MDIC in 2023.
    names: ["Ministry of Economy", "Economy Ministry"],
  },
  {
    id: "br-foreign",
    label: "Ministry of Foreign Affairs (Brazil)",
    country: "br",
    function: "foreign",
    names: ["Ministry of Foreign Affairs", "Foreign Ministry", "Itamaraty"],
  },
  {
    id: "br-bcb",
    label: "Central Bank of Brazil",
    country: "br",
    function: "central-bank",
    names: ["Banco Central do Brasil", "Central Bank of Brazil", "BCB"],
  },
  {
    id: "br-congress",
    label: "National Congress of Brazil",
    country: "br",
    function: "legislature",
    names: ["National Congress", "Brazilian Congress", "Congress"],
  },
  {
    id: "br-supreme-court",
    label: "Supreme Federal Court",
    country: "br",
    function: "court",
    names: ["Supreme Federal Court", "Supreme Court", "STF"],
  },

  // =====================================================================================
  // Russia
  // =====================================================================================
  {
    id: "ru-kremlin",
    label: "Kremlin",
    country: "ru",
    function: "head-of-state",
    names: ["Presidential Administration of Russia", "Kremlin"],
  },
  {
    id: "ru-economic-development",
    label: "Ministry of Economic Development (Russia)",
    country: "ru",
    function: "economy",
    names: ["Ministry of Economic Development", "Economic Development Ministry"],
  },
  {
    id: "ru-industry-trade",
    label: "Ministry of Industry and Trade (Russia)",
    country: "ru",
    function: "trade",
    names: ["Ministry of Industry and Trade", "Minpromtorg"],
  },
  {
    id: "ru-finance",
    label: "Ministry of Finance (Russia)",
    country: "ru",
    function: "finance",
    names: ["Ministry of Finance", "Finance Ministry"],
  },
  {
    id: "ru-foreign",
    label: "Ministry of Foreign Affairs (Russia)",
    country: "ru",
    function: "foreign",
    names: ["Ministry of Foreign Affairs", "Foreign Ministry"],
  },
  {
    id: "ru-defense",
    label: "Ministry of Defence (Russia)",
    country: "ru",
    function: "defense",
    names: ["Ministry of Defence", "Ministry of Defense", "Defence Ministry", "Defense Ministry"],
  },
  {
    id: "ru-cbr",
    label: "Central Bank of Russia",
    country: "ru",
    function: "central-bank",
    names: ["Central Bank of Russia", "Bank of Russia"],
  },
  {
    id: "ru-duma",
    label: "State Duma",
    country: "ru",
    function: "legislature",
    names: ["State Duma", "Duma"],
  },

  // =====================================================================================
  // International bodies (no country)
  // =====================================================================================
  {
    id: "wto",
    label: "World Trade Organization",
    function: "trade",
    names: ["World Trade Organization", "World Trade Organisation", "WTO"],
  },
  {
    id: "imf",
    label: "International Monetary Fund",
    function: "finance",
    names: ["International Monetary Fund", "IMF"],
  },
  {
    id: "world-bank",
    label: "World Bank",
    function: "finance",
    names: ["World Bank Group", "World Bank"],
  },
  {
    id: "oecd",
    label: "Organisation for Economic Co-operation and Development",
    function: "economy",
    names: [
      "Organisation for Economic Co-operation and Development",
      "Organization for Economic Cooperation and Development",
      "Organization for Economic Co-operation and Development",
      "OECD",
    ],
  },
  {
    id: "g7",
    label: "G7",
    function: "summit",
    names: ["Group of Seven", "G7", "G-7"],
  },
  {
    id: "g20",
    label: "G20",
    function: "summit",
    names: ["Group of Twenty", "Group of 20", "G20", "G-20"],
  },
  {
    id: "brics",
    label: "BRICS",
    function: "summit",
    names: ["BRICS"],
  },
  {
    id: "asean",
    label: "Association of Southeast Asian Nations",
    function: "trade",
    names: ["Association of Southeast Asian Nations", "ASEAN"],
  },
  {
    id: "apec",
    label: "Asia-Pacific Economic Cooperation",
    function: "trade",
    names: ["Asia-Pacific Economic Cooperation", "APEC"],
  },
  {
    id: "mercosur",
    label: "Mercosur",
    function: "trade",
    names: ["Southern Common Market", "Mercosur", "MERCOSUR"],
  },
  {
    id: "african-union",
    label: "African Union",
    function: "summit",
    names: ["African Union"],
  },
  {
    id: "un",
    label: "United Nations",
    function: "international",
    names: ["United Nations", "U.N.", "UN"],
  },
  {
    id: "un-security-council",
    label: "UN Security Council",
    function: "security",
    names: ["United Nations Security Council", "U.N. Security Council", "UN Security Council", "Security Council", "UNSC"],
  },
  {
    id: "unctad",
    label: "UN Trade and Development",
    function: "trade",
    names: ["United Nations Conference on Trade and Development", "UN Trade and Development", "UNCTAD"],
  },
  {
    id: "wco",
    label: "World Customs Organization",
    function: "customs",
    names: ["World Customs Organization", "WCO"],
  },
  {
    id: "bis-bank",
    label: "Bank for International Settlements",
    function: "central-bank",
    names: ["Bank for International Settlements"],
  },
  {
    id: "wassenaar",
    label: "Wassenaar Arrangement",
    function: "export-control",
    names: ["Wassenaar Arrangement"],
  },
  {
    id: "opec",
    label: "OPEC",
    function: "energy",
    names: ["Organization of the Petroleum Exporting Countries", "OPEC"],
  },
  {
    id: "nato",
    label: "NATO",
    function: "defense",
    names: ["North Atlantic Treaty Organization", "NATO"],
  },
];

/**
 * Names listed under more than one body, on purpose: each is the usual English name of a body in
 * several countries, and only context tells which. Kept in sync with AGENCIES by the lexicon test.
 */
export const AMBIGUOUS_AGENCY_NAMES: readonly string[] = [
  "Commerce Ministry",
  "Congress",
  "Defence Ministry",
  "Defense Ministry",
  "Department of Commerce",
  "Economic Affairs Ministry",
  "Economy Ministry",
  "Finance Ministry",
  "Foreign Ministry",
  "Foreign Office",
  "House of Commons",
  "Industry Ministry",
  "Ministry of Commerce",
  "Ministry of Defence",
  "Ministry of Defense",
  "Ministry of Economic Affairs",
  "Ministry of Economy",
  "Ministry of Finance",
  "Ministry of Foreign Affairs",
  "Ministry of Industry and Trade",
  "Ministry of National Defense",
  "MOF",
  "MOFA",
  "National Assembly",
  "National Security Council",
  "Office of the President",
  "Parliament",
  "PMO",
  "Politburo",
  "Presidential Office",
  "Prime Minister's Office",
  "Supreme Court",
  "Trade Ministry",
  "Treasury",
];

/**
 * Body functions close enough that a title naming one may head a body filed under another
 * (a Japanese "Trade Minister" heads METI, filed as "trade"; a French "Finance Minister" heads the
 * economy-and-finance ministry). Try the exact function first, then these, in order.
 */
export const RELATED_FUNCTIONS: Readonly<Record<BodyFunction, readonly BodyFunction[]>> = {
  commerce: ["trade", "economy", "industry"],
  trade: ["commerce", "economy", "industry", "foreign"],
  economy: ["trade", "commerce", "finance", "industry"],
  industry: ["trade", "economy", "commerce"],
  finance: ["treasury", "economy"],
  treasury: ["finance"],
  "trade-representative": ["trade", "commerce"],
  "head-of-state": ["head-of-government"],
  "head-of-government": ["head-of-state", "cabinet"],
  cabinet: ["head-of-government", "executive"],
  "export-control": ["commerce", "trade"],
};
