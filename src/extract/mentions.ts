// Mentions: the spans of a sentence that name a person, body, organisation, country, place,
// good or kind of measure. Sources, in order of trust: the lexicons; title + name patterns
// ("Commerce Secretary Howard Lutnick"); honorifics ("Mr. Lutnick"); appositions ("Kevin
// Hassett, director of ..."); and capitalised sequences typed by their context (a role noun,
// a verb of speech, an organisation head such as "Group" or "Ministry").

import type { AgencyEntry, CountryEntry, TitleEntry } from "../lexicon/types.ts";
import type { Sentence, Token } from "../model/types.ts";
import { delegationKey, type MentionSource, type SentenceContext, type SentenceMention } from "./mentions/types.ts";
import { lexiconIndex, type CommonHit, type LexiconIndex, type ProperHit } from "./lexicon-index.ts";
import {
  DELEGATION_HEADS,
  GOV_HEADS,
  HONORIFICS,
  LOCATIVE_PREPS,
  MEETING_WORDS,
  ORG_DESCRIPTORS,
  ORG_HEADS,
  ROLE_NOUNS,
  SPEECH_VERBS,
} from "../text/words.ts";

/** Nouns a city names the venue of: "the London talks", "the Geneva deal". */
const VENUE_NOUNS = new Set([...MEETING_WORDS, "deal", "agreement", "pact", "truce", "accord", "consensus", "framework", "process", "round"]);


export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const isCapitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);
/** Chinese surnames spelt like English words. */
const PRONOUN_SURNAMES = new Set(["He", "Hu", "Ma", "Yu", "Fan", "Bai", "Gao", "Lin", "Long", "Yang"]);
const NAME_PARTICLES = new Set(["de", "da", "van", "von", "bin", "al", "le", "la", "del", "der", "du", "dos", "ter", "zu"]);
const NOT_NAMES = new Set([
  "the", "a", "an", "on", "in", "at", "for", "and", "but", "or", "of", "to", "by", "with", "as", "from",
  "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
  "their", "our", "my", "your", "there", "here", "when", "while", "after", "before", "since", "during",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
  "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "photo", "reuters", "afp", "however", "meanwhile",
  "although", "though", "if", "also", "both", "all", "some", "many", "most", "other", "last", "next",
]);

