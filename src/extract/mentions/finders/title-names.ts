// A title followed by a name is a person holding it: "Commerce Secretary Howard Lutnick",
// "Vice-Premier He", "Vice Premier of the State Council He Lifeng", "the ministry's chief trade
// negotiator, Li Chenggang". A title with no name after it may follow one (see appositive-titles).

import { GOV_HEADS, HONORIFICS, INSTITUTION_HEADS, ORG_HEADS } from "../../../text/words.ts";
import { defineFinder } from "../finder.ts";
import { attachTitle, isCapitalised, nameAt, personMention } from "../names.ts";
import type { MentionState, TitleHit } from "../state.ts";
import type { SentenceMention } from "../types.ts";

/**
 * "Minister of Agriculture of Poland Zbignev Vrublevskyi": a country right before a name is not the
 * first word of that name (the lexicon pass left it so), but the title's state: taken as a mention.
 */
function countryBeforeName(st: MentionState, i: number): SentenceMention | undefined {
  if (!st.free(i, i + 1)) return undefined;
  const hit = st.lex.proper.matchesAt(st.toks, i).find((h) => h.value.kind === "country");
  if (!hit || hit.value.kind !== "country" || !nameAt(st, hit.to, st.settings.maxPersonNameTokens, true)) return undefined;
  const entry = hit.value.entry;
  const m: SentenceMention = { ...st.span(hit.from, hit.to), type: "country", key: `country:${entry.id}`, label: entry.label, source: "lexicon:country", country: entry.id, modifier: true };
  st.take(m);
  return m;
}

