// Relations read linguistically: voice, control, readiness, condition, negation, exclusion,
// coordination and apposition. Sentences are written for these tests, on disputes other than
// the seed articles'; expectations are entity-level triples (measures followed to their goods).
import { describe, expect, it } from "vitest";
import { graphOf, triplesOf } from "../helpers/graph.ts";

describe("lifting, offering and demanding", () => {
  it.each([
    [
      "readiness is an offer",
      "Beijing is prepared to lift its export controls on gallium, germanium and graphite.",
      ["country:cn offers-to-lift commodity:gallium", "country:cn offers-to-lift commodity:germanium", "country:cn offers-to-lift commodity:graphite", "country:cn restricts commodity:gallium"],
      [],
    ],
    [
      "exclusion with 'not' is no offer",
      "Washington will ease some tariffs on steel, not those on aluminum.",
      ["country:us offers-to-lift commodity:steel", "country:us restricts commodity:aluminium"],
      ["country:us offers-to-lift commodity:aluminium"],
    ],
    [
      "a control verb makes a demand by its subject",
      "Tokyo urged Seoul to lift restrictions on Japanese seafood.",
      ["country:jp demands-lift commodity:seafood", "country:kr restricts commodity:seafood"],
      ["country:kr offers-to-lift commodity:seafood", "country:jp restricts commodity:seafood"],
    ],
    [
      "want X to scrap",
      "The EU wants China to scrap anti-dumping duties on brandy.",
      ["country:eu demands-lift commodity:brandy", "country:cn restricts commodity:brandy"],
      ["country:cn offers-to-lift commodity:brandy"],
    ],
    [
      "passive with an agent is a lift",
      "The tariffs on Canadian lumber were lifted by Washington last year.",
      ["country:us lifts commodity:lumber", "country:us restricts commodity:lumber"],
      [],
    ],
    [
      "passive with the imposer in a participle phrase",
      "Duties on Australian wine, imposed by Beijing in 2020, were removed last week.",
      ["country:cn lifts commodity:wine", "country:cn restricts commodity:wine"],
      [],
    ],
    [
      "negation: a refusal is no lift, but the measure stands",
      "The United States did not lift its tariffs on steel.",
      ["country:us restricts commodity:steel"],
      ["country:us lifts commodity:steel", "country:us offers-to-lift commodity:steel"],
    ],
    [
      "a negated governing verb",
      "The minister did not say Ottawa would loosen the restrictions on dairy imports.",
      [],
      ["country:ca offers-to-lift commodity:dairy"],
    ],
    [
      "a condition is not a lift, and a pronoun speaks for its speaker",
      "Beijing said it would suspend the ban on gallium exports if Washington rolled back its restrictions on chipmaking tools.",
      ["country:cn offers-to-lift commodity:gallium", "country:us restricts commodity:semiconductor-equipment"],
      ["country:us lifts commodity:semiconductor-equipment", "country:us offers-to-lift commodity:semiconductor-equipment"],
    ],
    [
      "a time adverbial between subject and verb",
      "The Trump administration last week lifted restrictions on sales of chip design software to China.",
      ["agency:donald-trump-administration lifts commodity:chip-design-software"],
      [],
    ],
    [
      "a shared subject across coordinated verbs",
      "The European Union will accept a 15% tariff on its exports and scrap its own duties on American industrial goods.",
      ["country:eu offers-to-lift commodity:us-industrial-goods", "country:eu restricts commodity:us-industrial-goods"],
      [],
    ],
    [
      "coordinated verbs under a control verb",
      "Washington has been pressing New Delhi to open up its markets and cut duties on farm goods such as corn and soybeans.",
      ["country:us demands-lift commodity:corn", "country:in restricts commodity:soybeans"],
      ["country:us lifts commodity:corn", "country:us restricts commodity:corn"],
    ],
    [
      "origin-qualified goods and a verb tagged as an adjective",
      "China would lower its duties on American goods to 10% from 125%.",
      ["country:cn offers-to-lift commodity:us-goods", "country:cn restricts commodity:us-goods"],
      [],
    ],
    [
      "a state acting through its officials",
      "US officials had pressed Beijing to lift its export curbs on rare earths.",
      ["country:us demands-lift commodity:rare-earths", "country:cn restricts commodity:rare-earths"],
      [],
    ],
    [
      "a lift named as a noun under a demand",
      "Seoul has called for the removal of Japan's export curbs on photoresists.",
      ["country:kr demands-lift commodity:photoresists", "country:jp restricts commodity:photoresists"],
      ["country:jp offers-to-lift commodity:photoresists"],
    ],
    [
      "a measure that falls is lifted in part by its imposer",
      "US tariffs on European cars, currently 27.5%, are set to fall to 15%.",
      ["country:us offers-to-lift commodity:vehicles"],
      [],
    ],
    [
      "a definite measure lifted in the passive belongs to the imposer the article spoke of",
      "China imposed duties on Australian barley in 2020. The barley duties were lifted in March.",
      ["country:cn lifts commodity:barley"],
      [],
    ],
    [
      "goods coordinated before the measure word, under 'pushed for ... to be scrapped'",
      "Canberra pushed for the barley and wine duties to be scrapped.",
      ["country:au demands-lift commodity:barley", "country:au demands-lift commodity:wine"],
      [],
    ],
    [
      "measures 'related to' a good, and 'announced to' as a decision",
      "The Ministry of Commerce of China announced to suspend export control measures related to rare earths.",
      ["agency:cn-commerce offers-to-lift commodity:rare-earths"],
      [],
    ],
    [
      "origin after the noun, and a tariff's reason stepped over",
      "The US will reduce the tariff related to fentanyl for the goods of China from 20% to 10%.",
      ["country:us offers-to-lift commodity:cn-goods"],
      ["country:us offers-to-lift commodity:fentanyl", "country:us restricts commodity:fentanyl"],
    ],
    [
      "a past lift",
      "Brussels scrapped its duties on US whiskey in March.",
      ["country:eu lifts commodity:whiskey"],
      [],
    ],
  ])("%s", async (_name, text, present, absent) => {
    const triples = await triplesOf(text);
    for (const t of present) expect(triples).toContain(t);
    for (const t of absent) expect(triples).not.toContain(t);
  });

  it("marks a condition", async () => {
    const g = await graphOf("Canada will drop its counter-tariffs on U.S. lumber if Washington agrees to lift duties on Canadian steel.");
    const offer = g.edges().find((e) => g.getEdgeAttribute(e, "type") === "offers-to-lift" && g.source(e) === "country:ca");
    expect(offer).toBeDefined();
    expect(g.getEdgeAttribute(offer as string, "evidence")[0]?.modality).toBe("conditional");
  });

  it("keeps who said it", async () => {
    const g = await graphOf("Analysts said Seoul could relax curbs on chipmaking equipment, Jane Doe said.");
    const offer = g.edges().find((e) => g.getEdgeAttribute(e, "type") === "offers-to-lift");
    expect(offer).toBeDefined();
    const ev = g.getEdgeAttribute(offer as string, "evidence")[0];
    expect(ev?.modality).toBe("expected");
  });
});

