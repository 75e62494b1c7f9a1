// Sentences, tokens and parts of speech for a document (the first pipeline component).
//
// wink-nlp finds sentence boundaries and tags parts of speech; its tokeniser splits letters
// outside Latin-1 (Vietnamese "Lập" becomes three tokens), so the tokens we match on come from
// a Unicode-aware tokeniser of our own and take their POS from the wink token that covers them.
// Line breaks always end a sentence: after ingest a line is a paragraph or a heading.

import winkNLP, { type ItemSentence, type ItemToken } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Sentence, Token } from "../model/types.ts";
import { fold } from "../text/fold.ts";
import { gluedSeams } from "../text/glued.ts";
import { IMPOSE_VERBS, LIFT_VERBS, RESTRICT_VERBS } from "../text/words.ts";
import { DEFAULT_EXTRACT_SETTINGS } from "./settings.ts";

// sentence boundaries and parts of speech are all extraction reads: wink's default pipe also runs
// its entity recogniser, sentiment and negation (about a third of its own time in a profile, a tenth of extraction)
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

// Acronyms with dots (U.S., E.U.), common abbreviations with their dot, words (letters, marks
// and digits, with an inner apostrophe for O'Brien but not the possessive), the possessive
// suffix, and any other single non-space character.
const ABBREVIATIONS =
  "Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Maj|Adm|Amb|Prof|Pres|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Mt|Ft|vs|Messrs";
const TOKEN_RE = new RegExp(
  [
    String.raw`\p{N}+(?:[.,]\p{N}+)+`,
    String.raw`\p{L}(?:\.\p{L})+\.?`,
    String.raw`(?:${ABBREVIATIONS})\.(?=\s)`,
    String.raw`[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}](?<!['’][sS])[\p{L}\p{M}]*)*`,
    String.raw`['’][sS](?![\p{L}\p{M}])`,
    String.raw`[^\s]`,
  ].join("|"),
  "gu",
);

/** A token's comparison form: folded (text/fold.ts), with curly apostrophes made straight. */
export function normalizeToken(text: string): string {
  return fold(text).replace(/[’‘]/g, "'");
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = start;
  const slice = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    tokens.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      pos: "X",
      normal: normalizeToken(m[0]),
    });
  }
  return tokens;
}

/** Tokens cut at the seams of glued words: "previouslybanned" as "previously" and "banned". */
function unglue(tokens: Token[], seams: readonly number[]): Token[] {
  if (seams.length === 0) return tokens;
  const cut = new Set(seams);
  return tokens.flatMap((t) => {
    const at = [...cut].find((k) => k > t.start && k < t.end);
    if (at === undefined) return [t];
    const a = t.text.slice(0, at - t.start);
    const b = t.text.slice(at - t.start);
    return [
      { ...t, end: at, text: a, normal: normalizeToken(a) },
      { ...t, start: at, text: b, normal: normalizeToken(b) },
    ];
  });
}

interface WinkSpan {
  start: number;
  end: number;
  pos: string;
}

/**
 * Wink's tokens with character offsets (its tokenisation is lossless: spaces + values = text). Words
 * a scraper glued (src/text/glued.ts) are tagged as the words they are: wink reads the text with a
 * space at each seam, and its offsets are mapped back onto the text as given.
 */
function winkTokens(given: string, seams: readonly number[] = []): { tokens: WinkSpan[]; sentenceEnds: number[] } {
  let text = given;
  for (const at of [...seams].reverse()) text = `${text.slice(0, at)} ${text.slice(at)}`;
  // (an offset into the spaced text, back in the given one: less the spaces inserted before it)
  const back = (at: number): number => {
    let n = 0;
    while (n < seams.length && (seams[n] as number) + n < at) n++;
    return at - n;
  };
  const { tokens, sentenceEnds } = winkRead(text);
  return { tokens: tokens.map((t) => ({ ...t, start: back(t.start), end: back(t.end) })), sentenceEnds: sentenceEnds.map(back) };
}

function winkRead(text: string): { tokens: WinkSpan[]; sentenceEnds: number[] } {
  const doc = nlp.readDoc(text);
  const tokens: WinkSpan[] = [];
  let cursor = 0;
  doc.tokens().each((t: ItemToken) => {
    const value = t.out() as string;
    const spaces = t.out(its.precedingSpaces) as string;
    let at = cursor + spaces.length;
    if (text.slice(at, at + value.length) !== value) {
      const found = text.indexOf(value, cursor);
      at = found >= 0 ? found : at;
    }
    tokens.push({ start: at, end: at + value.length, pos: t.out(its.pos) as string });
    cursor = at + value.length;
  });
  const sentenceEnds: number[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const span = s.out(its.span) as unknown as [number, number];
    const last = tokens[span[1]];
    if (last) sentenceEnds.push(last.end);
  });
  return { tokens, sentenceEnds };
}

