// A country's negotiating party is one body per country: "the US delegation", "China's negotiating
// team", "the Chinese side", "the negotiation team of Japan". "The two teams" and "the US-China
// trade teams" name both sides, not one delegation.

import type { CountryEntry } from "../../../lexicon/types.ts";
import { DELEGATION_HEADS } from "../../../text/words.ts";
import { defineFinder } from "../finder.ts";
import { delegationKey } from "../types.ts";

export const delegations = defineFinder({
  id: "delegations",
  description: "country + delegation/team/side, or delegation/team of + country: that country's delegation",
  produces: ["delegation"],
  context: ["negotiating"],
  examples: [
    { text: "The Chinese delegation arrived.", yields: ['agency agency:cn-delegation "Chinese delegation"'] },
    { text: "The negotiation team of Japan arrived.", yields: ['agency agency:jp-delegation "negotiation team of Japan"'] },
    { text: "China's negotiating team arrived.", yields: ['agency agency:cn-delegation "China\'s negotiating team"'] },
  ],
  nearMisses: [
    { text: "The two teams met in London.", notYields: [], why: "no country" },
    { text: "The US-China trade teams met in London.", notYields: ['agency agency:cn-delegation "China trade teams"'], why: "both sides, not one delegation" },
  ],
  run(st, doc) {
    const toks = st.toks;
    for (let i = 0; i < toks.length; i++) {
      const head = toks[i];
      if (!head || !DELEGATION_HEADS.has(head.normal) || head.normal === "side" || st.isTaken(i) || toks[i + 1]?.normal !== "of") continue;
      const owner = st.out.find((m) => m.type === "country" && m.from === i + 2 && !m.modifier);
      if (!owner?.country) continue;
      const country = st.lex.countries.get(owner.country) as CountryEntry;
      let from = i;
      while (from > 0 && ["negotiating", "negotiation", "trade"].includes(toks[from - 1]?.normal ?? "")) from--;
      st.remove(owner);
      st.take({ ...st.span(from, owner.to), type: "agency", key: delegationKey(country.id), label: `${country.label} delegation`, source: "delegation", country: country.id });
    }
    for (let i = 0; i < toks.length; i++) {
      const head = toks[i];
      if (!head || !DELEGATION_HEADS.has(head.normal) || st.isTaken(i)) continue;
      let j = i - 1;
      while (j >= 0 && ["negotiating", "negotiation", "trade", "official", "high-level", "senior", "own"].includes(toks[j]?.normal ?? "")) j--;
      if (st.possessiveAt(j)) j--;
      const owner = st.out.find((m) => m.type === "country" && m.to === j + 1);
      if (!owner || !owner.country) continue;
      if (toks[owner.from - 1]?.normal === "two") continue;
      // "the US-China trade teams": both sides, not one delegation
      if (toks[owner.from - 1]?.text === "-" && st.out.some((m) => m.type === "country" && m.to === owner.from - 1)) continue;
      const country = st.lex.countries.get(owner.country) as CountryEntry;
      st.remove(owner);
      // ("the Russian side will halt imports" in an article of no negotiations: Russia itself)
      if (head.normal === "side" && doc.negotiating?.() === false) {
        st.take({ ...st.span(owner.from, i + 1), type: "country", key: `country:${country.id}`, label: country.label, source: "lexicon:country", country: country.id });
        continue;
      }
      st.take({ ...st.span(owner.from, i + 1), type: "agency", key: delegationKey(country.id), label: `${country.label} delegation`, source: "delegation", country: country.id });
    }
  },
});
