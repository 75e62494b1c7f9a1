// The workspace the mention finders share for one sentence: the mentions found so far, which tokens
// they cover, and the lexicon's proper-name hits. Finders run in a fixed order (finders.ts); a later
// finder may replace what an earlier one found (an institution's full name over the country word
// inside it), always through `take` / `remove` / `release` here, never by editing the arrays.

import type { TitleEntry } from "../../lexicon/types.ts";
import type { Sentence, Token } from "../../model/types.ts";
import { MEETING_WORDS } from "../../text/words.ts";
import { lexiconIndex, type LexiconIndex, type ProperHit } from "../lexicon-index.ts";
import type { PhraseMatch } from "../phrase-matcher.ts";
import type { ExtractSettings } from "../settings.ts";
import { acceptProper } from "./names.ts";
import type { SentenceMention } from "./types.ts";

export interface TitleHit {
  from: number;
  to: number;
  entries: TitleEntry[];
}

/** Lexicon proper-name hits per sentence's tokens (and the lexicon they came from). */
const PROPER_HITS = new WeakMap<readonly Token[], { lex: LexiconIndex; hits: readonly PhraseMatch<ProperHit>[] }>();

export class MentionState {
  readonly toks: readonly Token[];
  readonly lex: LexiconIndex;
  /** Mentions found so far, in the order found. */
  readonly out: SentenceMention[] = [];
  private readonly taken: boolean[];
  /** Lexicon proper-name hits (countries, bodies, people, titles, cities), longest first. */
  readonly proper: readonly PhraseMatch<ProperHit>[];
  /** Titles the lexicon found, for the title finders. */
  readonly titleHits: TitleHit[] = [];
  /** Titles with no name after them: maybe a title after a name ("X, Japan's trade minister"). */
  readonly appositives: TitleHit[] = [];
  readonly sentenceHasMeeting: boolean;
  /** Country ids the sentence names, for bodies whose name many states share. */
  readonly sentenceCountries: readonly string[];

  constructor(
    readonly text: string,
    sentence: Sentence,
    readonly settings: ExtractSettings,
  ) {
    this.toks = sentence.tokens;
    this.lex = lexiconIndex();
    this.taken = new Array<boolean>(this.toks.length).fill(false);
    // the document is read twice (context, then mentions): the lexicon's hits depend on the tokens alone
    const cached = PROPER_HITS.get(this.toks);
    this.proper = cached && cached.lex === this.lex ? cached.hits : this.lex.proper.findAll(this.toks, (m) => acceptProper(this.toks, m.from, m.to, m.value));
    if (!cached || cached.lex !== this.lex) PROPER_HITS.set(this.toks, { lex: this.lex, hits: this.proper });
    this.sentenceHasMeeting = this.toks.some((t) => MEETING_WORDS.has(t.normal));
    this.sentenceCountries = this.proper.flatMap((m) =>
      m.value.kind === "country" || m.value.kind === "demonym" || m.value.kind === "capital" ? [m.value.entry.id] : [],
    );
  }

  get length(): number {
    return this.toks.length;
  }

  isTaken(i: number): boolean {
    return this.taken[i] === true;
  }

  /** Adds a mention and marks its tokens as taken. */
  take(m: SentenceMention): void {
    this.mark(m.from, m.to);
    this.out.push(m);
  }

  /** Marks tokens as used without a mention (a city in passing, a title). */
  mark(from: number, to: number): void {
    for (let i = from; i < to; i++) this.taken[i] = true;
  }

  /** Frees tokens so a longer mention can take them. */
  release(from: number, to: number): void {
    for (let i = from; i < to; i++) this.taken[i] = false;
  }

  /** Drops a mention found earlier (its tokens stay taken unless released). */
  remove(m: SentenceMention): void {
    const i = this.out.indexOf(m);
    if (i >= 0) this.out.splice(i, 1);
  }

  /** Puts `next` where `prev` was, keeping the order mentions were found in. */
  replace(prev: SentenceMention, next: SentenceMention): void {
    const i = this.out.indexOf(prev);
    if (i >= 0) this.out[i] = next;
  }

  free(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.taken[i]) return false;
    return true;
  }

  span(from: number, to: number): { from: number; to: number; start: number; end: number; text: string } {
    const start = this.toks[from]?.start ?? 0;
    const end = this.toks[to - 1]?.end ?? start;
    return { from, to, start, end, text: this.text.slice(start, end) };
  }

  possessiveAt(i: number): boolean {
    return /^['’][sS]?$/.test(this.toks[i]?.text ?? "");
  }

  /** The mentions sorted as the relation rules read them: by start, longest first. */
  sorted(): SentenceMention[] {
    return [...this.out].sort((a, b) => a.from - b.from || b.to - a.to);
  }
}
