// An acronym the document defined in brackets after a body's name ("Federation of Indian Export
// Organisations (FIEO)") is that body wherever it appears later.

import { defineFinder } from "../finder.ts";

export const definedAcronyms = defineFinder({
  id: "defined-acronyms",
  description: "an acronym defined earlier in the document: the body it was defined for",
  produces: ["acronym"],
  context: ["acronyms"],
  examples: [{ text: "The Federation of Indian Export Organisations (FIEO) warned of losses. FIEO said exporters need help.", yields: ['organization organization:federation-of-indian-export-organisations "FIEO"'] }],
  nearMisses: [{ text: "FIEO said exporters need help.", notYields: ['organization organization:federation-of-indian-export-organisations "FIEO"'], why: "an acronym the document never defined" }],
  run(st, doc) {
    for (let i = 0; i < st.length; i++) {
      const def = doc.acronyms?.get(st.toks[i]?.text ?? "");
      if (!def || st.isTaken(i)) continue;
      st.take({ ...st.span(i, i + 1), type: def.type, key: def.key, label: def.label, country: def.country, source: "acronym", possessive: st.possessiveAt(i + 1) });
    }
  },
});
