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
  nearMisses: [
    { text: "The Steel Authority of India reported profits.", notYields: ['commodity commodity:steel "Steel"'], why: "a word inside a capitalised name is part of that name" },
    { text: "Atlas Produce Corporation ships a third of the tomatoes.", notYields: ['commodity commodity:ships "ships"'], why: "a verb after its subject" },
  ],
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
        // a one-word good the tagger reads as a verb after a subject is the verb ("the company ships
        // tomatoes", "Chile exports copper"), not the good
        // (the tagger often says noun: a plural right after a name and before a determiner or number is the verb)
        const word = toks[m.from];
        const next = toks[m.to];
        const verb =
          m.to - m.from === 1 && word !== undefined && /^\p{Ll}+s$/u.test(word.text) && isCapitalised(toks[m.from - 1]) &&
          !st.out.some((c) => c.type === "country" && c.to === m.from) &&
          next !== undefined && !["that", "which", "who"].includes(next.normal) && (next.pos === "DET" || next.pos === "NUM" || ["about", "around", "some", "most", "more"].includes(next.normal));
        if (verb) continue;
        st.take({ ...sp, type: "commodity", key: `commodity:${v.entry.id}`, label: v.entry.label, source: "lexicon:commodity", parent: v.entry.parent });
      } else {
        st.take({ ...sp, type: "measure", key: `kind:${v.entry.id}`, label: v.entry.label, source: "lexicon:measure", measureKind: v.entry.id });
      }
    }
  },
});