export const titleNames = defineFinder({
  id: "title-names",
  description: "title + name: a person with that title",
  produces: ["title-name"],
  context: ["docSurnames"],
  examples: [
    { text: "Ghana's Trade Minister, Dr. Ekow Spio-Garbrah on Monday placed a ban on the export of raw cashew.", yields: ['person person:ekow-spio-garbrah "Ekow Spio-Garbrah"'] },
    { text: "Commerce Secretary Howard Lutnick arrived.", yields: ['person person:howard-lutnick "Howard Lutnick"'] },
    { text: "Deputy Prime Minister Ha Lap Phong arrived.", yields: ['person person:he-lifeng "Ha Lap Phong"'] },
    { text: "Trade Minister Aiko Tanabe spoke.", yields: ['person person:aiko-tanabe "Aiko Tanabe"'] },
    { text: "President Ferdinand R. Marcos Jr. ordered the suspension.", yields: ['person person:ferdinand-r-marcos-jr "Ferdinand R. Marcos Jr."'] },
    { text: "Prices rose, spokeswoman for the Eurasia Group Maria Okafor said.", yields: ['person person:maria-okafor "Maria Okafor"'] },
    { text: "The Minister of Agriculture of Poland Zbignev Vrublevskyi declared it.", yields: ['country country:pl "Poland"', 'person person:zbignev-vrublevskyi "Zbignev Vrublevskyi"'] },
    { text: "The decree was signed by the Chairman of the Cabinet, Adylbek Kasymaliev.", yields: ['person person:adylbek-kasymaliev "Adylbek Kasymaliev"'] },
    { text: "The President of the Philippines, Rodrigo Duterte, flew to Beijing.", yields: ['person person:rodrigo-duterte "Rodrigo Duterte"'] },
  ],
  nearMisses: [
    { text: "Jo Brandt, Chief Executive, Quxbridge Group, said so.", notYields: ['person person:quxbridge-group "Quxbridge Group"'], why: "a name ending in a body's head word is the body" },
    { text: "The Minister of Energy and Mineral Resources (ESDM) said so.", notYields: ['person person:said "said"'], why: "an acronym in brackets with no name after it" },
    { text: "The Trade Minister spoke on Monday.", notYields: ['person person:monday "Monday"'], why: "a weekday is no name" },
    { text: "The Minister of Agriculture of Poland Zbignev Vrublevskyi declared it.", notYields: ['organization organization:poland-zbignev-vrublevskyi "Poland Zbignev Vrublevskyi"'], why: "the title's state, then the holder" },
    { text: "The Chairman of the Cabinet, in Bishkek, signed it.", notYields: ['person person:in-bishkek "in Bishkek"'], why: "no name after the comma" },
  ],
  run(st, doc) {
    const toks = st.toks;
    // "President and CEO", "chairman and chief executive": titles joined by "and" are one title
    // (the last one's, nearest the name or the body it names)
    const hits = [...st.titleHits].sort((a, b) => a.from - b.from);
    for (let i = hits.length - 2; i >= 0; i--) {
      const [a, b] = [hits[i] as TitleHit, hits[i + 1] as TitleHit];
      if (b.from === a.to + 1 && (toks[a.to]?.normal === "and" || toks[a.to]?.text === "&")) hits.splice(i, 2, { ...b, from: a.from });
    }
    for (const t of hits) {
      let at = t.to;
      // "Vice Premier of the State Council He Lifeng": the body named after the title.
      // ("spokesman for the Taiwan Affairs Office of China's State Council Ma Xiaoguang": a chain of bodies)
      const bodyAfter = st.out.find((m) => m.from >= at && m.from <= at + 2 && (m.type === "agency" || m.type === "organization") && ["of", "the", "for"].includes(toks[at]?.normal ?? ""));
      if (bodyAfter) {
        at = bodyAfter.to;
        const parent = toks[at]?.normal === "of" ? st.out.find((m) => m.from >= at + 1 && m.from <= at + 2 && (m.type === "agency" || m.type === "organization")) : undefined;
        if (parent) at = parent.to;
      }
      // "the Chairman of the Cabinet, Adylbek Kasymaliev", "the president of the Cairo Chamber of
      // Commerce, Ayman El-Ashry": a body no finder has named yet, its name in capitals up to a comma
      if (!bodyAfter && ["of", "for"].includes(toks[at]?.normal ?? "")) {
        let j = at + 1;
        if (toks[j]?.normal === "the") j++;
        const bodyFrom = j;
        while (j < toks.length && j - bodyFrom < 10 && (isCapitalised(toks[j]) || (j > bodyFrom && ["of", "and", "&", "for"].includes(toks[j]?.normal ?? "") && isCapitalised(toks[j + 1])))) j++;
        if (j > bodyFrom && toks[j]?.text === "," && nameAt(st, j + 1, st.settings.maxPersonNameTokens, true) >= 2) at = j;
      }
      // "Prime Minister of the State Council of China Ly Cuong"
      // ("President of the United States, Donald Trump": the country after "the")
      // (only a state named in full and set off by a comma: "the Indonesian Nickel Miners Association"
      // is a body the demonym qualifies)
      const theCountry = toks[at + 1]?.normal === "the" ? st.out.find((m) => m.from === at + 2 && m.type === "country" && !m.modifier && (toks[m.to]?.text === "," || st.out.some((x) => x.type === "person" && x.from === m.to))) : undefined;
      const ofCountry = toks[at]?.normal === "of" ? (theCountry ?? st.out.find((m) => m.from === at + 1 && m.type === "country") ?? countryBeforeName(st, at + 1)) : undefined;
      if (ofCountry) at = ofCountry.to;
      // "Minister of Energy and Mineral Resources (ESDM) Arifin Tasrif": the title's acronym in brackets
      if (toks[at]?.text === "(" && /^\p{Lu}[\p{Lu}\p{Ll}&-]{1,9}$/u.test(toks[at + 1]?.text ?? "") && toks[at + 2]?.text === ")") at += 3;
      if (toks[at]?.text === ",") at++;
      // ("Ghana's Trade Minister, Dr. Ekow Spio-Garbrah": an honorific before the name)
      if (HONORIFICS.has(toks[at]?.normal ?? "") && isCapitalised(toks[at])) {
        const h = at;
        at = toks[h + 1]?.text === "." ? h + 2 : h + 1;
        if (!st.out.some((m) => m.from === at && m.type === "person") && !nameAt(st, at, st.settings.maxPersonNameTokens, true)) at = h;
      }
      const existing = st.out.find((m) => m.from === at && m.type === "person");
      if (existing) {
        attachTitle(st, existing, t);
        continue;
      }
      const name = nameAt(st, at, st.settings.maxPersonNameTokens, true);
      // (a name that ends in a body's head word is the body: "Chief Executive, Quxbridge Group")
      const last = name ? st.toks[at + name - 1]?.text ?? "" : "";
      if (name && (ORG_HEADS.has(last) || GOV_HEADS.has(last) || INSTITUTION_HEADS.has(last))) {
        st.appositives.push(t);
        continue;
      }
      if (name) {
        const m = personMention(st, at, name, "title-name", doc.docSurnames);
        attachTitle(st, m, t);
        st.take(m);
      } else st.appositives.push(t);
    }
  },
});