export function findMentions(text: string, sentence: Sentence, ctx: SentenceContext): SentenceMention[] {
  const lex = lexiconIndex();
  const toks = sentence.tokens;
  const out: SentenceMention[] = [];
  const taken = new Array<boolean>(toks.length).fill(false);
  const take = (m: SentenceMention): void => {
    for (let i = m.from; i < m.to; i++) taken[i] = true;
    out.push(m);
  };
  const free = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (taken[i]) return false;
    return true;
  };
  const span = (from: number, to: number) => {
    const start = toks[from]?.start ?? 0;
    const end = toks[to - 1]?.end ?? start;
    return { from, to, start, end, text: text.slice(start, end) };
  };
  const possessiveAt = (i: number): boolean => /^['’][sS]$/.test(toks[i]?.text ?? "") || (toks[i]?.text === "'" || toks[i]?.text === "’");

  const proper = lex.proper.findAll(toks, (m) => acceptProper(toks, m.from, m.to, m.value));
  const sentenceHasMeeting = toks.some((t) => MEETING_WORDS.has(t.normal));
  const sentenceCountries = proper.flatMap((m) =>
    m.value.kind === "country" || m.value.kind === "demonym" || m.value.kind === "capital" ? [m.value.entry.id] : [],
  );

  // 1. Lexicon hits that stand alone.
  const titleHits: { from: number; to: number; entries: TitleEntry[] }[] = [];
  const appositive: { from: number; to: number; entries: TitleEntry[] }[] = [];
  for (const m of proper) {
    const v = m.value;
    const sp = span(m.from, m.to);
    const possessive = possessiveAt(m.to);
    switch (v.kind) {
      case "country":
        take({ ...sp, type: "country", key: `country:${v.entry.id}`, label: v.entry.label, source: "lexicon:country", country: v.entry.id, possessive, modifier: isModifier(toks, m.to) });
        break;
      case "demonym":
        take({ ...sp, type: "country", key: `country:${v.entry.id}`, label: v.entry.label, source: "lexicon:demonym", country: v.entry.id, modifier: true });
        break;
      case "capital": {
        const prev = toks[m.from - 1]?.normal ?? "";
        const locative = LOCATIVE_PREPS.has(prev) && !possessive;
        // "travel to Washington", "a message from Beijing": the government, not the city
        const venueOf = !possessive && VENUE_NOUNS.has(toks[m.to]?.normal ?? "");
        if (venueOf) {
          take({ ...sp, type: "place", key: `place:${slug(sp.text)}`, label: sp.text, source: "lexicon:capital-venue", country: v.entry.id });
        } else if (!locative) {
          take({ ...sp, type: "country", key: `country:${v.entry.id}`, label: v.entry.label, source: "lexicon:capital", country: v.entry.id, possessive, modifier: isModifier(toks, m.to) });
        } else if (sentenceHasMeeting) {
          take({ ...sp, type: "place", key: `place:${slug(sp.text)}`, label: sp.text, source: "lexicon:capital-venue", country: v.entry.id });
        } else {
          for (let i = m.from; i < m.to; i++) taken[i] = true; // a city in passing: not a node
        }
        break;
      }
      case "agency": {
        const entry = pickAgency(v.entries, toks, m.from, m.to, proper, ctx, sentenceCountries);
        take({ ...sp, type: entry.type ?? "agency", key: `agency:${entry.id}`, label: entry.label, source: "lexicon:agency", country: entry.country, possessive });
        break;
      }
      case "organization":
        take({ ...sp, type: "organization", key: `organization:${v.entry.id}`, label: v.entry.label, source: "lexicon:organization", country: v.entry.country, possessive });
        break;
      case "person":
        take({ ...sp, type: "person", key: `person:${v.entry.id}`, label: v.entry.label, source: "lexicon:person", country: v.entry.country, possessive });
        break;
      case "city":
        take({ ...sp, type: "place", key: `place:${slug(v.name)}`, label: v.name, source: "lexicon:city" });
        break;
      case "title":
        titleHits.push({ from: m.from, to: m.to, entries: v.entries });
        for (let i = m.from; i < m.to; i++) taken[i] = true;
        break;
    }
  }

  // 1b. "the Ministry of Commerce of China": the country that places a body is part of its name.
  for (const m of [...out]) {
    if (m.type !== "agency" || toks[m.to]?.normal !== "of") continue;
    const c = out.find((x) => x.type === "country" && x.from === m.to + 1 && x.country === m.country);
    if (!c) continue;
    out.splice(out.indexOf(c), 1);
    Object.assign(m, { ...span(m.from, c.to), label: m.label, possessive: c.possessive });
  }

  // 2. Titles: "Commerce Secretary Howard Lutnick", "Vice-Premier He", "the ministry's chief
  // trade negotiator, Li Chenggang", and "Kevin Hassett, director of ...".
  for (const t of titleHits) {
    let at = t.to;
    // "Vice Premier of the State Council He Lifeng": the body named after the title.
    const bodyAfter = out.find((m) => m.from >= at && m.from <= at + 2 && (m.type === "agency" || m.type === "organization") && ["of", "the"].includes(toks[at]?.normal ?? ""));
    if (bodyAfter) at = bodyAfter.to;
    // "Prime Minister of the State Council of China Ly Cuong"
    const ofCountry = toks[at]?.normal === "of" ? out.find((m) => m.from === at + 1 && m.type === "country") : undefined;
    if (ofCountry) at = ofCountry.to;
    if (toks[at]?.text === ",") at++;
    const existing = out.find((m) => m.from === at && m.type === "person");
    if (existing) {
      attachTitle(existing, t, text, toks);
      continue;
    }
    const name = nameAt(toks, at, taken, 4, true);
    if (name) {
      const m = personMention(text, toks, at, name, lex, ctx, "title-name");
      attachTitle(m, t, text, toks);
      take(m);
    } else appositive.push(t);
  }

  // 3. Honorifics: "Mr. Lutnick", "Ms Kathleen Brooks".
  toks.forEach((tok, i) => {
    if (!HONORIFICS.has(tok.normal)) return;
    const existing = out.find((m) => m.from === i + 1 && m.type === "person");
    if (existing) return;
    const name = nameAt(toks, i + 1, taken, 4, true);
    if (name) take(personMention(text, toks, i + 1, name, lex, ctx, "honorific-name"));
  });

  // 3b. Institutions named "X of Y and Z": "Chinese Academy of International Trade and Economic
  // Cooperation", "Federation of Indian Export Organisations". The head word types the name.
  const freeOrDemonym = (k: number): boolean => !taken[k] || out.some((m) => m.from <= k && m.to > k && m.type === "country" && !m.possessive && (m.source === "lexicon:demonym" || m.source === "lexicon:country"));
  for (let i = 0; i < toks.length; i++) {
    if (!freeOrDemonym(i) || !isCapitalised(toks[i])) continue;
    let j = i;
    let last = i;
    while (j < toks.length && j - i < 12) {
      const t = toks[j] as Token;
      if (!freeOrDemonym(j)) break;
      if (isCapitalised(t) && /^\p{L}/u.test(t.text) && !NOT_NAMES.has(t.normal)) last = j;
      else if (!(INSTITUTION_JOINERS.has(t.normal) && isCapitalised(toks[j + 1]) && freeOrDemonym(j + 1))) break;
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
    if (last - i < 2) continue;
    const words = toks.slice(i, last + 1).filter((t) => isCapitalised(t)).map((t) => t.text);
    const heads = [words[0] ?? "", words[1] ?? "", words[words.length - 1] ?? ""];
    const gov = heads.some((h) => GOV_HEADS.has(h));
    const org = heads.some((h) => ORG_HEADS.has(h) || INSTITUTION_HEADS.has(h));
    if (!gov && !org) continue;
    if (!toks.slice(i, last + 1).some((t) => INSTITUTION_JOINERS.has(t.normal))) continue; // plain sequences: step 4
    for (const m of out.filter((x) => x.from >= i && x.to <= last + 1)) out.splice(out.indexOf(m), 1);
    for (let k = i; k <= last; k++) taken[k] = false;
    const seq = span(i, last + 1);
    take({ ...seq, type: gov ? "agency" : "organization", key: `${gov ? "agency" : "organization"}:${slug(seq.text)}`, label: seq.text, source: "proper:institution", possessive: possessiveAt(last + 1) });
    i = last;
  }

  // 3c. An acronym the document defined: "Federation of Indian Export Organisations (FIEO)".
  for (let i = 0; i < toks.length; i++) {
    const def = ctx.acronyms?.get(toks[i]?.text ?? "");
    if (!def || taken[i]) continue;
    take({ ...span(i, i + 1), type: def.type, key: def.key, label: def.label, country: def.country, source: "acronym", possessive: possessiveAt(i + 1) });
  }

  // 4. Capitalised sequences typed by context.
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !isCapitalised(toks[i])) continue;
    const len = nameAt(toks, i, taken, 6);
    if (!len) continue;
    const last = toks[i + len - 1];
    const seq = span(i, i + len);
    const next = toks[i + len];
    const prev = toks[i - 1];
    if (last && (GOV_HEADS.has(last.text) || ORG_HEADS.has(last.text)) && len >= 2) {
      const gov = GOV_HEADS.has(last.text);
      take({ ...seq, type: gov ? "agency" : "organization", key: `${gov ? "agency" : "organization"}:${slug(seq.text)}`, label: seq.text, source: "proper:org-head", possessive: possessiveAt(i + len) });
      i += len - 1;
      continue;
    }
    if (last && lex.venueHeads.has(last.text) && len >= 2) {
      take({ ...seq, type: "place", key: `place:${slug(seq.text)}`, label: seq.text, source: "proper:venue" });
      i += len - 1;
      continue;
    }
    // "Embraer chief executive Francisco Gomes Neto", "Australian Grape & Wine chief executive X":
    // a name right before a company title is the company
    const orgTitle = titleHits.find((h) => h.from === i + len && h.entries.some((e) => e.function === "organization" && e.rank === "head"));
    if (orgTitle && !looksLikePerson(toks, i, len)) {
      // reach back over "&" and a leading demonym: "Australian Grape & Wine"
      let st = i;
      while (st > 0 && (toks[st - 1]?.text === "&" || (isCapitalised(toks[st - 1]) && !NOT_NAMES.has(toks[st - 1]?.normal ?? "") && (!taken[st - 1] || out.some((m) => m.to === st && m.source === "lexicon:demonym"))))) st--;
      if (toks[st]?.text === "&") st++;
      for (const m of out.filter((x) => x.from >= st && x.to <= i)) out.splice(out.indexOf(m), 1);
      for (let k = st; k < i; k++) taken[k] = false;
      const org = span(st, i + len);
      take({ ...org, type: "organization", key: `organization:${slug(org.text)}`, label: org.text, source: "proper:before-company-title" });
      i += len - 1;
      continue;
    }
    // "executive director of CitrusBR", "an economist at SEB": a name after a role and "of"/"at"
    if (prev && ["of", "at", "with"].includes(prev.normal) && (ROLE_NOUNS.has(toks[i - 2]?.normal ?? "") || titleHits.some((h) => h.to === i - 1)) && len <= 4) {
      const gov = last !== undefined && GOV_HEADS.has(last.text);
      take({ ...seq, type: gov ? "agency" : "organization", key: `${gov ? "agency" : "organization"}:${slug(seq.text)}`, label: seq.text, source: "proper:after-role" });
      i += len - 1;
      continue;
    }
    // "FIEO president S C Ralhan": an unknown acronym heading a role is an organisation
    if (len === 1 && /^\p{Lu}{2,6}$/u.test(toks[i]?.text ?? "") && next && ORG_ROLE_WORDS.has(next.normal)) {
      take({ ...seq, type: "organization", key: `organization:${slug(seq.text)}`, label: seq.text, source: "proper:acronym-role" });
      continue;
    }
    if (prev && ORG_DESCRIPTORS.has(prev.normal) && !isCapitalised(prev)) {
      take({ ...seq, type: "organization", key: `organization:${slug(seq.text)}`, label: seq.text, source: "proper:org-descriptor", possessive: possessiveAt(i + len) });
      i += len - 1;
      continue;
    }
    if (next && ORG_DESCRIPTORS.has(next.normal) && toks[i - 1]?.normal === "the") {
      take({ ...seq, type: "organization", key: `organization:${slug(seq.text)}`, label: seq.text, source: "proper:org-descriptor", possessive: possessiveAt(i + len) });
      i += len - 1;
      continue;
    }
    if (looksLikePerson(toks, i, len)) {
      take(personMention(text, toks, i, len, lex, ctx, "proper:person-context"));
      i += len - 1;
    }
  }

  // 5. Surnames of people this document has named in full, and distinctive surnames of public
  // figures ("Trump said", "Xi told Trump").
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !isCapitalised(toks[i])) continue;
    const tok = toks[i] as Token;
    if (NOT_NAMES.has(tok.normal) || isCapitalised(toks[i + 1]) && !possessiveAt(i + 1)) continue;
    const m = surnameMention(text, toks, i, 1, lex, ctx, "surname");
    if (m && !m.surname) take(m);
  }

  // 4b. Titles after a name: "Kevin Hassett, director of the National Economic Council".
  for (const t of appositive) {
    // skip back over "a former", "Japan's", "the Commission's", "senior"
    let j = t.from - 1;
    let former = false;
    for (let steps = 0; j >= 0 && steps < 6 && toks[j]?.text !== ","; steps++) {
      const w = toks[j] as Token;
      const m = out.find((x) => x.to === j + 1 && x.type !== "person");
      if (w.normal === "former" || w.normal === "ex") former = true;
      if (m) j = m.from - 1;
      else if (/^['’][sS]?$/.test(w.text) || /^\p{Ll}/u.test(w.text)) j--;
      else break;
    }
    if (former || toks[j]?.text !== ",") continue;
    const person = out.find((m) => m.type === "person" && m.to === j && !m.titles);
    if (person) attachTitle(person, t, text, toks);
  }

  // 5b. "the Trump administration", "the Biden administration": a government named for its head.
  for (const m of [...out]) {
    if (m.type !== "person" || m.surname || toks[m.to]?.normal !== "administration") continue;
    const name = m.label.split(/\s+/);
    const surname = (m.country && ["cn", "tw", "hk", "kr", "vn"].includes(m.country) ? name[0] : name[name.length - 1]) ?? m.text;
    out.splice(out.indexOf(m), 1);
    take({ ...span(m.from, m.to + 1), type: "agency", key: `agency:${slug(m.label)}-administration`, label: `${surname} administration`, source: "proper:administration", country: m.country, possessive: possessiveAt(m.to + 1) });
  }

  // 6. Delegations: "the US delegation", "China's negotiating team", "the Chinese side",
  // "the negotiation team of Japan".
  for (let i = 0; i < toks.length; i++) {
    const head = toks[i];
    if (!head || !DELEGATION_HEADS.has(head.normal) || head.normal === "side" || taken[i] || toks[i + 1]?.normal !== "of") continue;
    const owner = out.find((m) => m.type === "country" && m.from === i + 2 && !m.modifier);
    if (!owner?.country) continue;
    const country = lex.countries.get(owner.country) as CountryEntry;
    let from = i;
    while (from > 0 && ["negotiating", "negotiation", "trade"].includes(toks[from - 1]?.normal ?? "")) from--;
    out.splice(out.indexOf(owner), 1);
    take({ ...span(from, owner.to), type: "agency", key: delegationKey(country.id), label: `${country.label} delegation`, source: "delegation", country: country.id });
  }
  for (let i = 0; i < toks.length; i++) {
    const head = toks[i];
    if (!head || !DELEGATION_HEADS.has(head.normal) || taken[i]) continue;
    let j = i - 1;
    while (j >= 0 && ["negotiating", "negotiation", "trade", "official", "high-level", "senior", "own"].includes(toks[j]?.normal ?? "")) j--;
    if (possessiveAt(j)) j--;
    const owner = out.find((m) => m.type === "country" && m.to === j + 1);
    if (!owner || !owner.country) continue;
    if (toks[owner.from - 1]?.normal === "two") continue;
    // "the US-China trade teams": both sides, not one delegation
    if (toks[owner.from - 1]?.text === "-" && out.some((m) => m.type === "country" && m.to === owner.from - 1)) continue;
    const country = lex.countries.get(owner.country) as CountryEntry;
    out.splice(out.indexOf(owner), 1);
    take({ ...span(owner.from, i + 1), type: "agency", key: delegationKey(country.id), label: `${country.label} delegation`, source: "delegation", country: country.id });
  }

  // 7. Goods and measure words.
  const insideName = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (/^\p{L}/u.test(toks[i]?.text ?? "") && !isCapitalised(toks[i])) return false;
    return (from > 0 && isCapitalised(toks[from - 1])) || isCapitalised(toks[to]);
  };
  for (const m of lex.common.findAll(toks, (mm) => free(mm.from, mm.to) && !insideName(mm.from, mm.to))) {
    const v: CommonHit = m.value;
    const sp = span(m.from, m.to);
    if (v.kind === "commodity") {
      take({ ...sp, type: "commodity", key: `commodity:${v.entry.id}`, label: v.entry.label, source: "lexicon:commodity", parent: v.entry.parent });
    } else {
      take({ ...sp, type: "measure", key: `kind:${v.entry.id}`, label: v.entry.label, source: "lexicon:measure", measureKind: v.entry.id });
    }
  }

  // 7a. "Chinese goods", "U.S. imports", "Russian oil": a generic good is a different thing for
  // each origin, so it becomes "<origin> goods"; specific goods ("American steel") stay as they are.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    const owner = out.find((m) => m.type === "country" && m.to === i && (m.modifier || m.source === "lexicon:demonym") && !m.possessive);
    if (!owner?.country) continue;
    const good = out.find((m) => m.from === i && m.type === "commodity");
    let generic = good ? ORIGIN_GOODS.get(good.key.slice(10)) : !taken[i] ? ORIGIN_NOUNS.get(t.normal) : undefined;
    let end = good ? good.to : i + 1;
    // "American industrial goods", "U.S. farm products": one or two qualifiers before the noun
    if (!generic && !good) {
      for (let k = i; k < i + 3 && k < toks.length; k++) {
        const w = toks[k] as Token;
        const bareGoods = out.find((m) => m.from === k && m.key === "commodity:goods");
        if ((taken[k] && !bareGoods) || !/^\p{Ll}/u.test(w.text)) break;
        const head = ORIGIN_NOUNS.get(w.normal) ?? (bareGoods ? { id: "goods", label: "goods" } : undefined);
        if (head && k > i) {
          if (bareGoods) out.splice(out.indexOf(bareGoods), 1);
          const words = toks.slice(i, k + 1).map((x) => x.normal).join(" ");
          generic = { id: slug(words.replace(/products|imports|merchandise/, "goods")), label: words.replace(/products|imports|merchandise/, "goods") };
          end = k + 1;
          break;
        }
        if (w.pos !== "ADJ" && w.pos !== "NOUN") break;
      }
    }
    if (!generic) continue;
    const ce = lex.countries.get(owner.country);
    if (!ce) continue;
    const demonym = ce.demonyms.find((d) => /^\p{Lu}\p{Ll}/u.test(d) && !d.endsWith("s")) ?? ce.label;
    if (good) out.splice(out.indexOf(good), 1);
    out.splice(out.indexOf(owner), 1);
    for (let k = owner.to; k < end; k++) taken[k] = false;
    take({ ...span(owner.from, end), type: "commodity", key: `commodity:${ce.id}-${generic.id}`, label: `${demonym} ${generic.label}`, source: "origin-goods" });
  }

  // "goods from China", "imports of Brazil": the origin after the noun
  for (let i = 0; i < toks.length - 2; i++) {
    const t = toks[i] as Token;
    const good = out.find((m) => m.from === i && m.type === "commodity");
    const generic = good ? ORIGIN_GOODS.get(good.key.slice(10)) : !taken[i] ? ORIGIN_NOUNS.get(t.normal) : undefined;
    const end = good ? good.to : i + 1;
    if (!generic || !["from", "of"].includes(toks[end]?.normal ?? "")) continue;
    const owner = out.find((m) => m.type === "country" && m.from === end + 1 && !m.possessive);
    const ce = owner?.country ? lex.countries.get(owner.country) : undefined;
    if (!owner || !ce) continue;
    const demonym = ce.demonyms.find((d) => /^\p{Lu}\p{Ll}/u.test(d) && !d.endsWith("s")) ?? ce.label;
    if (good) out.splice(out.indexOf(good), 1);
    out.splice(out.indexOf(owner), 1);
    for (let k = i; k < owner.to; k++) taken[k] = false;
    take({ ...span(i, owner.to), type: "commodity", key: `commodity:${ce.id}-${generic.id}`, label: `${demonym} ${generic.label}`, source: "origin-goods" });
  }

  // "goods" with no origin says nothing a reader could look up: no node
  for (const m of [...out]) {
    if (m.type === "commodity" && m.key === "commodity:goods") out.splice(out.indexOf(m), 1);
  }

  // 7b. "the ministry", "the Commission": the body of that kind this document named last.
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (taken[i] || toks[i - 1]?.normal !== "the" || !BODY_NOUNS.has(t.normal)) continue;
    if (isCapitalised(toks[i + 1]) || toks[i + 1]?.normal === "of") continue;
    const ref = ctx.recentBodies?.get(t.normal);
    if (!ref) continue;
    take({ ...span(i - 1, i + 1), type: ref.type, key: ref.key, label: ref.label, country: ref.country, source: "anaphor", possessive: possessiveAt(i + 1) });
  }
  for (const m of out) {
    if (m.type !== "agency" && m.type !== "organization") continue;
    for (const w of m.label.toLowerCase().split(/[^a-z]+/)) if (BODY_NOUNS.has(w)) ctx.recentBodies?.set(w, m);
  }

  // Acronyms defined in brackets after a body's name, for later sentences.
  for (const m of out) {
    if ((m.type !== "agency" && m.type !== "organization") || toks[m.to]?.text !== "(" || toks[m.to + 2]?.text !== ")") continue;
    const a = toks[m.to + 1]?.text ?? "";
    if (/^\p{Lu}[\p{Lu}&-]{1,7}$/u.test(a)) ctx.acronyms?.set(a, m);
  }

  // 8. "the brandy measures", "anti-dumping measures": a generic noun of measure after a good or
  // a trade adjective.
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (taken[i] || !GENERIC_MEASURE_NOUNS.has(t.normal)) continue;
    const prev = out.find((m) => m.to === i && m.type === "commodity");
    const adj = TRADE_ADJECTIVES.has(toks[i - 1]?.normal ?? "");
    // "the ban on gallium exports", "its ban"
    const determined = (t.normal === "ban" || t.normal === "bans") && ["the", "its", "their", "a", "this", "that"].includes(toks[i - 1]?.normal ?? "");
    if (!prev && !adj && !determined) continue;
    const from = adj && !determined ? i - 1 : i;
    const kind = toks[i - 1]?.normal === "anti-dumping" || toks[i - 1]?.normal === "dumping" ? "anti-dumping-duties" : "trade-measures";
    take({ ...span(from, i + 1), type: "measure", key: `kind:${kind}`, label: adj ? `${toks[i - 1]?.normal} ${t.normal}` : t.normal, source: "generic-measure", measureKind: kind });
  }

  out.sort((a, b) => a.from - b.from || b.to - a.to);
  return out;
}

