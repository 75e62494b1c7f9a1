// Goods and kinds of measure the lexicons list, in any case ("Rare earths", "export controls"),
// except inside a capitalised name ("the Steel Authority of India").

import { defineFinder } from "../finder.ts";
import { isCapitalised } from "../names.ts";

export const goodsAndMeasures = defineFinder({
  id: "goods-and-measures",
  description: "goods and measure words from the lexicons, outside capitalised names",
  produces: ["lexicon:commodity", "lexicon:measure"],
  context: [],
  examples: [{ text: "Rare earths and Gallium matter.", yields: ['commodity commodity:rare-earths "Rare earths"', 'commodity commodity:gallium "Gallium"'] }],
  nearMisses: [{ text: "The Steel Authority of India reported profits.", notYields: ['commodity commodity:steel "Steel"'], why: "a word inside a capitalised name is part of that name" }],
  run(st) {
    const toks = st.toks;
    const insideName = (from: number, to: number): boolean => {
      for (let i = from; i < to; i++) if (/^\p{L}/u.test(toks[i]?.text ?? "") && !isCapitalised(toks[i])) return false;
      return (from > 0 && isCapitalised(toks[from - 1])) || isCapitalised(toks[to]);
    };
    for (const m of st.lex.common.findAll(toks, (mm) => st.free(mm.from, mm.to) && !insideName(mm.from, mm.to))) {
      const v = m.value;
      const sp = st.span(m.from, m.to);
      if (v.kind === "commodity") {
        st.take({ ...sp, type: "commodity", key: `commodity:${v.entry.id}`, label: v.entry.label, source: "lexicon:commodity", parent: v.entry.parent });
      } else {
        st.take({ ...sp, type: "measure", key: `kind:${v.entry.id}`, label: v.entry.label, source: "lexicon:measure", measureKind: v.entry.id });
      }
    }
  },
});
