// "the Trump administration", "the Biden administration": a government named for its head is a
// body of that state, not the person.

import { slug } from "../../../text/fold.ts";
import { defineFinder } from "../finder.ts";

const SURNAME_FIRST = new Set(["cn", "tw", "hk", "kr", "vn"]);

export const administrations = defineFinder({
  id: "administrations",
  description: "person + 'administration': that government, as a body",
  produces: ["proper:administration"],
  context: [],
  examples: [{ text: "The Biden administration tightened rules.", yields: ['agency agency:joe-biden-administration "Biden administration"'] }],
  nearMisses: [{ text: "Biden said the administration would act.", notYields: ['agency agency:joe-biden-administration "Biden administration"'], why: "'administration' must follow the name" }],
  run(st) {
    for (const m of [...st.out]) {
      if (m.type !== "person" || m.surname || st.toks[m.to]?.normal !== "administration") continue;
      const name = m.label.split(/\s+/);
      const surname = (m.country && SURNAME_FIRST.has(m.country) ? name[0] : name[name.length - 1]) ?? m.text;
      st.remove(m);
      st.take({ ...st.span(m.from, m.to + 1), type: "agency", key: `agency:${slug(m.label)}-administration`, label: `${surname} administration`, source: "proper:administration", country: m.country, possessive: st.possessiveAt(m.to + 1) });
    }
  },
});
