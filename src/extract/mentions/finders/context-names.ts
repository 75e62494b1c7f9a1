// Capitalised sequences the lexicons do not know, typed by their context: a body or organisation by
// its head word ("... Ministry", "... Group"), a venue by its head ("Lancaster House"), a company
// before a company title ("Embraer chief executive X"), an organisation after a role and "of"/"at"
// ("an economist at SEB") or next to a descriptor ("trading group XTB"), an unknown acronym heading a
// role ("FIEO president"), and a person next to a role noun or a verb of speech.

import { slug } from "../../../text/fold.ts";
import { GOV_DESCRIPTORS, GOV_HEADS, INSTITUTION_HEADS, NOT_NAMES, ORG_DESCRIPTORS, ORG_HEADS, ORG_ROLE_WORDS, PORTFOLIO_WORDS, ROLE_NOUNS } from "../../../text/words.ts";
import { isGroupNoun } from "../../../lexicon/wordnet.ts";
import { defineFinder } from "../finder.ts";
import { isCapitalised, looksLikePerson, nameAt, personMention } from "../names.ts";
import type { MentionState } from "../state.ts";

/** Groups of people at large and states, no body: "told people Monday", "the public", "the country Trump" (a headline run on). */
const PEOPLE_AT_LARGE = new Set(["country", "countries", "nation", "nations", "state", "states", "people", "population", "public", "family", "families", "crowd", "crowds", "audience", "majority", "minority", "generation", "government", "governments"]);

/** A role word, "of" and a body (perhaps "of" its state) end right before `i`: "the head of the Ministry of X (of Y)". */
function heldRoleBefore(st: MentionState, i: number): boolean {
  let end = i;
  for (let hop = 0; hop < 2; hop++) {
    const body = st.out.find((m) => m.to === end && (m.type === "agency" || m.type === "country"));
    if (!body) return false;
    let k = body.from - 1;
    if (st.toks[k]?.normal === "the") k--;
    if (st.toks[k]?.normal !== "of") return false;
    if (ROLE_NOUNS.has(st.toks[k - 1]?.normal ?? "")) return body.type === "agency" || hop === 1;
    end = k;
  }
  return false;
}