/** Generic goods that an origin makes into a distinct good, by lexicon id. */
const ORIGIN_GOODS = new Map([
  ["goods", { id: "goods", label: "goods" }],
  ["consumer-goods", { id: "consumer-goods", label: "consumer goods" }],
  ["industrial-goods", { id: "industrial-goods", label: "industrial goods" }],
  ["agricultural-products", { id: "farm-goods", label: "farm goods" }],
  ["oil", { id: "oil", label: "oil" }],
]);
/** Nouns that, after an origin, mean its goods: "Chinese imports", "U.S. products". */
const ORIGIN_NOUNS = new Map([
  ["imports", { id: "goods", label: "goods" }],
  ["products", { id: "goods", label: "goods" }],
  ["merchandise", { id: "goods", label: "goods" }],
]);
const INSTITUTION_JOINERS = new Set(["of", "for", "and", "&", "on", "de"]);
const INSTITUTION_HEADS = new Set(["Academy", "Federation", "Association", "Chamber", "Confederation", "Society", "Forum", "Council", "Institute", "Center", "Centre", "Foundation", "School", "University", "College", "Organisation", "Organization", "Organisations", "Organizations", "Federations", "Alliance", "Coalition", "Union", "Fund", "Bank", "Agency", "Office", "Board", "Commission", "Committee", "Authority"]);
const ORG_ROLE_WORDS = new Set(["president", "chairman", "chairwoman", "chair", "chief", "ceo", "director", "spokesperson", "spokesman", "spokeswoman", "head", "secretary-general", "founder"]);
const BODY_NOUNS = new Set(["ministry", "commission", "department", "council", "agency", "bureau", "office", "court", "administration"]);
const GENERIC_MEASURE_NOUNS = new Set(["measures", "measure", "duties", "probe", "investigation", "restrictions", "curbs", "ban", "bans"]);
const TRADE_ADJECTIVES = new Set(["anti-dumping", "antidumping", "anti-subsidy", "countervailing", "retaliatory", "protectionist", "discriminatory", "punitive", "trade", "reciprocal", "dumping", "subsidy", "restrictive"]);


