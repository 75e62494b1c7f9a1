// Longest-match lookup of multi-word names over a sentence's tokens.
//
// Names are tokenised the way sentences are, so "rare-earth" and "rare earth" are one name
// (hyphens between words are skipped on both sides). Case follows the name: an all-capitals
// token (US, EU, NEC) matches only itself, a capitalised token needs a capital in the text
// ("China" but not "china"), and a lower-case token matches any case — unless the whole phrase
// is marked case-insensitive (commodities and measure words, which sit mid-sentence).

import type { Token } from "../model/types.ts";
import { tokenize } from "./sentences.ts";

export interface PhraseMatch<T> {
  /** Index of the first and one past the last token in the sentence. */
  from: number;
  to: number;
  value: T;
}

interface Pattern<T> {
  words: string[];
  shapes: Shape[];
  value: T;
}

type Shape = "upper" | "capital" | "any";

function shapeOf(word: string, caseSensitive: boolean): Shape {
  if (!caseSensitive) return "any";
  const letters = word.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return "upper";
  if (/^\p{Lu}/u.test(letters)) return "capital";
  return "any";
}

function isJoiner(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    t !== undefined &&
    (t.text === "-" || t.text === "‑" || t.text === "–") &&
    prev !== undefined &&
    next !== undefined &&
    prev.end === t.start &&
    t.end === next.start
  );
}

// A sentence's word list is asked for once per name lookup; keep it per token array (sentences do not
// change after ingest), so looking up names at many positions stays linear.
const wordCache = new WeakMap<readonly Token[], { token: Token; index: number }[]>();

/** Word tokens of a text with joining hyphens dropped. */
function words(tokens: readonly Token[]): { token: Token; index: number }[] {
  const hit = wordCache.get(tokens);
  if (hit) return hit;
  const out: { token: Token; index: number }[] = [];
  tokens.forEach((token, index) => {
    if (!isJoiner(tokens, index)) out.push({ token, index });
  });
  wordCache.set(tokens, out);
  return out;
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Pattern<T>[]>();

  add(name: string, value: T, opts: { caseSensitive?: boolean } = {}): void {
    const caseSensitive = opts.caseSensitive ?? true;
    const toks = words(tokenize(name)).map((w) => w.token);
    if (toks.length === 0) return;
    const pattern: Pattern<T> = {
      words: toks.map((t) => t.normal),
      shapes: toks.map((t) => shapeOf(t.text, caseSensitive)),
      value,
    };
    const first = pattern.words[0] as string;
    const list = this.byFirst.get(first) ?? [];
    list.push(pattern);
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
  }

  /** Non-overlapping longest matches, left to right. */
  findAll(tokens: readonly Token[], accept?: (m: PhraseMatch<T>) => boolean): PhraseMatch<T>[] {
    const ws = words(tokens);
    const out: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < ws.length) {
      const m = this.matchAt(ws, i, accept);
      if (m) {
        out.push(m.match);
        i += m.length;
      } else i++;
    }
    return out;
  }

  /** All patterns that match starting at token index `at` (longest first). */
  matchesAt(tokens: readonly Token[], at: number): PhraseMatch<T>[] {
    const ws = words(tokens);
    const start = ws.findIndex((w) => w.index === at);
    if (start < 0) return [];
    const first = ws[start]?.token.normal ?? "";
    const out: PhraseMatch<T>[] = [];
    for (const p of this.byFirst.get(first) ?? []) {
      if (this.fits(ws, start, p)) {
        const last = ws[start + p.words.length - 1];
        out.push({ from: at, to: (last?.index ?? at) + 1, value: p.value });
      }
    }
    return out;
  }

  private matchAt(
    ws: { token: Token; index: number }[],
    i: number,
    accept?: (m: PhraseMatch<T>) => boolean,
  ): { match: PhraseMatch<T>; length: number } | undefined {
    const first = ws[i]?.token.normal ?? "";
    for (const p of this.byFirst.get(first) ?? []) {
      if (!this.fits(ws, i, p)) continue;
      const head = ws[i];
      const last = ws[i + p.words.length - 1];
      if (!head || !last) continue;
      const match = { from: head.index, to: last.index + 1, value: p.value };
      if (accept && !accept(match)) continue;
      return { match, length: p.words.length };
    }
    return undefined;
  }

  private fits(ws: { token: Token; index: number }[], i: number, p: Pattern<T>): boolean {
    for (let k = 0; k < p.words.length; k++) {
      const w = ws[i + k];
      if (!w || w.token.normal !== p.words[k]) return false;
      const shape = p.shapes[k];
      if (shape === "upper" && w.token.text !== w.token.text.toUpperCase()) return false;
      if (shape === "capital" && !/^\p{Lu}/u.test(w.token.text)) return false;
    }
    return true;
  }
}
