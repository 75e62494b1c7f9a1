// A title followed by a name is a person holding it: "Commerce Secretary Howard Lutnick",
// "Vice-Premier He", "Vice Premier of the State Council He Lifeng", "the ministry's chief trade
// negotiator, Li Chenggang". A title with no name after it may follow one (see appositive-titles).

import { defineFinder } from "../finder.ts";
import { attachTitle, nameAt, personMention } from "../names.ts";

export const titleNames = defineFinder({
  id: "title-names",
  description: "title + name: a person with that title",
  produces: ["title-name"],
  context: ["docSurnames"],
  examples: [
    { text: "Commerce Secretary Howard Lutnick arrived.", yields: ['person person:howard-lutnick "Howard Lutnick"'] },
    { text: "Deputy Prime Minister Ha Lap Phong arrived.", yields: ['person person:he-lifeng "Ha Lap Phong"'] },
    { text: "Trade Minister Aiko Tanabe spoke.", yields: ['person person:aiko-tanabe "Aiko Tanabe"'] },
    { text: "President Ferdinand R. Marcos Jr. ordered the suspension.", yields: ['person person:ferdinand-r-marcos-jr "Ferdinand R. Marcos Jr."'] },
    { text: "Prices rose, spokeswoman for the Eurasia Group Maria Okafor said.", yields: ['person person:maria-okafor "Maria Okafor"'] },
  ],
  nearMisses: [{ text: "The Trade Minister spoke on Monday.", notYields: ['person person:monday "Monday"'], why: "a weekday is no name" }],
  run(st, doc) {
    const toks = st.toks;
    for (const t of st.titleHits) {
      let at = t.to;
      // "Vice Premier of the State Council He Lifeng": the body named after the title.
      // ("spokesman for the Taiwan Affairs Office of China's State Council Ma Xiaoguang": a chain of bodies)
      const bodyAfter = st.out.find((m) => m.from >= at && m.from <= at + 2 && (m.type === "agency" || m.type === "organization") && ["of", "the", "for"].includes(toks[at]?.normal ?? ""));
      if (bodyAfter) {
        at = bodyAfter.to;
        const parent = toks[at]?.normal === "of" ? st.out.find((m) => m.from >= at + 1 && m.from <= at + 2 && (m.type === "agency" || m.type === "organization")) : undefined;
        if (parent) at = parent.to;
      }
      // "Prime Minister of the State Council of China Ly Cuong"
      const ofCountry = toks[at]?.normal === "of" ? st.out.find((m) => m.from === at + 1 && m.type === "country") : undefined;
      if (ofCountry) at = ofCountry.to;
      if (toks[at]?.text === ",") at++;
      const existing = st.out.find((m) => m.from === at && m.type === "person");
      if (existing) {
        attachTitle(st, existing, t);
        continue;
      }
      const name = nameAt(st, at, st.settings.maxPersonNameTokens, true);
      if (name) {
        const m = personMention(st, at, name, "title-name", doc.docSurnames);
        attachTitle(st, m, t);
        st.take(m);
      } else st.appositives.push(t);
    }
  },
});
