// Institutions named "X of Y and Z": "Chinese Academy of International Trade and Economic
// Cooperation", "Federation of Indian Export Organisations". The head word types the name (a
// ministry or commission is an agency, an academy or federation an organisation), and the name
// takes over a country word inside it. "and" joins parts of one name only after "of"/"for".

import type { Token } from "../../../model/types.ts";
import { slug } from "../../../text/fold.ts";
import { GOV_HEADS, INSTITUTION_HEADS, INSTITUTION_JOINERS, NOT_NAMES, ORG_HEADS, PORTFOLIO_WORDS, SPEECH_VERBS } from "../../../text/words.ts";
import { defineFinder } from "../finder.ts";
import { isCapitalised, looksLikePerson } from "../names.ts";

/** Capitalised portfolio words from `k`, separated by commas, closing with "and"/"&" and one more. */
function portfolioListFrom(toks: readonly Token[], k: number): boolean {
  let j = k;
  while (j < toks.length && j - k < 12) {
    const t = toks[j];
    if (!t || !isCapitalised(t) || !PORTFOLIO_WORDS.has(t.normal)) return false;
    // (a portfolio may take two words: "Natural Resources")
    while (isCapitalised(toks[j + 1]) && PORTFOLIO_WORDS.has(toks[j + 1]?.normal ?? "")) j++;
    const sep = toks[j + 1]?.normal;
    if (sep === "and" || sep === "&") return isCapitalised(toks[j + 2]) && PORTFOLIO_WORDS.has(toks[j + 2]?.normal ?? "");
    if (sep !== ",") return false;
    j += 2;
  }
  return false;
}