/** The third-person forms of the verbs that impose, restrict or lift ("bans", "curbs", "lifts"). */
const MEASURE_VERBS_3SG: ReadonlySet<string> = new Set([...RESTRICT_VERBS, ...IMPOSE_VERBS, ...LIFT_VERBS].filter((v) => /[^s]s$/.test(v)));

/** Lower-case abbreviations a capital may follow inside a sentence: "vs. China", "approx. US$2bn". */
const LOWER_ABBREVIATIONS = new Set(["vs", "cf", "approx", "est", "no", "nos", "al", "ca", "pp", "ed", "eds", "viz", "incl"]);

/** Splits a document's text into sentences with tokens, POS and offsets into that text. */
export function splitSentences(text: string, opts: { maxTokens?: number } = {}): Sentence[] {
  const maxTokens = opts.maxTokens ?? DEFAULT_EXTRACT_SETTINGS.maxSentenceTokens;
  const seams = gluedSeams(text, DEFAULT_EXTRACT_SETTINGS.gluedTokensMin);
  const { tokens: wink, sentenceEnds } = winkTokens(text, seams);
  // Boundaries: wink's sentence ends plus every line break.
  // wink ends a sentence inside "Canada-U.S." or after "U.S." before a lower-case word: keep only
  // ends followed by a space and something that can start a sentence.
  const bounds = new Set<number>(sentenceEnds.filter((b) => b >= text.length || (/\s/.test(text[b] ?? "") && !/^\s*\p{Ll}/u.test(text.slice(b, b + 3)))));
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) bounds.add(i);
  // wink takes "ore." for Oregon's abbreviation and reads on: a full stop after a lower-case word,
  // then a capital, ends a sentence unless the word is one of the few lower-case abbreviations
  for (const m of text.matchAll(/(?<![\p{L}.])(\p{Ll}{2,})\.(?=\s+["“‘]?\p{Lu})/gu)) {
    if (!LOWER_ABBREVIATIONS.has(m[1] as string)) bounds.add((m.index ?? 0) + (m[0] as string).length);
  }
  bounds.add(text.length);
  const cuts = [...bounds].sort((a, b) => a - b);

  const sentences: Sentence[] = [];
  let from = 0;
  let w = 0;
  for (const cut of cuts) {
    let s = from;
    let e = cut;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    from = cut;
    if (e <= s) continue;
    const tokens = unglue(tokenize(text, s, e), seams);
    if (tokens.length === 0) continue;
    for (const tok of tokens) {
      while (w < wink.length && (wink[w]?.end ?? 0) <= tok.start) w++;
      const cover = wink[w];
      if (cover && cover.start <= tok.start) tok.pos = cover.pos;
      else tok.pos = /^\p{Lu}/u.test(tok.text) ? "PROPN" : /^\p{L}/u.test(tok.text) ? "NOUN" : "PUNCT";
      // one wink token we cut in two, a lower-case word and its full stop ("ore." it took for
      // Oregon's abbreviation): a noun and a stop, not a name
      if (cover && cover.pos === "PROPN" && cover.start < tok.start && tok.text === ".") tok.pos = "PUNCT";
      else if (cover && cover.pos === "PROPN" && cover.end > tok.end && /^\p{Ll}+$/u.test(tok.text) && text[tok.end] === ".") tok.pos = "NOUN";
    }
    // "South Korea bans seafood imports": a verb of trade measures in -s that the tagger took for a
    // plural noun, between a name and what it governs, is the name's verb
    tokens.forEach((tok, k) => {
      const prev = tokens[k - 1];
      const next = tokens[k + 1];
      if (tok.pos !== "NOUN" || !/^\p{Ll}+s$/u.test(tok.text) || !MEASURE_VERBS_3SG.has(tok.text)) return;
      if (prev?.pos === "PROPN" && next && ["NOUN", "DET", "ADJ", "NUM", "PRON"].includes(next.pos)) tok.pos = "VERB";
    });
    // A "sentence" of thousands of words is a table, a list or a page without punctuation; cut it
    // into pieces so every later stage stays linear in the input (patterns look a bounded way
    // left and right of each word, but never across a whole document).
    for (let from = 0; from < tokens.length; from += maxTokens) {
      const part = tokens.slice(from, from + maxTokens);
      const first = part[0] as Token;
      const last = part[part.length - 1] as Token;
      sentences.push({ index: sentences.length, start: first.start, end: last.end, tokens: part });
    }
  }
  return sentences;
}