/** A country name followed by a noun it modifies ("US tariffs", "China trade"). */
function isModifier(toks: Token[], to: number): boolean {
  const next = toks[to];
  if (next === undefined || !/^\p{Ll}/u.test(next.text) || TIME_NOUNS.has(next.normal)) return false;
  // "US officials pressed Beijing": the state acting through its people
  if (ACTING_NOUNS.has(next.normal)) return false;
  if (next.pos === "NOUN") return true;
  // "U.S. semiconductor export curbs", but not "Washington last year"
  const after = toks[to + 1];
  return next.pos === "ADJ" && after !== undefined && after.pos === "NOUN" && /^\p{Ll}/u.test(after.text) && !TIME_NOUNS.has(after.normal);
}

const ACTING_NOUNS = new Set(["officials", "official", "negotiators", "authorities", "government", "leaders", "diplomats", "lawmakers", "regulators", "envoys", "ministers", "policymakers"]);
const TIME_NOUNS = new Set(["year", "week", "month", "day", "time", "morning", "evening", "night", "weekend", "last", "next", "this"]);

function acceptProper(toks: Token[], from: number, to: number, v: ProperHit): boolean {
  // One word that starts a longer capitalised name is part of that name, not the entity it would
  // be alone: "Washington Post", "Treasury Wine Estates", "China Daily". A following title or
  // known name ("US President", "China Vice Premier") does not count.
  if (to - from !== 1 || !["capital", "country", "agency", "organization"].includes(v.kind)) return true;
  const next = toks[to];
  if (!next || !/^\p{Lu}\p{Ll}/u.test(next.text) || next.pos !== "PROPN") return true;
  return lexiconIndex().proper.matchesAt(toks, to).length > 0;
}