describe("restricting and imposing", () => {
  it.each([
    ["a restricting verb on a flow", "In July, China suspended exports of gallium and germanium.", ["country:cn restricts commodity:gallium", "country:cn restricts commodity:germanium"]],
    ["a measure with its owner", "Japan's tighter controls on exports of hydrogen fluoride hit Korean chipmakers.", ["country:jp restricts commodity:hydrogen-fluoride"]],
    ["an appositive subject", "The Netherlands, home to several chip toolmakers, has required licences since 2023 for exports of advanced lithography machines.", ["country:nl restricts commodity:lithography-machines"]],
    ["a shared subject across 'but'", "Canada will remove some tariffs but will keep counter-measures on American steel and aluminum.", ["country:ca restricts commodity:steel", "country:ca restricts commodity:aluminium"]],
    ["an imposing verb", "In 2018 Washington imposed tariffs on Chinese soybeans.", ["country:us restricts commodity:soybeans"]],
    ["a measure as the antecedent of a relative clause", "The deal heads off the 30% levy that Trump had threatened to slap on European goods.", ["country:us restricts commodity:eu-goods"]],
    ["a measure with an unmarked relative clause", "Washington pushed Beijing to drop the retaliatory tariffs it slapped on U.S. soybeans in March.", ["country:cn restricts commodity:soybeans", "country:us demands-lift commodity:soybeans"]],
    ["'he' in a relative clause is the person named last", "President Donald Trump spoke on Monday. His officials defended the tariffs he imposes on Chinese goods.", ["country:us restricts commodity:cn-goods"]],
    ["goods placed under a measure, in a relative clause", "The deal covered rare earth magnets, which Beijing placed under export licensing in April.", ["country:cn restricts commodity:rare-earth-magnets"]],
    ["symbols in brackets inside a list of goods", "China imposed controls on holmium (Ho), erbium (Er) and thulium (Tm).", ["country:cn restricts commodity:holmium", "country:cn restricts commodity:erbium", "country:cn restricts commodity:thulium"]],
    ["a passive restriction with its agent", "Exports of gallium were banned by Beijing last year.", ["country:cn restricts commodity:gallium"]],
    ["a passive restriction at a state's ports", "Shipments of live lobster were stopped at Chinese ports in 2020.", ["country:cn restricts commodity:live-lobster"]],
    ["a person imposes for their country", "Canadian Prime Minister Justin Trudeau announced 100% tariffs on Chinese-made EVs.", ["country:ca restricts commodity:electric-vehicles"]],
  ])("%s", async (_name, text, present) => {
    const triples = await triplesOf(text);
    for (const t of present) expect(triples).toContain(t);
  });

  it.each([
    ["a decision to renew with the governing verb's subject", "The Russian government made the decision to renew mineral fertilizer export quotas.", ["country:ru restricts commodity:fertilizers"], []],
    ["a passive imposing verb with its agent", "Duties of 20% were imposed on Chinese steel by Washington.", ["country:us restricts commodity:steel"], ["country:cn restricts commodity:steel"]],
    ["a second amount for other goods shares the passive verb", "Moscow renewed its export quotas. The quota of 5.87 mln tonnes is set for nitrogen fertilizers and 4.9 mln tonnes for NPK fertilizers.", ["country:ru restricts commodity:nitrogen-fertilizer", "country:ru restricts commodity:npk-fertilizer"], []],
    ["near miss: a noun's complement is no object of the verb", "Beijing set a deadline for talks on the tariffs on soybeans.", [], ["country:cn restricts commodity:soybeans"]],
    ["near miss: a subordinate clause's non-actor subject lends no actor from the main clause", "China announced tariffs on brandy after a majority of E.U. countries approved duties on electric vehicles.", ["country:cn restricts commodity:brandy"], ["country:cn restricts commodity:electric-vehicles"]],
    ["lifting 'the current duties' lifts the goods of the duties named before", "Washington imposed Section 232 tariffs on steel imports from the EU in 2018. Under the deal, the U.S. will replace the current Section 232 duties with quotas.", ["country:us offers-to-lift commodity:steel"], []],
    ["near miss: imposing 'the tariffs' does not take another state's goods", "Washington imposed tariffs on steel. Beijing then imposed the tariffs it had prepared.", [], ["country:cn restricts commodity:steel"]],
    ["near miss: what a measure is replaced with is not lifted", "China replaced its tariffs on soybeans with quotas on corn.", ["country:cn lifts commodity:soybeans"], ["country:cn lifts commodity:corn"]],
    ["near miss: ', which' after 'N1 of N2' is said of N1, so 'its' is nobody before it", "The EU adopted a sanctions package against Russia for its invasion of Ukraine, which expands its ban on the import of Russian steel.", [], ["country:ua restricts commodity:steel"]],
    ["near miss: restoring an import tariff is no resumed flow", "The Philippines imposes tariffs on rice. The minister recommended restoring the rice import tariff to 35%.", [], ["country:ph lifts commodity:rice"]],
    ["a state named only as a destination is not the article's own", "India banned wheat exports. India restricted shipments. A consignment headed for Egypt was loaded. Wheat went to Egypt. Traders shipped grain to Egypt. Cargo left for Egypt. The government has also allowed a wheat consignment headed for Egypt.", [], ["country:eg lifts commodity:wheat"]],
    ["an unknown good right before a measure word", "Morocco renewed its tomato export quotas.", ["country:ma restricts commodity:tomato"], []],
    ["import licences are a measure; goods WordNet knows, joined before the flow noun", "India introduced a licensing regime for laptop and tablet imports. Brazil imposed non-automatic import licences on Argentine garlic and olive exports.", ["country:in restricts commodity:tablet", "country:br restricts commodity:garlic", "country:br restricts commodity:olive"], []],
    ["goods spelt the British way, which WordNet spells the American way", "Tanzania slapped a ban on Kenyan tyres. India banned imports of sulphur.", ["country:tz restricts commodity:tire", "country:in restricts commodity:sulphur"], []],
    ["goods graded by a quantity, owned by a pronoun, or named as food before a flow", "China maintains a ban on nearly all food imports from Japan. Saudi Arabia's ban on his country's fruit and vegetable exports was a great loss.", ["country:cn restricts commodity:food-products", "country:sa restricts commodity:fruit", "country:sa restricts commodity:vegetable"], []],
    ["near miss: food in passing is no good", "Food security worries China, which banned imports of Japanese seafood.", ["country:cn restricts commodity:seafood"], ["country:cn restricts commodity:food-products"]],
    ["the state goods are imported to imposes a ban on those imports", "Kazakhstan extended its fuel curbs. Officials discussed the ban on imports of apples to Kazakhstan.", ["country:kz restricts commodity:apple"], []],
    ["near miss: exports to a state are no imports it restricts", "Officials discussed the ban on exports of apples to Kazakhstan.", [], ["country:kz restricts commodity:apple"]],
    ["near miss: a noun after another noun is no good of the measure", "WTO rules cap safeguard measures at eight years.", [], ["agency:wto restricts commodity:cap"]],
    ["a bare ban on goods WordNet knows, and a plural the tagger reads as a verb", "Guinea imposed bans on bauxite. China imposed a ban on logs and peat.", ["country:gn restricts commodity:bauxite", "country:cn restricts commodity:log", "country:cn restricts commodity:peat"], []],
    ["a state or stage of processing makes a traded kind of the good", "Malaysia banned exports of live chicken. The EU banned imports of semi-finished steel products and refined palm oil.", ["country:my restricts commodity:live-chicken", "country:eu restricts commodity:semi-finished-steel", "country:eu restricts commodity:refined-palm-oil"], []],
    ["near miss: a grading word makes no kind", "The US restricted imports of selected steel.", ["country:us restricts commodity:steel"], ["country:us restricts commodity:selected-steel"]],
    ["'the commodity' is the one good named before", "China is the biggest buyer of coal from Australia. Beijing eased its ban on the commodity in January.", ["country:cn restricts commodity:coal"], []],
    ["near miss: 'the commodity' after two goods names neither", "China buys coal and iron ore. Beijing eased its ban on the commodity in January.", [], ["country:cn restricts commodity:coal", "country:cn restricts commodity:commodity"]],
    ["near miss: 'as' in an amount is no condition", "Russia imposed export quotas. The quota for ammonium nitrate is set as 225,000 tonnes.", ["country:ru restricts commodity:ammonium-nitrate"], []],
  ])("%s", async (_name, text, present, absent) => {
    const triples = await triplesOf(text);
    for (const t of present) expect(triples).toContain(t);
    for (const t of absent) expect(triples).not.toContain(t);
  });

  it("does not turn a country that qualifies a good into the one restricting it", async () => {
    const triples = await triplesOf("Canada will keep counter-measures on U.S. steel in place.");
    expect(triples).toContain("country:ca restricts commodity:steel");
    expect(triples).not.toContain("country:us restricts commodity:steel");
  });
});

