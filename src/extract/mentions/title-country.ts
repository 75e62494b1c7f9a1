// Which of a titled person's candidate titles the sentence means, and so which state they act for:
// "US Treasury Secretary X" (a modifier before the title), "Vice Premier X" (a title only China
// uses), or the country the person is already known by. Runs after every finder, on the sentence's
// final mentions, and returns updated copies: the relation rules only read mentions.

import type { TitleEntry } from "../../lexicon/types.ts";
import { isAdjective } from "../../lexicon/wordnet.ts";
import { DEMAND_VERBS, DEPUTY_WORDS, FORMER_WORDS, MEETING_WORDS, PORTFOLIO_MINISTRIES, POSSESSIVE_PRONOUNS } from "../../text/words.ts";
import type { SentenceMention } from "./types.ts";

export function pickTitle(titles: readonly TitleEntry[], country: string | undefined): TitleEntry | undefined {
  if (country) {
    const exact = titles.find((t) => t.countries?.includes(country));
    if (exact) return exact;
    const open = titles.find((t) => !t.countries || t.countries.length === 0);
    if (open) return open;
    return undefined;
  }
  return titles.find((t) => t.countries?.length === 1) ?? titles[0];
}

/** Title functions that belong to a government, whose holder an article about one state most likely serves. */
// ("portfolio": a minister of a portfolio the lexicon does not list, read from the text)
const CABINET_FUNCTIONS: ReadonlySet<string> = new Set([...PORTFOLIO_MINISTRIES.keys(), "head-of-state", "head-of-government", "customs", "treasury", "portfolio"]);

/**
 * `articleCountry` is the state an article is about (src/extract/components.ts: one that holds most
 * of its country mentions): "Mines Minister X" with no country in the sentence serves that state.
 */
/**
 * Where a title's owner would stand: the token before the title, past a possessive mark and up to
 * two lower-case adjectives between them ("Ecuador's right-wing president", "Malaysia's new
 * commodities minister"); `isOwner` says whether a token there is one (else the token right before).
 */
