// Small readers of names shared by the mention finders: where a personal name ends, whether a
// capitalised sequence looks like a person, which of several same-named bodies the sentence means,
// and how a surname the document or lexicon knows becomes that person.

import type { AgencyEntry, CountryEntry } from "../../lexicon/types.ts";
import type { Token } from "../../model/types.ts";
import { slug } from "../../text/fold.ts";
import { ACTING_NOUNS, NAME_PARTICLES, NOT_NAMES, PRONOUN_SURNAMES, ROLE_NOUNS, SPEECH_VERBS, TIME_NOUNS } from "../../text/words.ts";
import { lexiconIndex, type ProperHit } from "../lexicon-index.ts";
import type { PhraseMatch } from "../phrase-matcher.ts";
import type { MentionState, TitleHit } from "./state.ts";
import type { MentionSource, SentenceContext, SentenceMention } from "./types.ts";

export const isCapitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);

/** A country name followed by a noun it modifies ("US tariffs", "China trade"). */
export function isModifier(toks: readonly Token[], to: number): boolean {
  const next = toks[to];
  if (next === undefined || !/^\p{Ll}/u.test(next.text) || TIME_NOUNS.has(next.normal)) return false;
  // "US officials pressed Beijing": the state acting through its people
  if (ACTING_NOUNS.has(next.normal)) return false;
  if (next.pos === "NOUN") return true;
  // "U.S. semiconductor export curbs", but not "Washington last year"
  const after = toks[to + 1];
  return next.pos === "ADJ" && after !== undefined && after.pos === "NOUN" && /^\p{Ll}/u.test(after.text) && !TIME_NOUNS.has(after.normal);
}

export function acceptProper(toks: readonly Token[], from: number, to: number, v: ProperHit): boolean {
  // One word that starts a longer capitalised name is part of that name, not the entity it would
  // be alone: "Washington Post", "Treasury Wine Estates", "China Daily". A following title or
  // known name ("US President", "China Vice Premier") does not count.
  if (to - from !== 1 || !["capital", "country", "agency", "organization"].includes(v.kind)) return true;
  const next = toks[to];
  if (!next || !/^\p{Lu}\p{Ll}/u.test(next.text) || next.pos !== "PROPN") return true;
  // "the Kosovo Government": the state's government is the state
  if (v.kind === "country" && (next.normal === "government" || next.normal === "governments")) return true;
  return lexiconIndex().proper.matchesAt(toks, to).length > 0;
}

/** The body a name many states share means here: by a country before or after it, then the sentence's, then the article's. */
export function pickAgency(entries: AgencyEntry[], st: MentionState, from: number, to: number, docCountries: () => string[]): AgencyEntry {
  if (entries.length === 1) return entries[0] as AgencyEntry;
  const toks = st.toks;
  const proper: readonly PhraseMatch<ProperHit>[] = st.proper;
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
  const after = proper.find((m) => m.from === to + 1 && toks[to]?.normal === "of" && m.value.kind === "country");
  if (after && "entry" in after.value) {
    const hit = inCountry((after.value.entry as CountryEntry).id);
    if (hit) return hit;
  }
  for (const c of [...st.sentenceCountries, ...docCountries()]) {
    const hit = inCountry(c);
    if (hit) return hit;
  }
  return entries[0] as AgencyEntry;
}

/**
 * Length of a personal name starting at `at` (capitalised words, particles), or 0. After a title
 * or honorific a name may start with a word that is otherwise a pronoun: "Vice Premier He Lifeng".
 */
/** Second halves of hyphenated adjectives, which end a name rather than continue it. */
const COMPOUND_SUFFIX = /^(?:\p{Ll}+ed|made|run|born|era|style|wide|like|free|held|old|bound|proof|only|long|term|year|led|owned)$/u;

const OPEN_QUOTES = new Set(['"', "“"]);
const CLOSE_QUOTES = new Set(['"', "”"]);

/**
 * A name without the nickname quoted inside it: 'Enggartiasto "Enggar" Lukita' -> "Enggartiasto
 * Lukita". Double quotes only, between spaces: apostrophes belong to names ("Ma'ruf").
 */