describe("bodies and titles many states share", () => {
  it("reads a generic body and a one-state cabinet title in an article about another state as that state's", async () => {
    const text = "Manila suspended rice imports. The Philippines buys rice. In June, Agriculture Secretary Juan Cruz told the House of Representatives he would review the tariff.";
    const triples = await triplesOf(text);
    expect(triples).toContain("person:juan-cruz leads agency:ph-agriculture");
    expect(triples.some((t) => t.includes("agency:us-"))).toBe(false);
  });

  it("near miss: in an article that names the lexicon's state, the title and body stay that state's", async () => {
    const triples = await triplesOf("Washington raised tariffs on steel. The United States buys steel. Agriculture Secretary Juan Cruz told the House of Representatives he would review the tariff.");
    expect(triples).toContain("person:juan-cruz leads agency:us-agriculture");
  });
});

describe("leads and member-of", () => {
  it.each([
    ["title before a name", "Commerce Secretary Gina Raimondo met Japanese officials.", ["person:gina-raimondo leads agency:us-commerce"]],
    ["passive 'led by'", "The Japanese delegation was led by Trade Minister Yoji Muto.", ["person:yoji-muto leads agency:jp-delegation"]],
    ["apposition with 'director of'", "Jane Doe, director of the Peterson Institute for International Economics, said the curbs would hurt.", ["person:jane-doe leads organization:piie"]],
    ["apposition with a modified role is membership", "John Roe, a senior fellow at the Peterson Institute for International Economics, said talks would resume.", ["person:john-roe member-of organization:piie"]],
    ["a possessive title", "Hiroshige Seko, Japan's trade minister, said the measures were a review.", ["person:hiroshige-seko leads agency:jp-meti"]],
    [
      "coordinated subjects lead",
      "Trade Minister Yoji Muto and Foreign Minister Takeshi Iwaya are leading the Japanese delegation.",
      ["person:yoji-muto leads agency:jp-delegation", "person:takeshi-iwaya leads agency:jp-delegation"],
    ],
    [
      "'their delegations': each leads their own",
      "Chinese Vice Premier He Lifeng and U.S. Treasury Secretary Scott Bessent led their delegations in Madrid.",
      ["person:he-lifeng leads agency:cn-delegation", "person:scott-bessent leads agency:us-delegation"],
    ],
    [
      "'with' after a leader adds members",
      "Vice Premier Liu He led the delegation with Commerce Minister Zhong Shan and central bank governor Yi Gang.",
      ["person:liu-he leads agency:cn-delegation", "person:zhong-shan member-of agency:cn-delegation"],
    ],
    [
      "a body led, in a relative clause",
      "Vice President Geraldo Alckmin, who also heads the Ministry of Development, Industry, Trade and Services, said talks would go on.",
      ["person:geraldo-alckmin leads agency:br-mdic"],
    ],
    [
      "a company named before its chief's title",
      "Australian Grape & Wine chief executive Lee McLean said the industry was relieved.",
      ["person:lee-mclean leads organization:australian-grape-wine"],
    ],
    [
      "an unknown body after a role and 'at'",
      "Prices will rise, said Anna Berg, an economist at SEB.",
      ["person:anna-berg member-of organization:seb"],
    ],
    [
      "'made up of' lists members",
      "The Korean delegation, made up of Finance Minister Koo Yun-cheol and Industry Minister Kim Jung-kwan, held talks.",
      ["person:koo-yun-cheol member-of agency:kr-delegation", "person:kim-jung-kwan member-of agency:kr-delegation"],
    ],
    [
      "'includes' lists members",
      "The Canadian delegation includes Finance Minister Chrystia Freeland and Trade Minister Mary Ng.",
      ["person:chrystia-freeland member-of agency:ca-delegation", "person:mary-ng member-of agency:ca-delegation"],
    ],
  ])("%s", async (_name, text, present) => {
    const triples = await triplesOf(text);
    for (const t of present) expect(triples).toContain(t);
  });

  it("does not make a member the leader", async () => {
    const triples = await triplesOf("Vice Premier Liu He led the delegation with Commerce Minister Zhong Shan.");
    expect(triples).not.toContain("person:zhong-shan leads agency:cn-delegation");
  });

  it("reads a former role as no membership", async () => {
    const triples = await triplesOf("Jane Roe, a former White House trade adviser, said the curbs would stay.");
    expect(triples.filter((t) => t.includes("white-house"))).toEqual([]);
  });
});
