// A title after a name and a comma belongs to that name: "Kevin Hassett, director of the National
// Economic Council", "Ryosei Akazawa, Japan's chief negotiator"; so does a title with its body before
// a comma and the name: "the chief executive of Harley-Davidson, Jochen Zeitz". A former title ("X, a former trade
// minister") says nothing about today, so it is not attached.

import type { Token } from "../../../model/types.ts";
import { defineFinder } from "../finder.ts";
import { attachTitle } from "../names.ts";

export const appositiveTitles = defineFinder({
  id: "appositive-titles",
  description: "name, (a/Japan's) title: the title is the person's",
  produces: [],
  context: [],
  examples: [
    { text: "Kevin Hassett, director of the National Economic Council, said so.", yields: ['person person:kevin-hassett "Kevin Hassett"'] },
    { text: "The chief executive of Quxbridge Mining Corp, Ana Ruiz, said so.", yields: ['person person:ana-ruiz "Ana Ruiz"'] },
  ],
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
      const person = !former && toks[j]?.text === "," ? st.out.find((m) => m.type === "person" && m.to === j && !m.titles) : undefined;
      if (person) {
        attachTitle(st, person, t);
        continue;
      }
      // "the president and CEO of Harley-Davidson, Jochen Zeitz": the title, its body, then the name
      if (!["of", "at", "for"].includes(toks[t.to]?.normal ?? "")) continue;
      const body = st.out.find((m) => (m.type === "agency" || m.type === "organization") && (m.from === t.to + 1 || (m.from === t.to + 2 && toks[t.to + 1]?.normal === "the")));
      const named = body && toks[body.to]?.text === "," ? st.out.find((m) => m.type === "person" && m.from === body.to + 1 && !m.titles) : undefined;
      if (named) attachTitle(st, named, t);
    }
  },
});
