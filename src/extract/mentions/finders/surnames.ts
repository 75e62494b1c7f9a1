// A lone capitalised word that is the surname of someone the document named in full, or the one
// public figure the lexicon knows by it: "Trump said", "Xi told Trump", "Lutnick added".

import type { Token } from "../../../model/types.ts";
import { NOT_NAMES } from "../../../text/words.ts";
import { defineFinder } from "../finder.ts";
import { isCapitalised, surnameMention } from "../names.ts";

export const surnames = defineFinder({
  id: "surnames",
  description: "a surname the document or the lexicon knows: that person",
  produces: ["surname"],
  context: ["docSurnames"],
  examples: [{ text: "Lutnick told reporters the talks went well.", yields: ['person person:howard-lutnick "Lutnick"'] }],
  nearMisses: [{ text: "Monday saw the talks resume.", notYields: ['person person:?monday "Monday"'], why: "a weekday is no surname" }],
  run(st, doc) {
    const toks = st.toks;
    for (let i = 0; i < toks.length; i++) {
      if (st.isTaken(i) || !isCapitalised(toks[i])) continue;
      const tok = toks[i] as Token;
      if (NOT_NAMES.has(tok.normal) || (isCapitalised(toks[i + 1]) && !st.possessiveAt(i + 1))) continue;
      const m = surnameMention(st, i, 1, "surname", doc.docSurnames);
      if (m && !m.surname) st.take(m);
    }
  },
});