export function withoutNickname(name: string): string {
  return name.replace(/\s["“][^"”\s]+["”]\s/gu, " ").trim();
}

export function nameAt(st: MentionState, at: number, max: number, afterTitle = false): number {
  const toks = st.toks;
  let len = 0;
  let limit = max;
  while (len < limit) {
    const t = toks[at + len];
    if (!t || st.isTaken(at + len)) break;
    // ... also after a comma: "Ferdinand R. Marcos, Jr."
    if (len > 1 && t.text === "," && /^(?:Jr|Sr)$/.test(toks[at + len + 1]?.text ?? "") && toks[at + len + 2]?.text === ".") {
      len += 3;
      break;
    }
    // a generational suffix ends the name: "Ferdinand Marcos Jr.", "Henry Ford III"
    if (len > 1 && /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(t.text) && toks[at + len - 1]?.text !== ",") {
      len++;
      if (toks[at + len]?.text === "." && toks[at + len]?.start === t.end && !t.text.endsWith(".")) len++;
      break;
    }
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
    // a hyphenated given name's lower-case half: "Chang Tun-han", "Moon Jae-in"
    // (not a compound adjective: "Nogales-based", "Chinese-made", "state-run")
    const half = toks[at + len + 1]?.text ?? "";
    if (len > 0 && t.text === "-" && t.start === toks[at + len - 1]?.end && /^\p{Ll}{1,6}$/u.test(half) && !COMPOUND_SUFFIX.test(half) && toks[at + len + 1]?.start === t.end) {
      len += 2;
      limit += 2;
      continue;
    }
    // a nickname in quotes between the names: 'Enggartiasto "Enggar" Lukita'
    if (len > 0 && OPEN_QUOTES.has(t.text) && isCapitalised(toks[at + len + 1]) && CLOSE_QUOTES.has(toks[at + len + 2]?.text ?? "") && isCapitalised(toks[at + len + 3])) {
      len += 3;
      limit += 3;
      continue;
    }
    // a middle initial: "Ferdinand R. Marcos", "Howard W. Lutnick"
    if (len > 0 && t.text === "." && /^\p{Lu}$/u.test(toks[at + len - 1]?.text ?? "") && isCapitalised(toks[at + len + 1]) && /^\p{L}/u.test(toks[at + len + 1]?.text ?? "")) {
      len++;
      limit += 2; // the initial and its full stop do not use up the name's length
      continue;
    }
    break;
  }
  return len;
}

/** A role noun or verb of speech next to it, or a role in an apposition: a person, not a body. */
export function looksLikePerson(toks: readonly Token[], i: number, len: number): boolean {
  if (len < 2 || len > 4) return false;
  const prev = toks[i - 1];
  const next = toks[i + len];
  const after = toks[i + len + 1];
  // "trade expert William Reinsch", "analyst Jane Doe"
  if (prev && ROLE_NOUNS.has(prev.normal) && !isCapitalised(prev)) return true;
  // "the president and CEO of Harley-Davidson, Jochen Zeitz,", "his counterpart, leftist Gustavo Petro,":
  // a role just before, then a comma (and perhaps one word that describes the person)
  let c = i - 1;
  if (toks[c] && /^\p{Ll}+$/u.test(toks[c]?.text ?? "") && toks[c - 1]?.text === ",") c--;
  if (toks[c]?.text === "," && next && [",", ".", ";"].includes(next.text)) {
    for (let k = c - 1; k >= 0 && c - k <= 6; k--) {
      const t = toks[k] as Token;
      if (t.text === "," || t.text === "." || t.text === ";") break;
      if (ROLE_NOUNS.has(t.normal) && (!isCapitalised(t) || /^\p{Lu}+$/u.test(t.text))) return true;
    }
  }
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

export function personMention(st: MentionState, at: number, len: number, source: MentionSource, docSurnames: SentenceContext["docSurnames"]): SentenceMention {
  const m = surnameMention(st, at, len, source, docSurnames);
  if (m) return m;
  const toks = st.toks;
  const start = toks[at]?.start ?? 0;
  const end = toks[at + len - 1]?.end ?? start;
  const name = st.text.slice(start, end);
  const label = withoutNickname(name);
  const possessive = /^['’][sS]$/.test(toks[at + len]?.text ?? "");
  return { from: at, to: at + len, start, end, text: name, type: "person", key: `person:${slug(label)}`, label, source, possessive };
}

/**
 * A one-word name that is the surname of someone the document or the lexicon knows. Returns a
 * resolved mention, or one with `surname` set when it must wait for the whole document.
 */
export function surnameMention(st: MentionState, at: number, len: number, source: MentionSource, docSurnames: SentenceContext["docSurnames"]): SentenceMention | undefined {
  if (len !== 1) return undefined;
  const toks = st.toks;
  const tok = toks[at] as Token;
  const possessive = /^['’][sS]$/.test(toks[at + 1]?.text ?? "");
  const base = { from: at, to: at + 1, start: tok.start, end: tok.end, text: tok.text, type: "person" as const, source, possessive };
  const inDoc = docSurnames.get(tok.normal) ?? [];
  if (inDoc.length === 1) {
    const p = inDoc[0] as { key: string; label: string; country?: string };
    return { ...base, key: p.key, label: p.label, country: p.country };
  }
  const known = st.lex.surnames.get(tok.normal) ?? [];
  if (inDoc.length === 0 && known.length === 1 && tok.text.length >= 2) {
    const p = known[0];
    if (p) return { ...base, key: `person:${p.id}`, label: p.label, country: p.country };
  }
  if (source === "surname") return undefined;
  return { ...base, key: `person:?${tok.normal}`, label: tok.text, surname: tok.normal };
}

export function attachTitle(st: MentionState, m: SentenceMention, t: TitleHit): void {
  m.titles = t.entries;
  m.titleFrom = t.from;
  m.titleTo = t.to;
  m.titleText = st.text.slice(st.toks[t.from]?.start ?? 0, st.toks[t.to - 1]?.end ?? 0);
}