export function titleOwnerAt(tokenTexts: readonly string[], pos: readonly (string | undefined)[], titleFrom: number, isOwner: (k: number) => boolean): number {
  const possessive = (k: number): number => (/^['’][sS]?$/.test(tokenTexts[k] ?? "") ? k - 1 : k);
  let k = titleFrom - 1;
  for (let n = 0; n < 2 && (/^\p{Ll}/u.test(tokenTexts[k] ?? "") || DEPUTY_WORDS.has((tokenTexts[k] ?? "").toLowerCase())); n++) {
    // ("Zimbabwe's Deputy Mines Minister": a deputy's word between the state and the title)
    if (pos[k] === "ADJ" || DEPUTY_WORDS.has((tokenTexts[k] ?? "").toLowerCase())) k--;
    // (a hyphened adjective the tokenizer split: "right - wing")
    else if (tokenTexts[k - 1] === "-" && isAdjective(`${tokenTexts[k - 2] ?? ""}-${tokenTexts[k] ?? ""}`)) k -= 3;
    else break;
  }
  if (k < titleFrom - 1 && isOwner(possessive(k))) return possessive(k);
  return possessive(titleFrom - 1);
}

/**
 * "Canadian Prime Minister Justin Trudeau met his Indian counterpart, Narendra Modi": a person named
 * after "<state> counterpart" holds the title of the titled person the sentence named before, in
 * that state. The word "counterpart" stands as the title (so the state before it is the title's).
 */
function counterpartTitle(p: SentenceMention, mentions: readonly SentenceMention[], tokenTexts: readonly string[]): SentenceMention | undefined {
  if (p.type !== "person" || p.titles) return undefined;
  const c = tokenTexts[p.from - 1] === "," ? p.from - 2 : p.from - 1;
  if (!/^counterparts?$/i.test(tokenTexts[c] ?? "")) return undefined;
  const state = mentions.find((m) => m.type === "country" && m.to === c);
  if (!state) return undefined;
  // (the titled person the sentence is about, not one a preposition brings in: "Kishida, speaking
  // after talks with President Joe Biden, said his Chinese counterpart ...")
  const titled = mentions.filter((m) => m.type === "person" && m.titles && m.titleText && m.to <= state.from);
  const governed = (m: SentenceMention): boolean => ["with", "to", "by", "from", "for", "and"].includes((tokenTexts[Math.min(m.from, m.titleFrom ?? m.from) - 1] ?? "").toLowerCase());
  const holder = titled.filter((m) => !governed(m)).at(-1) ?? (titled.length === 1 ? titled[0] : undefined);
  if (!holder?.titles) return undefined;
  return { ...p, titles: holder.titles, titleFrom: c, titleTo: c + 1, ...(holder.titleText ? { titleText: holder.titleText } : {}) };
}

/**
 * "Trade Minister Don Farrell, Foreign Minister Penny Wong and Agriculture Minister Murray Watt said":
 * titled people named in one list (joined by commas and "and" alone) serve one government, the one
 * any of them is known to serve when they agree. Returns the state of each listed person of none.
 */
function listStates(mentions: readonly SentenceMention[], tokenTexts: readonly string[]): Map<SentenceMention, string> {
  const out = new Map<SentenceMention, string>();
  // (not people who meet, "Agriculture Minister X and Trade Minister Y met", nor the parties to a
  // deal: "... signed the beef deal in Tokyo")
  if (tokenTexts.some((w) => MEETING_WORDS.has(w.toLowerCase()) || PARTY_WORDS.has(w.toLowerCase()))) return out;
  const people = mentions.filter((m) => m.type === "person" && m.titles && m.titleFrom !== undefined).sort((a, b) => a.from - b.from);
  let group: SentenceMention[] = [];
  const flush = (): void => {
    const states = new Set(group.flatMap((m) => (m.country ? [m.country] : [])));
    const [state] = [...states];
    if (group.length > 1 && states.size === 1 && state) for (const m of group) if (!m.country) out.set(m, state);
    group = [];
  };
  for (const m of people) {
    const prev = group.at(-1);
    const start = Math.min(m.from, m.titleFrom as number);
    const between = prev ? tokenTexts.slice(prev.to, start) : [];
    if (prev && between.length > 0 && between.length <= 2 && between.every((w) => w === "," || w.toLowerCase() === "and")) group.push(m);
    else {
      flush();
      group = [m];
    }
  }
  flush();
  return out;
}

/** Words of two sides agreeing. */
const PARTY_WORDS = new Set(["deal", "deals", "agreement", "agreements", "accord", "pact", "treaty", "signed", "sign", "signing", "between", "counterpart", "counterparts"]);

export function assignTitles(given: readonly SentenceMention[], tokenTexts: readonly string[], articleCountry?: string, pos: readonly (string | undefined)[] = []): SentenceMention[] {
  const mentions = given.map((p) => counterpartTitle(p, given, tokenTexts) ?? p);
  // the last mention over a token wins, as in the relation scope's index
  const index: (SentenceMention | undefined)[] = [];
  for (const m of mentions) for (let i = m.from; i < m.to; i++) index[i] = m;
  const at = (k: number): SentenceMention | undefined => (k >= 0 ? index[k] : undefined);
  const listed = listStates(mentions, tokenTexts);
  return mentions.map((p) => {
    if (p.type !== "person" || !p.titles || p.titleFrom === undefined || p.titleTo === undefined) return p;
    const before = at(titleOwnerAt(tokenTexts, pos, p.titleFrom, (k) => at(k)?.type === "country"));
    // ("US Commerce Secretary X", or after the title: "Minister of Agriculture of Poland X")
    const after = tokenTexts[p.titleTo] === "of" ? at(p.titleTo + (tokenTexts[p.titleTo + 1]?.toLowerCase() === "the" ? 2 : 1)) : undefined;
    const modCountry = (before?.type === "country" ? before.country : after?.type === "country" ? after.country : undefined) ?? listed.get(p);
    const title = pickTitle(p.titles, p.country ?? modCountry);
    if (!title) return p;
    // (not when the sentence names another state: "Agriculture Minister X reacted angrily to the
    // Russian ban ... against everything Georgian" may be either's minister)
    // or names an owner we cannot place: "Georgia's Agriculture Minister"
    // or an owner a pronoun stands for: "Its president, X" (a company's, a group's)
    const otherState = mentions.some((m) => m.type === "country" && m.country !== articleCountry) || /^['’][sS]?$/.test(tokenTexts[p.titleFrom - 1] ?? "") || POSSESSIVE_PRONOUNS.has((tokenTexts[p.titleFrom - 1] ?? "").toLowerCase());
    // nor when the sentence gives that state's holder as the other side: "Minister of Agriculture X,
    // in a tweet at his Kenyan counterpart" is not Kenya's minister
    const counterpart = mentions.some((m) => m.type === "country" && m.country === articleCountry && /^counterparts?$/i.test(tokenTexts[m.to] ?? ""));
    // nor when the sentence asks that state to act: "Textiles and Jute Minister X requested India to
    // lift the duty" is the minister of the state that asks, not of India
    const addressed = mentions.some((m) => m.type === "country" && m.country === articleCountry && m.from > p.to && DEMAND_VERBS.has((tokenTexts[m.from - 1] ?? "").toLowerCase()));
    const fromArticle = !title.countries?.length && CABINET_FUNCTIONS.has(title.function) && !otherState && !counterpart && !addressed ? articleCountry : undefined;
    // a cabinet title the lexicon gives one state ("Agriculture Secretary": the US), in an article
    // about another state that never names it, is that state's
    const foreignTitle = title.countries?.length === 1 && articleCountry !== undefined && title.countries[0] !== articleCountry && CABINET_FUNCTIONS.has(title.function) && !otherState && !mentions.some((m) => m.country === title.countries?.[0]);
    // (a capitalised word of no state before the title makes it another office: "US International
    // Trade Commissioner" is no EU commissioner, "Federal Trade Commissioner" none either)
    const word = (tokenTexts[p.titleFrom - 1] ?? "").toLowerCase();
    const qualified = p.titleFrom > 0 && /^\p{Lu}/u.test(tokenTexts[p.titleFrom - 1] ?? "") && pos[p.titleFrom - 1] === "PROPN" && at(p.titleFrom - 1) === undefined && !DEPUTY_WORDS.has(word) && !FORMER_WORDS.has(word) && !["acting", "interim", "new", "senior", "chief", "first"].includes(word);
    const country = p.country ?? modCountry ?? (qualified ? undefined : foreignTitle ? articleCountry : title.countries?.length === 1 ? title.countries[0] : fromArticle);
    return { ...p, title, ...(country ? { country } : {}) };
  });
}
