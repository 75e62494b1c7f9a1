// A government body or delegation belongs to its state: "the Chinese delegation", "US Treasury",
// "Japan's Ministry of Economy, Trade and Industry". The mention already knows its country (from
// the lexicon, a demonym or possessive before it, or the article's countries); this rule only
// states it as an edge, so a body is never an island.

import { lexiconIndex } from "../../lexicon-index.ts";
import { defineRule } from "../types.ts";

export const partOfState = defineRule({
  id: "part-of-state",
  description: "a government body or delegation whose country is known is part-of that country",
  emits: ["part-of"],
  reads: [],
  writes: [],
  examples: [
    { text: "The Chinese delegation arrived in Oslo.", yields: ["agency:cn-delegation part-of country:cn"] },
    { text: "Canada's Department of Finance published the list.", yields: ["agency:ca-finance part-of country:ca"] },
  ],
  nearMisses: [
    { text: "The World Trade Organization ruled against the duties.", notYields: [], why: "an international body belongs to no state" },
    { text: "Samsung Electronics said exports fell.", notYields: [], why: "a company is not part of a state" },
  ],
  run({ scope: s, sink }) {
    const lex = lexiconIndex();
    for (const m of s.mentions) {
      if (m.type !== "agency" || !m.country || m.key === `country:${m.country}`) continue;
      const ce = lex.countries.get(m.country);
      if (!ce) continue;
      const key = s.derive({ key: `country:${ce.id}`, type: "country", label: ce.label });
      sink.add(m.key, "part-of", key, m.from, m.to);
    }
  },
});