export const contextNames = defineFinder({
  id: "context-names",
  description: "unknown capitalised names typed by a head word, a role, a descriptor or a verb of speech",
  produces: ["proper:org-head", "proper:venue", "proper:before-company-title", "proper:after-role", "proper:acronym-role", "proper:org-descriptor", "proper:person-context"],
  context: ["docSurnames"],
  examples: [
    { text: "The Kenya Dairy Board suspended the notice.", yields: ['agency agency:kenya-dairy-board "Kenya Dairy Board"'] },
    { text: "The Argentine Rural Society demanded lower taxes.", yields: ['organization organization:argentine-rural-society "Argentine Rural Society"'] },
    { text: "said analyst Jo Bloggs of research firm Quxbridge.", yields: ['person person:jo-bloggs "Jo Bloggs"', 'organization organization:quxbridge "Quxbridge"'] },
    { text: "They met at Lancaster House.", yields: ['place place:lancaster-house "Lancaster House"'] },
    { text: "The president accused his Colombian counterpart, leftist Gustavo Petro, of not doing enough.", yields: ['person person:gustavo-petro "Gustavo Petro"'] },
    { text: "The president and CEO of Harley-Davidson, Jochen Zeitz, called the news important.", yields: ['person person:jochen-zeitz "Jochen Zeitz"'] },
    { text: "Gennady Onishchenko, head of Russia's consumer rights watchdog Rospotrebnadzor, said so.", yields: ['agency agency:rospotrebnadzor "Rospotrebnadzor"'] },
    { text: "FIEO president S C Ralhan said so.", yields: ['organization organization:fieo "FIEO"'] },
    { text: "Maria Gonzalez said prices rose.", yields: ['person person:maria-gonzalez "Maria Gonzalez"'] },
    { text: "The head of the Brazilian poultry association Ubabef, Francisco Turra, said so.", yields: ['organization organization:ubabef "Ubabef"'] },
    { text: "Environment Secretary George Eustice said so.", yields: ['person person:george-eustice "George Eustice"'] },
    { text: "They met Brazil's Minister Carlos Favaro in Beijing.", yields: ['person person:carlos-favaro "Carlos Favaro"'] },
  ],
  nearMisses: [
    { text: "The couple Ana and Pedro Silva said so. The delegation Minister Wang urged the EU to act.", notYields: ['organization organization:ana "Ana"', 'organization organization:minister-wang "Minister Wang"'], why: "a group named by a determiner alone introduces people" },
    { text: "The minister spoke after meeting Sefcovic last week.", notYields: ['organization organization:sefcovic "Sefcovic"'], why: "a gerund, no group heading a phrase" },
    { text: "The minister told people Tuesday that the ban would stay.", notYields: ['organization organization:tuesday "Tuesday"'], why: "people at large introduce no body" },
    { text: "Chris Chivilo, president and CEO of Innisfail, Alberta-based pulse processor W.A. Grain, said so.", notYields: ['organization organization:innisfail "Innisfail"'], why: "a place the body is based in is no body" },
    { text: "Chinese Society said so.", notYields: ['organization organization:chinese-society "Chinese Society"'], why: "a state's word and a head alone name no body" },
    { text: "He met Kenyan Board members.", notYields: ['agency agency:kenyan-board "Kenyan Board"'], why: "nor a state's word and a head alone before other words" },
    { text: "New Delhi Television reported the story.", notYields: ['person person:new-delhi-television "New Delhi Television"'], why: "no role or speech verb: not a person" },
    { text: "The watchdog said Monday that prices rose.", notYields: ['agency agency:monday "Monday"'], why: "a weekday after the descriptor is no body" },
    { text: "Shipments to the north of the country, New Delhi Television reported, fell.", notYields: ['person person:new-delhi-television "New Delhi Television"'], why: "no role before the comma" },
    { text: "Prices Rose Sharply In March.", notYields: ['person person:prices-rose-sharply "Prices Rose Sharply"'], why: "a headline in title case names nobody" },
  ],
  run(st, doc) {
    const toks = st.toks;
    for (let i = 0; i < toks.length; i++) {
      if (st.isTaken(i) || !isCapitalised(toks[i])) continue;
      const len = nameAt(st, i, st.settings.maxNameTokens);
      if (!len) continue;
      const last = toks[i + len - 1];
      const seq = st.span(i, i + len);
      const next = toks[i + len];
      const prev = toks[i - 1];
      // (or a name after its state's word that ends in an institution's head: "the Argentine Rural
      // Society", "the Kenya Dairy Board": the state word is part of the name, and the body its state's)
      const stateWord = st.out.find((m) => m.type === "country" && m.to === i && !m.possessive && (m.source === "lexicon:demonym" || m.source === "lexicon:country"));
      // (the state's word may open the name itself, when no finder took it: "Kenya Dairy Board")
      const opening = st.lex.proper.matchesAt(toks, i).find((h) => (h.value.kind === "country" || h.value.kind === "demonym") && h.to < i + len);
      const openingState = opening && (opening.value.kind === "country" || opening.value.kind === "demonym") ? opening.value.entry.id : undefined;
      const institution = last !== undefined && INSTITUTION_HEADS.has(last.text) && (stateWord !== undefined || openingState !== undefined) && len >= 2;
      if (last && (GOV_HEADS.has(last.text) || ORG_HEADS.has(last.text) || institution) && len >= 2) {
        // (a state's board is a body of state: "the Kenya Dairy Board")
        const gov = GOV_HEADS.has(last.text) || (institution && last.text === "Board");
        if (institution && stateWord) {
          st.remove(stateWord);
          st.release(stateWord.from, stateWord.to);
        }
        const named = institution && stateWord ? st.span(stateWord.from, i + len) : seq;
        const type = gov ? "agency" : "organization";
        st.take({ ...named, type, key: `${type}:${slug(named.text)}`, label: named.text, source: "proper:org-head", possessive: st.possessiveAt(i + len), ...(institution && (stateWord?.country ?? openingState) ? { country: stateWord?.country ?? openingState } : {}) });
        i += len - 1;
        continue;
      }
      if (last && st.lex.venueHeads.has(last.text) && len >= 2) {
        st.take({ ...seq, type: "place", key: `place:${slug(seq.text)}`, label: seq.text, source: "proper:venue" });
        i += len - 1;
        continue;
      }
      // "Embraer chief executive Francisco Gomes Neto", "Australian Grape & Wine chief executive X":
      // a name right before a company title is the company
      const orgTitle = st.titleHits.find((h) => h.from === i + len && h.entries.some((e) => e.function === "organization" && e.rank === "head"));
      if (orgTitle && !looksLikePerson(toks, i, len)) {
        // reach back over "&" and a leading demonym: "Australian Grape & Wine"
        let start = i;
        while (
          start > 0 &&
          (toks[start - 1]?.text === "&" ||
            (isCapitalised(toks[start - 1]) && !NOT_NAMES.has(toks[start - 1]?.normal ?? "") && (!st.isTaken(start - 1) || st.out.some((m) => m.to === start && m.source === "lexicon:demonym"))))
        )
          start--;
        if (toks[start]?.text === "&") start++;
        for (const m of st.out.filter((x) => x.from >= start && x.to <= i)) st.remove(m);
        st.release(start, i);
        const org = st.span(start, i + len);
        st.take({ ...org, type: "organization", key: `organization:${slug(org.text)}`, label: org.text, source: "proper:before-company-title" });
        i += len - 1;
        continue;
      }
      // "executive director of CitrusBR", "an economist at SEB": a name after a role and "of"/"at"
      // (not a place a body is based in: "CEO of Innisfail, Alberta-based processor X", "of Nairobi-based X")
      const based = (k: number): boolean => toks[k]?.text === "-" && toks[k + 1]?.normal === "based";
      const placeOfBody = based(i + len) || (toks[i + len]?.text === "," && isCapitalised(toks[i + len + 1]) && based(i + len + 2));
      if (prev && ["of", "at", "with"].includes(prev.normal) && (ROLE_NOUNS.has(toks[i - 2]?.normal ?? "") || st.titleHits.some((h) => h.to === i - 1)) && len <= 4 && !placeOfBody) {
        const gov = last !== undefined && GOV_HEADS.has(last.text);
        st.take({ ...seq, type: gov ? "agency" : "organization", key: `${gov ? "agency" : "organization"}:${slug(seq.text)}`, label: seq.text, source: "proper:after-role" });
        i += len - 1;
        continue;
      }
      // "FIEO president S C Ralhan": an unknown acronym heading a role is an organisation
      if (len === 1 && /^\p{Lu}{2,6}$/u.test(toks[i]?.text ?? "") && next && ORG_ROLE_WORDS.has(next.normal)) {
        st.take({ ...seq, type: "organization", key: `organization:${slug(seq.text)}`, label: seq.text, source: "proper:acronym-role" });
        continue;
      }
      // "consumer rights watchdog Rospotrebnadzor", "the regulator Ofcom": a public body
      if (prev && GOV_DESCRIPTORS.has(prev.normal) && !isCapitalised(prev) && len <= 3) {
        st.take({ ...seq, type: "agency", key: `agency:${slug(seq.text)}`, label: seq.text, source: "proper:org-descriptor", possessive: st.possessiveAt(i + len) });
        i += len - 1;
        continue;
      }
      // (or a noun WordNet files first as a group of people: "the poultry association Ubabef")
      // (the noun heading a phrase of its own, after a determiner or a modifier: not a gerund, "after
      // meeting Sefcovic")
      // (with a word that says what kind of group, as bodies are named: "the poultry association",
      // "the farmers' union"; "the couple Ana", "the delegation Minister Wang", "Chelsea's squad Kante"
      // name people)
      const opened = ["ADJ", "NOUN", "PROPN"].includes(toks[i - 2]?.pos ?? "") && !st.possessiveAt(i - 2);
      const groupBefore = prev !== undefined && prev.pos === "NOUN" && opened && isGroupNoun(prev.normal) && !PEOPLE_AT_LARGE.has(prev.normal) && !ROLE_NOUNS.has(toks[i]?.normal ?? "");
      if ((prev && (ORG_DESCRIPTORS.has(prev.normal) || groupBefore) && !isCapitalised(prev)) || (next && ORG_DESCRIPTORS.has(next.normal) && toks[i - 1]?.normal === "the")) {
        st.take({ ...seq, type: "organization", key: `organization:${slug(seq.text)}`, label: seq.text, source: "proper:org-descriptor", possessive: st.possessiveAt(i + len) });
        i += len - 1;
        continue;
      }
      // "Brazil's Minister Carlos Fávaro said": a bare title opening the name is no part of it
      // (and the portfolio words before it: "Environment Secretary George Eustice said")
      let r = i;
      while (r < i + len - 2 && PORTFOLIO_WORDS.has(toks[r]?.normal ?? "") && !ROLE_NOUNS.has(toks[r]?.normal ?? "")) r++;
      const rest = toks.slice(r + 1, i + len);
      if (ROLE_NOUNS.has(toks[r]?.normal ?? "") && rest.length >= 2 && rest.length <= 3 && rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !NOT_NAMES.has(t.normal) && !GOV_HEADS.has(t.text) && !ORG_HEADS.has(t.text) && !ROLE_NOUNS.has(t.normal))) {
        st.take(personMention(st, r + 1, i + len - r - 1, "proper:person-context", doc.docSurnames));
        i += len - 1;
        continue;
      }
      // "the head of the Ministry of Agriculture of the Republic of Kazakhstan Yerbol Karashukeev",
      // "China's Minister of the General Administration of Customs Yu Jianhua": a name right after a
      // body that a role "of" introduces is the holder of that role
      if (len >= 2 && len <= 3 && heldRoleBefore(st, i) && !NOT_NAMES.has(toks[i]?.normal ?? "")) {
        st.take(personMention(st, i, len, "proper:person-context", doc.docSurnames));
        i += len - 1;
        continue;
      }
      if (looksLikePerson(toks, i, len)) {
        st.take(personMention(st, i, len, "proper:person-context", doc.docSurnames));
        i += len - 1;
      }
    }
  },
});
