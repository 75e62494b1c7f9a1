// An honorific followed by a name is a person: "Mr. Lutnick", "Ms Kathleen Brooks". A bare surname
// is resolved against the people the document (or the lexicon) names in full.

import { HONORIFICS } from "../../../text/words.ts";
import { defineFinder } from "../finder.ts";
import { nameAt, personMention } from "../names.ts";

export const honorificNames = defineFinder({
  id: "honorific-names",
  description: "Mr./Ms./Dr. + name: a person",
  produces: ["honorific-name"],
  context: ["docSurnames"],
  examples: [{ text: "Ms Kathleen Brooks said so.", yields: ['person person:kathleen-brooks "Kathleen Brooks"'] }],
  nearMisses: [{ text: "Mr. and Mrs. Smith said so.", notYields: ['person person:and "and"'], why: "a conjunction is no name" }],
  run(st, doc) {
    st.toks.forEach((tok, i) => {
      if (!HONORIFICS.has(tok.normal)) return;
      const existing = st.out.find((m) => m.from === i + 1 && m.type === "person");
      if (existing) return;
      const name = nameAt(st, i + 1, st.settings.maxPersonNameTokens, true);
      if (name) st.take(personMention(st, i + 1, name, "honorific-name", doc.docSurnames));
    });
  },
});