export const institutions = defineFinder({
  id: "institutions",
  description: "capitalised names joined by of/for/and with an institution head: one organisation or body",
  produces: ["proper:institution"],
  context: [],
  examples: [
    { text: "a researcher with the Chinese Academy of International Trade and Economic Cooperation said", yields: ['organization organization:chinese-academy-of-international-trade-and-economic-cooperation "Chinese Academy of International Trade and Economic Cooperation"'] },
    { text: "The Ministry of Environment, Water and Agriculture announced it.", yields: ['agency agency:ministry-of-environment-water-and-agriculture "Ministry of Environment, Water and Agriculture"'] },
  ],
  nearMisses: [
    { text: "Officials from the Ministry of Agriculture, Health Canada and the customs agency inspected it.", notYields: ['agency agency:ministry-of-agriculture-health-canada "Ministry of Agriculture, Health Canada"'], why: "a comma list of portfolios must close with 'and' and a portfolio" },
    { text: "It ordered Nippon Steel, Trade and Mitsubishi Heavy Industries to pay.", notYields: ['organization organization:nippon-steel-trade-and-mitsubishi-heavy-industries "Nippon Steel, Trade and Mitsubishi Heavy Industries"'], why: "a comma joins portfolios only after 'of'" },
    { text: "It ordered Nippon Steel and Mitsubishi Heavy Industries to pay.", notYields: ['organization organization:nippon-steel-and-mitsubishi-heavy-industries "Nippon Steel and Mitsubishi Heavy Industries"'], why: "'and' before any 'of' joins two names" },
    { text: "It was signed by the head of the Ministry of Agriculture of Kazakhstan Yerbol Karashukeev.", notYields: ['agency agency:ministry-of-agriculture-of-kazakhstan-yerbol-karashukeev "Ministry of Agriculture of Kazakhstan Yerbol Karashukeev"'], why: "a body named with its state ends at the state" },
    { text: "A spokesman for the Ministry of Agriculture Ahmed Bennani said so.", notYields: ['agency agency:ministry-of-agriculture-ahmed-bennani "Ministry of Agriculture Ahmed Bennani"'], why: "the speaker after the body's name is a person" },
  ],
  run(st) {
    const toks = st.toks;
    const freeOrDemonym = (k: number): boolean =>
      !st.isTaken(k) || st.out.some((m) => m.from <= k && m.to > k && m.type === "country" && !m.possessive && (m.source === "lexicon:demonym" || m.source === "lexicon:country"));
    for (let i = 0; i < toks.length; i++) {
      if (!freeOrDemonym(i) || !isCapitalised(toks[i])) continue;
      let j = i;
      let last = i;
      while (j < toks.length && j - i < st.settings.maxInstitutionTokens) {
        const t = toks[j] as Token;
        if (!freeOrDemonym(j)) break;
        // (a comma inside a list of portfolios after "of": "Ministry of Environment, Water and Agriculture")
        // (only a list that closes with "and" and a portfolio: "Ministry of Agriculture, Health Canada and
        // the customs agency" names two bodies)
        const listComma = t.text === "," && toks.slice(i, j).some((u) => u.normal === "of" || u.normal === "for") && portfolioListFrom(toks, j + 1);
        if (isCapitalised(t) && /^\p{L}/u.test(t.text) && !NOT_NAMES.has(t.normal)) last = j;
        else if (!listComma && !(INSTITUTION_JOINERS.has(t.normal) && isCapitalised(toks[j + 1]) && freeOrDemonym(j + 1))) break;
        j++;
      }
      // "and" joins the parts of one name only after "of"/"for" ("Academy of Trade and Economic
      // Cooperation"); before that it joins two names ("Nippon Steel and Mitsubishi Heavy Industries")
      for (let k = i; k <= last; k++) {
        const w = toks[k]?.normal ?? "";
        if (w === "of" || w === "for" || w === "on") break;
        if (w === "and" || w === "&") {
          last = k - 1;
          break;
        }
      }
      // "spokesman for the Ministry of Agriculture Ahmed Bennani said": a name right after the body's
      // name, with no joiner, that speaks or holds a role, is a person of its own
      for (const len of [3, 2]) {
        const at = last - len + 1;
        const tail = toks.slice(at, last + 1);
        if (at - i < 3 || !tail.every((t) => isCapitalised(t) && /^\p{L}/u.test(t.text)) || !isCapitalised(toks[at - 1])) continue;
        if (looksLikePerson(toks, at, len) && SPEECH_VERBS.has(toks[last + 1]?.normal ?? "")) {
          last = at - 1;
          break;
        }
      }
      // "the Ministry of Agriculture of the Republic of Kazakhstan Yerbol Karashukeev": a body named
      // with its state ends at the state; a name after it is a person's
      let named: { from: number; id: string } | undefined;
      for (let k = i + 2; k <= last; k++) {
        if (toks[k - 1]?.normal !== "of") continue;
        const state = st.lex.proper.matchesAt(toks, k).find((h) => h.value.kind === "country" && h.to <= last);
        if (!state || state.value.kind !== "country") continue;
        const rest = toks.slice(state.to, last + 1);
        if (rest.length >= 2 && rest.length <= 3 && rest.every((t) => isCapitalised(t) && /^\p{L}/u.test(t.text))) last = state.to - 1;
        if (state.to === last + 1) named = { from: k - 1, id: state.value.entry.id };
        break;
      }
      // (or its state right after it, "the Ministry of Agriculture of the Republic of Kazakhstan": one
      // key for a state's body however its state is named)
      if (!named) {
        const at = toks[last + 2]?.normal === "the" ? last + 3 : last + 2;
        const after = toks[last + 1]?.normal === "of" ? st.lex.proper.matchesAt(toks, at).find((h) => h.value.kind === "country") : undefined;
        if (after && after.value.kind === "country") named = { from: last + 1, id: after.value.entry.id };
      }
      if (last - i < 2) continue;
      const words = toks.slice(i, last + 1).filter((t) => isCapitalised(t)).map((t) => t.text);
      const heads = [words[0] ?? "", words[1] ?? "", words[words.length - 1] ?? ""];
      const gov = heads.some((h) => GOV_HEADS.has(h));
      const org = heads.some((h) => ORG_HEADS.has(h) || INSTITUTION_HEADS.has(h));
      if (!gov && !org) continue;
      if (!toks.slice(i, last + 1).some((t) => INSTITUTION_JOINERS.has(t.normal))) continue; // plain sequences: context-names
      for (const m of st.out.filter((x) => x.from >= i && x.to <= last + 1)) st.remove(m);
      st.release(i, last + 1);
      const seq = st.span(i, last + 1);
      // ("Malaysia's Ministry of Investment, Trade and Industry": the owner's country is the body's)
      const owner = gov ? st.out.find((m) => m.type === "country" && m.possessive && m.to + 1 === i) : undefined;
      const state = gov && named ? st.lex.countries.get(named.id) : undefined;
      if (state && named) {
        // ("Ministry of Agriculture of Kazakhstan" and "... of the Republic of Kazakhstan": Kazakhstan's Ministry of Agriculture)
        const own = st.text.slice(seq.start, toks[(named.from <= last ? named.from : last + 1) - 1]?.end ?? seq.end);
        st.take({ ...seq, type: "agency", key: `agency:${state.id}-${slug(own)}`, label: `${own} (${state.label})`, source: "proper:institution", possessive: st.possessiveAt(last + 1), country: state.id });
        i = last;
        continue;
      }
      st.take({ ...seq, type: gov ? "agency" : "organization", key: `${gov ? "agency" : "organization"}:${slug(seq.text)}`, label: seq.text, source: "proper:institution", possessive: st.possessiveAt(last + 1), ...(owner?.country ? { country: owner.country } : {}) });
      i = last;
    }
  },
});
