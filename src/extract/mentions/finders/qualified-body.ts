// "the Ministry of Commerce of China": the country that places a body is part of its name, not a
// separate country mention (which would make China an actor of the sentence).

import { defineFinder } from "../finder.ts";

export const qualifiedBody = defineFinder({
  id: "qualified-body",
  description: "a body followed by 'of' and its own country takes the country into its span",
  produces: [],
  context: [],
  examples: [{ text: "The Ministry of Commerce of China issued the rules.", yields: ['agency agency:cn-commerce "Ministry of Commerce of China"'] }],
  nearMisses: [
    { text: "The Ministry of Commerce of China issued the rules.", notYields: ['country country:cn "China"'], why: "the country inside the name is no separate mention" },
    { text: "The Ministry of Commerce of China and officials of Japan met.", notYields: ['agency agency:cn-commerce "Ministry of Commerce of China and officials of Japan"'], why: "only the country right after 'of' joins the name" },
  ],
  run(st) {
    for (const m of [...st.out]) {
      if (m.type !== "agency" || st.toks[m.to]?.normal !== "of") continue;
      const c = st.out.find((x) => x.type === "country" && x.from === m.to + 1 && x.country === m.country);
      if (!c) continue;
      st.remove(c);
      st.replace(m, { ...m, ...st.span(m.from, c.to), label: m.label, possessive: c.possessive });
    }
  },
});
