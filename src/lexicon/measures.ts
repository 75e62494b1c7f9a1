// Kinds of trade measure and the verbs that impose, lift, demand or offer them. Sources: the
// instruments of WTO law and national trade statutes (tariffs, AD/CVD, safeguards, export controls,
// sanctions, entity listings) as wire copy names them. Verbs are lemmas: the extractor matches lemmas.
//
// Decision: "countermeasures" is its own kind, not tariffs. Retaliation is as often export controls,
// entity listings or probes as tariffs; the extractor should re-kind a countermeasure when the
// sentence names the instrument ("countermeasures including 34% tariffs").

import type { MeasureKindEntry } from "./types.ts";

export const MEASURE_KINDS: readonly MeasureKindEntry[] = [
  {
    id: "export-controls",
    label: "export controls",
    names: [
      "export licensing requirements",
      "export licensing",
      "licensing requirements",
      "licence requirement",
      "license requirement",
      "licence requirements",
      "license requirements",
      "export license requirements",
      "export licence requirements",
      "foreign direct product rule",
      "export restrictions",
      "export controls",
      "export control",
      "export curbs",
      "export bans",
      "export ban",
      "export limits",
      "restrictions",
      "controls",
      "curbs",
      "FDPR",
    ],
  },
  {
    id: "tariffs",
    label: "tariffs",
    names: [
      "Section 232 tariffs",
      "Section 301 tariffs",
      "reciprocal tariffs",
      "retaliatory tariffs",
      "fentanyl tariffs",
      "additional tariffs",
      "punitive tariffs",
      "counter-tariffs",
      "customs duties",
      "import duties",
      "import taxes",
      "import tariffs",
      "tariffs",
      "tariff",
      "duties",
      "levies",
      "levy",
      "duty",
      "surcharge",
      "surcharges",
      "tariff rate",
      "tariff rates",
    ],
  },
  {
    id: "anti-dumping-duties",
    label: "anti-dumping duties",
    names: [
      "anti-dumping measures",
      "anti-dumping tariffs",
      "anti-dumping duties",
      "antidumping duties",
      "anti-dumping duty",
    ],
  },
  {
    id: "countervailing-duties",
    label: "countervailing duties",
    names: [
      "countervailing duties",
      "countervailing duty",
      "anti-subsidy duties",
      "anti-subsidy tariffs",
      "CVDs",
    ],
  },
  {
    id: "safeguards",
    label: "safeguard measures",
    names: ["safeguard measures", "safeguard tariffs", "safeguard duties", "safeguards"],
  },
  {
    id: "countermeasures",
    label: "countermeasures",
    names: ["retaliatory measures", "counter-measures", "countermeasures", "retaliation"],
  },
  {
    id: "sanctions",
    label: "sanctions",
    names: ["economic sanctions", "financial sanctions", "sanctions"],
  },
  {
    id: "entity-list",
    label: "entity list",
    names: [
      "export control control list",
      "trade blacklist",
      "export blacklist",
      "affiliates rule",
      "Entity List",
      "entity list",
      "blacklist",
    ],
  },
  {
    // China's own listing mechanism (MOFCOM, since 2019), distinct from the US Entity List.
    id: "unreliable-entity-list",
    label: "unreliable entity list",
    names: ["Unreliable Entity List", "unreliable entity list"],
  },
  {
    // Japan's "white list" (Group A) of trusted destinations: REMOVING a country from it tightens
    // controls on that country, so the usual "remove" = lift reading is inverted for this kind.
    id: "trusted-trade-list",
    label: "trusted trading partner list",
    names: [
      "list of trusted trading partners",
      "preferential trade status",
      "white list",
      "whitelist",
    ],
  },
  {
    id: "export-taxes",
    label: "export taxes",
    names: ["export surcharges", "export surcharge", "export duties", "export taxes", "export tax"],
  },
  {
    // Minimum import prices offered in place of duties (EU-China electric vehicles).
    id: "price-undertakings",
    label: "price undertakings",
    names: ["minimum import prices", "price undertakings", "price commitments", "minimum prices"],
  },
  {
    id: "import-bans",
    label: "import bans",
    names: ["import restrictions", "import prohibitions", "import curbs", "import bans", "import ban"],
  },
  {
    id: "quotas",
    label: "quotas",
    names: ["tariff-rate quotas", "import quotas", "export quotas", "quotas", "quota"],
  },
  {
    id: "embargo",
    label: "embargo",
    names: ["trade embargo", "embargoes", "embargo"],
  },
  {
    id: "investment-restrictions",
    label: "investment restrictions",
    names: [
      "outbound investment restrictions",
      "outbound investment rules",
      "investment restrictions",
      "investment screening",
      "investment curbs",
      "investment bans",
    ],
  },
  {
    id: "visa-restrictions",
    label: "visa restrictions",
    names: ["visa restrictions", "visa bans", "visa curbs"],
  },
  {
    id: "port-fees",
    label: "port fees",
    names: ["special port fees", "port charges", "docking fees", "port fees"],
  },
  {
    // Probes precede duties and are themselves a lever in disputes (EU EVs, China's brandy probe).
    id: "trade-investigation",
    label: "trade investigation",
    names: [
      "countervailing duty investigation",
      "anti-subsidy investigation",
      "anti-dumping investigation",
      "Section 232 investigation",
      "Section 301 investigation",
      "anti-subsidy probe",
      "anti-dumping probe",
      "antitrust investigation",
      "antitrust probe",
      "trade investigation",
    ],
  },
  {
    id: "trade-barriers",
    label: "trade barriers",
    names: ["non-tariff barriers", "trade barriers"],
  },
];
