// A title after a name and a comma belongs to that name: "Kevin Hassett, director of the National
// Economic Council", "Ryosei Akazawa, Japan's chief negotiator". A former title ("X, a former trade
// minister") says nothing about today, so it is not attached.

import type { Token } from "../../../model/types.ts";
import { defineFinder } from "../finder.ts";
import { attachTitle } from "../names.ts";

export const appositiveTitles = defineFinder({
  id: "appositive-titles",
  description: "name, (a/Japan's) title: the title is the person's",
  produces: [],
  context: [],
  examples: [{ text: "Kevin Hassett, director of the National Economic Council, said so.", yields: ['person person:kevin-hassett "Kevin Hassett"'] }],
  nearMisses: [{ text: "Kelly Ann Shaw, a former trade adviser, said so.", notYields: [], why: "a former title is not attached (checked in the title rule)" }],
  run(st) {
    const toks = st.toks;
    for (const t of st.appositives) {
      // skip back over "a former", "Japan's", "the Commission's", "senior"
      let j = t.from - 1;
      let former = false;
      for (let steps = 0; j >= 0 && steps < st.settings.appositiveTitleWindow && toks[j]?.text !== ","; steps++) {
        const w = toks[j] as Token;
        const m = st.out.find((x) => x.to === j + 1 && x.type !== "person");
        if (w.normal === "former" || w.normal === "ex") former = true;
        if (m) j = m.from - 1;
        else if (/^['’][sS]?$/.test(w.text) || /^\p{Ll}/u.test(w.text)) j--;
        else break;
      }
      if (former || toks[j]?.text !== ",") continue;
      const person = st.out.find((m) => m.type === "person" && m.to === j && !m.titles);
      if (person) attachTitle(st, person, t);
    }
  },
});