function pickAgency(
  entries: AgencyEntry[],
  toks: Token[],
  from: number,
  to: number,
  proper: { from: number; to: number; value: ProperHit }[],
  ctx: SentenceContext,
  sentenceCountries: string[],
): AgencyEntry {
  if (entries.length === 1) return entries[0] as AgencyEntry;
  const inCountry = (c: string | undefined) => entries.find((e) => e.country === c);
  // "China's Commerce Ministry", "the Chinese Ministry of Commerce"
  let j = from - 1;
  if (/^['’][sS]?$/.test(toks[j]?.text ?? "")) j--;
  const before = proper.find((m) => m.to === j + 1 && (m.value.kind === "country" || m.value.kind === "demonym"));
  if (before && "entry" in before.value) {
    const hit = inCountry((before.value.entry as CountryEntry).id);
    if (hit) return hit;
  }
  // "Ministry of Commerce of China"
  const after = proper.find((m) => m.from === to + 1 && toks[to]?.normal === "of" && (m.value.kind === "country"));
  if (after && "entry" in after.value) {
    const hit = inCountry((after.value.entry as CountryEntry).id);
    if (hit) return hit;
  }
  for (const c of [...sentenceCountries, ...ctx.docCountries()]) {
    const hit = inCountry(c);
    if (hit) return hit;
  }
  return entries[0] as AgencyEntry;
}

/**
 * Length of a personal name starting at `at` (capitalised words, particles), or 0. After a title
 * or honorific a name may start with a word that is otherwise a pronoun: "Vice Premier He Lifeng".
 */
function nameAt(toks: Token[], at: number, taken: boolean[], max = 4, afterTitle = false): number {
  let len = 0;
  while (len < max) {
    const t = toks[at + len];
    if (!t || taken[at + len]) break;
    const pronounSurname = afterTitle && len === 0 && PRONOUN_SURNAMES.has(t.text) && isCapitalised(toks[at + 1]);
    if (isCapitalised(t) && /^\p{L}/u.test(t.text) && (!NOT_NAMES.has(t.normal) || pronounSurname)) {
      len++;
      continue;
    }
    if (len > 0 && NAME_PARTICLES.has(t.text) && isCapitalised(toks[at + len + 1])) {
      len++;
      continue;
    }
    if (len > 0 && (t.text === "-" || t.text === ".") && isCapitalised(toks[at + len + 1]) && toks[at + len + 1]?.start === t.end) {
      len++;
      continue;
    }
    break;
  }
  return len;
}

function looksLikePerson(toks: Token[], i: number, len: number): boolean {
  if (len < 2 || len > 4) return false;
  const prev = toks[i - 1];
  const next = toks[i + len];
  const after = toks[i + len + 1];
  // "trade expert William Reinsch", "analyst Jane Doe"
  if (prev && ROLE_NOUNS.has(prev.normal) && !isCapitalised(prev)) return true;
  // "William Reinsch said", "said Kathleen Brooks"
  if (next && SPEECH_VERBS.has(next.normal)) return true;
  if (prev && SPEECH_VERBS.has(prev.normal)) return true;
  // "Kelly Ann Shaw, a former White House trade adviser", "Ian Bremmer, president of"
  if (next?.text === ",") {
    for (let k = i + len + 1; k < Math.min(toks.length, i + len + 8); k++) {
      const t = toks[k];
      if (!t || t.text === "," || t.text === ".") break;
      if (ROLE_NOUNS.has(t.normal)) return true;
    }
    if (after && ["a", "an", "the"].includes(after.normal) === false && ROLE_NOUNS.has(after.normal)) return true;
  }
  return false;
}

function personMention(
  text: string,
  toks: Token[],
  at: number,
  len: number,
  lex: LexiconIndex,
  ctx: SentenceContext,
  source: MentionSource,
): SentenceMention {
  const m = surnameMention(text, toks, at, len, lex, ctx, source);
  if (m) return m;
  const start = toks[at]?.start ?? 0;
  const end = toks[at + len - 1]?.end ?? start;
  const name = text.slice(start, end);
  const possessive = /^['’][sS]$/.test(toks[at + len]?.text ?? "");
  return { from: at, to: at + len, start, end, text: name, type: "person", key: `person:${slug(name)}`, label: name, source, possessive };
}

/**
 * A one-word name that is the surname of someone the document or the lexicon knows. Returns a
 * resolved mention, or one with `surname` set when it must wait for the whole document.
 */
function surnameMention(
  _text: string,
  toks: Token[],
  at: number,
  len: number,
  lex: LexiconIndex,
  ctx: SentenceContext,
  source: MentionSource,
): SentenceMention | undefined {
  if (len !== 1) return undefined;
  const tok = toks[at] as Token;
  const possessive = /^['’][sS]$/.test(toks[at + 1]?.text ?? "");
  const base = { from: at, to: at + 1, start: tok.start, end: tok.end, text: tok.text, type: "person" as const, source, possessive };
  const inDoc = ctx.docSurnames.get(tok.normal) ?? [];
  if (inDoc.length === 1) {
    const p = inDoc[0] as { key: string; label: string; country?: string };
    return { ...base, key: p.key, label: p.label, country: p.country };
  }
  const known = lex.surnames.get(tok.normal) ?? [];
  if (inDoc.length === 0 && known.length === 1 && tok.text.length >= 2) {
    const p = known[0];
    if (p) return { ...base, key: `person:${p.id}`, label: p.label, country: p.country };
  }
  if (source === "surname") return undefined;
  return { ...base, key: `person:?${tok.normal}`, label: tok.text, surname: tok.normal };
}

function attachTitle(m: SentenceMention, t: { from: number; to: number; entries: TitleEntry[] }, text: string, toks: Token[]): void {
  m.titles = t.entries;
  m.titleFrom = t.from;
  m.titleTo = t.to;
  m.titleText = text.slice(toks[t.from]?.start ?? 0, toks[t.to - 1]?.end ?? 0);
}

