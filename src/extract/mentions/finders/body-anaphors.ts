// "the ministry", "the Commission": the body of that kind this document named last. Then the
// bodies this sentence names, and the acronyms it defines in brackets ("... Organisations (FIEO)"),
// are remembered for later sentences.

import type { Token } from "../../../model/types.ts";
import { BODY_NOUNS, DESTINATION_PREPS, LOCATIVE_PREPS } from "../../../text/words.ts";
import { placeWordsOf, regionWords } from "../../../lexicon/world-countries.ts";
import { defineFinder } from "../finder.ts";
import { isCapitalised } from "../names.ts";

/** Nouns a state is referred back to by: "the country", "the Southeast Asian nation". */
const STATE_NOUNS = new Set(["country", "nation", "kingdom", "republic"]);

/** Words for the national level of a government: "the federal government". */
const LEVELS = new Set(["federal", "central", "national", "union"]);

export const bodyAnaphors = defineFinder({
  id: "body-anaphors",
  description: "'the ministry' etc.: the body of that kind named last; remembers bodies and defined acronyms",
  produces: ["anaphor"],
  context: ["recentBodies", "acronyms", "articleCountry", "docCountries"],
  examples: [
    { text: "China's Ministry of Commerce issued rules. The ministry said licences would be needed.", yields: ['agency agency:cn-commerce "The ministry"'] },
    { text: "India buys palm oil. India grows little of it. The government has imposed restrictions on imports of palm oil.", yields: ['country country:in "The government"'] },
    { text: "India said the Centre has decided to allow some shipments.", yields: ['country country:in "the Centre"'] },
    { text: "Canada imposed duties. Canada is big. The federal government confirmed a surtax.", yields: ['country country:ca "The federal government"'] },
    { text: "Poland buys grain. Poland is big. The government banned imports of grain from Ukraine into Poland.", yields: ['country country:pl "The government"'] },
    { text: "The EU challenged the Southeast Asian country's ban on nickel ore exports, Indonesia and China said.", yields: ['country country:id "the Southeast Asian country"'] },
    { text: "Indonesia sued the EU at the WTO, claiming the bloc's restrictions on palm oil are unfair.", yields: ['country country:eu "the bloc"'] },
    { text: "The government has lifted the ban on maize imports in Kenya.", yields: ['country country:ke "The government"'] },
  ],
  nearMisses: [
    { text: "The ministry said licences would be needed.", notYields: [], why: "no body named before" },
    { text: "ASEAN ministers met with an EU envoy on Monday. The bloc agreed to cut tariffs on rice.", notYields: ['country country:eu "The bloc"'], why: "the bloc is not named in the sentence" },
    { text: "Indonesia and Malaysia said the bloc's restrictions on palm oil are unfair.", notYields: ['country country:id "the bloc"', 'country country:my "the bloc"'], why: "no bloc named: states are no bloc" },
    { text: "The government said exports of tea to Kenya rose.", notYields: ['country country:ke "The government"'], why: "a state named only as where goods go is not the article's" },
    { text: "India is big. India grows tea. The federal government allowed imports of medicines from India amid tensions with New Delhi.", notYields: ['country country:in "The federal government"'], why: "the article's state named as the other side" },
    { text: "The government has lifted the ban on maize in Kenya. Uganda was pleased.", notYields: ['country country:ke "The government"'], why: "a state named only as a place gives way to any other state named" },
    { text: "India and Malaysia met. The government has imposed restrictions on imports of palm oil.", notYields: ['country country:in "The government"'], why: "two states, neither the article's own" },
    { text: "India said the Centre for Policy Research disagreed.", notYields: ['country country:in "the Centre"'], why: "a centre for something is a body of its own" },
    { text: "Canada imposed duties. Canada is big. The federal government of Mexico confirmed a surtax.", notYields: ['country country:ca "The federal government"'], why: "a government of another state" },
    { text: "Poland buys grain. Poland is big. The government in Kyiv protested.", notYields: ['country country:pl "The government"'], why: "a government the phrase places elsewhere" },
    { text: "Poland buys grain. Poland is big. The government said Ukraine's farmers suffer.", notYields: ['country country:pl "The government"'], why: "another state named as more than a place" },
    { text: "Poland buys grain. Poland is big. In Mexico, the government wants a deal.", notYields: ['country country:pl "the government"'], why: "a sentence set in another state" },
    { text: "Poland buys grain. Poland is big. The neighbouring country and the Baltic country banned imports of grain.", notYields: ['country country:pl "The neighbouring country"', 'country country:pl "the Baltic country"'], why: "a word before 'country' that names no region the dataset knows" },
    { text: "The EU challenged the Asian country's ban on nickel ore exports, Indonesia and China said.", notYields: ['country country:id "the Asian country"', 'country country:cn "the Asian country"'], why: "two states the article names lie there" },
  ],
  run(st, doc) {
    const toks = st.toks;
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (st.isTaken(i) || toks[i - 1]?.normal !== "the" || !BODY_NOUNS.has(t.normal)) continue;
      if (isCapitalised(toks[i + 1]) || toks[i + 1]?.normal === "of") continue;
      const ref = doc.recentBodies?.get(t.normal);
      if (!ref) continue;
      st.take({ ...st.span(i - 1, i + 1), type: ref.type, key: ref.key, label: ref.label, country: ref.country, source: "anaphor", possessive: st.possessiveAt(i + 1) });
    }
    // "the government", "the authorities": the government of the state the article is about, when
    // one state holds most of its mentions and the sentence names no other
    const cc = doc.articleCountry?.();
    const country = cc ? st.lex.countries.get(cc) : undefined;
    // (a demonym that only qualifies goods, "Chinese-made electric vehicles", names no other government;
    // nor does a state named as a place goods come from or go to: "imports of grain from Ukraine")
    // ("In Mexico, ... the government" is Mexico's; so is the government a Mexican minister speaks of)
    const otherState = st.out.some(
      (m) =>
        (m.type === "country" && m.country !== cc && !m.modifier && !(DESTINATION_PREPS.has(toks[m.from - 1]?.normal ?? "") && !m.possessive)) ||
        ((m.type === "person" || m.type === "agency") && m.country !== undefined && m.country !== cc),
    );
    // nor when the sentence names that state as the other side, "allowed imports of medicines from
    // India amid tensions with New Delhi": the government there is not India's
    // (not an owner: "a notice from China's commerce ministry" is the state's own)
    const otherSide = st.out.some((m) => m.country === cc && !m.possessive && (m.type === "country" || m.type === "place") && ["from", "with", "against"].includes(toks[m.from - 1]?.normal ?? ""));
    for (let i = 1; country && !otherState && !otherSide && i < toks.length; i++) {
      const t = toks[i] as Token;
      // ("the federal government", "the central authorities")
      const level = LEVELS.has(toks[i - 1]?.normal ?? "") ? 1 : 0;
      if (st.isTaken(i) || toks[i - 1 - level]?.normal !== "the" || !(t.normal === "government" || t.normal === "authorities")) continue;
      // ("the government of Mexico", "the government in Kyiv": a government the phrase places)
      if (isCapitalised(toks[i + 1]) || toks[i + 1]?.normal === "of" || LOCATIVE_PREPS.has(toks[i + 1]?.normal ?? "")) continue;
      st.take({ ...st.span(i - 1 - level, i + 1), type: "country", key: `country:${country.id}`, label: country.label, country: country.id, source: "anaphor", possessive: st.possessiveAt(i + 1) });
    }
    // "the Southeast Asian country's ban": the one state the article names that lies there; "the
    // country", with no place word, is the article's state as "the government" is
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (st.isTaken(i) || !STATE_NOUNS.has(t.normal) || isCapitalised(toks[i + 1]) || toks[i + 1]?.normal === "of") continue;
      let j = i - 1;
      while (j > 0 && i - j <= 4 && toks[j]?.normal !== "the" && (isCapitalised(toks[j]) || toks[j]?.pos === "ADJ" || toks[j]?.text === "-")) j--;
      if (toks[j]?.normal !== "the" || [...Array(i - j - 1).keys()].some((q) => st.isTaken(j + 1 + q))) continue;
      const place = regionWords(toks.slice(j + 1, i).map((x) => x.text).join(" "));
      let state: string | undefined;
      // (other words and no place, "the neighbouring country", "the other country": nobody known)
      if (place.length === 0) state = j === i - 1 && country && !otherState ? country.id : undefined;
      else {
        const named = [...new Set([...st.sentenceCountries, ...doc.docCountries()])];
        const there = named.filter((c) => {
          const words = placeWordsOf(c);
          return words !== undefined && place.every((w) => words.has(w));
        });
        state = there.length === 1 ? there[0] : undefined;
      }
      const entry = state ? st.lex.countries.get(state) : undefined;
      if (!entry) continue;
      st.take({ ...st.span(j, i + 1), type: "country", key: `country:${entry.id}`, label: entry.label, country: entry.id, source: "anaphor", possessive: st.possessiveAt(i + 1) });
    }
    // "the bloc", "the bloc's restrictions": the bloc the sentence itself has named (a union of
    // states: an entry the country dataset does not hold, so with no region of its own); one named in
    // an earlier sentence may not be the one meant ("ASEAN ministers met with an EU envoy. The bloc agreed")
    const blocs = [...new Set(st.sentenceCountries)].filter((c) => placeWordsOf(c) === undefined);
    for (let i = 1; blocs.length === 1 && i < toks.length; i++) {
      const t = toks[i] as Token;
      if (st.isTaken(i) || t.normal !== "bloc" || toks[i - 1]?.normal !== "the" || toks[i + 1]?.normal === "of") continue;
      const entry = st.lex.countries.get(blocs[0] as string);
      if (entry) st.take({ ...st.span(i - 1, i + 1), type: "country", key: `country:${entry.id}`, label: entry.label, country: entry.id, source: "anaphor", possessive: st.possessiveAt(i + 1) });
    }
    // "the Centre": India's union government, as Indian English names it, in an article that names India
    const india = doc.docCountries().includes("in") || st.sentenceCountries.includes("in") ? st.lex.countries.get("in") : undefined;
    for (let i = 1; india && i < toks.length; i++) {
      const t = toks[i] as Token;
      if (st.isTaken(i) || t.text !== "Centre" || toks[i - 1]?.normal !== "the" || ["for", "of", "at", "in", "on"].includes(toks[i + 1]?.normal ?? "") || isCapitalised(toks[i + 1])) continue;
      st.take({ ...st.span(i - 1, i + 1), type: "country", key: "country:in", label: india.label, country: "in", source: "anaphor", possessive: st.possessiveAt(i + 1) });
    }
    for (const m of st.out) {
      if (m.type !== "agency" && m.type !== "organization") continue;
      for (const w of m.label.toLowerCase().split(/[^a-z]+/)) if (BODY_NOUNS.has(w)) doc.recentBodies?.set(w, m);
    }
    for (const m of st.out) {
      if ((m.type !== "agency" && m.type !== "organization") || toks[m.to]?.text !== "(" || toks[m.to + 2]?.text !== ")") continue;
      const a = toks[m.to + 1]?.text ?? "";
      if (/^\p{Lu}[\p{Lu}&-]{1,7}$/u.test(a)) doc.acronyms?.set(a, m);
    }
  },
});
