// A read-only view of one sentence for the relation rules: its tokens, its mentions indexed by
// token, the measure phrases parsed from them, and the small clause-level questions every rule asks
// (is this a subject? where does the clause end? is there a time adverbial here?).

import type { Sentence, Token } from "../../model/types.ts";
import { ACTING_NOUNS, ADVERBS, AUX, DESTINATION_PREPS, LIFT_PARTICLES, LIFT_VERBS, MODALS, MONTH_ABBREVIATIONS, MONTH_NAMES, SPEECH_VERBS, TIME_UNITS, WEEKDAYS } from "../../text/words.ts";
import { AGENT_TYPES, type SentenceMention } from "../mentions/types.ts";
import type { ExtractSettings } from "../settings.ts";
import { analyse, type Structure } from "../structure.ts";
import type { DerivedEntity, MeasurePhrase } from "./types.ts";

const CLAUSE_BREAKS = new Set([";", ":", "but", "while", "although", "whereas", "—", "(", ")"]);
const MONTHS = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);

/** Bodies a leader's possessive stands for: "his administration", "her government". */
const GOVERNMENT_NOUNS = new Set(["administration", "government", "cabinet"]);

export class SentenceScope {
  readonly toks: readonly Token[];
  private readonly at: (SentenceMention | undefined)[];
  private parsed: readonly MeasurePhrase[] = [];
  private parsedStructure: Structure | undefined;
  /** The person the sentences before named last, for "he" and "she". */
  previousPerson: SentenceMention | undefined;
  /** The state or body the sentences before last had as a main clause's subject (for "it"). */
  previousSubjectState: SentenceMention | undefined;
  /** The goods the sentences before named last, for "the commodity" (set before measures are parsed). */
  previousGoods: readonly SentenceMention[] = [];
  /** The measure on goods the sentence before stated, if it stated one. */
  previousMeasure: { kind: string; kindLabel: string; imposer?: SentenceMention } | undefined;
  /** The goods lists read so far in this sentence have named these. */
  readonly goodsRead: SentenceMention[] = [];

  constructor(
    readonly text: string,
    sentence: Sentence,
    readonly mentions: readonly SentenceMention[],
    readonly settings: ExtractSettings,
    /** Records an entity a claim needs that no mention names; returns its key. */
    readonly derive: (e: DerivedEntity) => string,
  ) {
    this.toks = sentence.tokens;
    this.at = new Array<SentenceMention | undefined>(this.toks.length).fill(undefined);
    for (const m of mentions) for (let i = m.from; i < m.to; i++) this.at[i] = m;
  }

  /** The sentence's measure phrases, in order; set once when the scope is built. */
  get measures(): readonly MeasurePhrase[] {
    return this.parsed;
  }

  withMeasures(measures: readonly MeasurePhrase[]): this {
    this.parsed = measures;
    return this;
  }

  get length(): number {
    return this.toks.length;
  }

  tok(i: number): Token | undefined {
    return this.toks[i];
  }

  norm(i: number): string {
    return this.toks[i]?.normal ?? "";
  }

  mentionAt(i: number): SentenceMention | undefined {
    return this.at[i];
  }

  isAgent(m: SentenceMention | undefined): m is SentenceMention {
    // a country that qualifies a noun ("U.S. goods", "Chinese suppliers") is not acting
    return m !== undefined && AGENT_TYPES.has(m.type) && !(m.type === "country" && m.modifier === true && !m.possessive);
  }

  isClauseBreak(i: number): boolean {
    return CLAUSE_BREAKS.has(this.norm(i));
  }

  /** Auxiliaries, modals and adverbs: the words between a subject and its verb. */
  isVerbChainWord(i: number): boolean {
    const n = this.norm(i);
    return AUX.has(n) || MODALS.has(n) || ADVERBS.has(n);
  }

  /**
   * The subject of a verb at `i + 1`: the nearest agent to the left within the clause, looking
   * past an apposition ("The Netherlands, home to ... ASML, has required") and across a shared
   * subject ("Canada will remove X but will keep Y").
   */
  agentLeft(i: number, opts: { maxGap?: number; exclude?: SentenceMention } = {}): SentenceMention | undefined {
    const maxGap = opts.maxGap ?? this.settings.subjectWindow;
    let k = i;
    while (k >= 0 && this.isVerbChainWord(k)) k--;
    if (this.norm(k) === ",") {
      // an apposition closes right before the verb: its opening comma follows the subject
      for (let q = k - 1; q >= 0 && k - q <= this.settings.appositionWindow; q--) {
        if (this.isClauseBreak(q)) break;
        if (this.norm(q) === ",") {
          const m = this.mentionAt(q - 1);
          if (this.isAgent(m) && m !== opts.exclude) return m;
          break;
        }
      }
    }
    for (k = i; k >= 0 && i - k <= maxGap; k--) {
      const n = this.norm(k);
      if ((n === "but" || n === "and") && (MODALS.has(this.norm(k + 1)) || AUX.has(this.norm(k + 1)) || this.tok(k + 1)?.pos === "VERB")) continue;
      if (this.isClauseBreak(k)) return undefined;
      const m = this.mentionAt(k);
      // a state goods go to or come from is no subject ("permits for exporting to South Korea ... since
      // tightening controls", "imports from Tennessee, Malaysia ... The kingdom has banned")
      if (m && this.isPlaceObject(m)) {
        k = m.from;
        continue;
      }
      if (this.isAgent(m) && m !== opts.exclude) return m;
    }
    return undefined;
  }

  /**
   * Actors coordinated before `m` as one subject with it ("Hungary and Slovakia introduced", "Poland,
   * Hungary(,) and Slovakia banned"): mentions of its type in a list that closes with "and"/"or" right
   * before it ("Following talks with Poland, Hungary introduced" is no list).
   */
  coordinatedBefore(m: SentenceMention): SentenceMention[] {
    let k = m.from - 1;
    if (this.norm(k) !== "and" && this.norm(k) !== "or") return [];
    if (this.norm(k - 1) === ",") k--;
    const out: SentenceMention[] = [];
    for (;;) {
      const prev = this.mentionAt(k - 1);
      if (!this.isAgent(prev) || prev.type !== m.type || prev.possessive || prev.key === m.key) break;
      out.push(prev);
      k = prev.from - 1;
      if (this.norm(k) !== ",") break;
    }
    return out;
  }

  /**
   * A mention governed by a preposition of where to or from, alone or in a list ("from Tennessee,
   * Malaysia"); not one a verb follows ("After a row over exports to Ukraine, Poland banned ...": Poland
   * is the subject).
   */
  private isPlaceObject(m: SentenceMention): boolean {
    let k = m.from - 1;
    // ("for Kenya to stop charging the levy": the subject of an infinitive)
    if (this.norm(k) === "for" && this.norm(m.to) === "to") return false;
    if (DESTINATION_PREPS.has(this.norm(k))) return true;
    let j = m.to;
    while (j < this.length && this.isVerbChainWord(j)) j++;
    if (this.tok(j)?.pos === "VERB") return false;
    for (let steps = 0; steps < 4 && (this.norm(k) === "," || this.norm(k) === "and" || this.norm(k) === "or"); steps++) {
      const prev = this.mentionAt(k - 1);
      // (a place the lexicon does not hold, "from Tennessee, Malaysia")
      if (!prev && this.tok(k - 1)?.pos === "PROPN") {
        k -= 2;
        continue;
      }
      if (!prev) break;
      k = prev.from - 1;
    }
    return DESTINATION_PREPS.has(this.norm(k));
  }

  /** The sentence's chunks and clauses (src/extract/structure.ts), built on first use. */
  get structure(): Structure {
    this.parsedStructure ??= analyse(this.toks);
    return this.parsedStructure;
  }

  /**
   * "He also banned the export of spirits": a he/she subject is the person named last, in this
   * sentence or, else, before it (placed on the pronoun, for the evidence).
   */
  /** "his administration", "her government" as the verb's subject: the person's state (see personPronounSubject). */
  ownGovernmentSubject(v: number): SentenceMention | undefined {
    const subject = this.structure.subjectOf(v);
    const head = subject ? this.tok(subject.head) : undefined;
    if (!subject || !head || !GOVERNMENT_NOUNS.has(head.normal) || !["his", "her"].includes(this.norm(subject.head - 1))) return undefined;
    return this.personPronounSubject(v);
  }

  personPronounSubject(v: number): SentenceMention | undefined {
    const subject = this.structure.subjectOf(v);
    const head = subject ? this.tok(subject.head) : undefined;
    // ("his administration", "her government": the person's, and so their state's)
    const theirs = head !== undefined && GOVERNMENT_NOUNS.has(head.normal) && ["his", "her"].includes(this.norm(subject!.head - 1));
    if (!subject || !head || !(head.normal === "he" || head.normal === "she" || theirs)) return undefined;
    // ("Lula, asked about Milei, said his government had banned ...": in what a person says, "his" is
    // the speaker, not the last person named)
    let q = subject.from - 1;
    while (q >= 0 && (this.norm(q) === "that" || this.norm(q) === ",")) q--;
    const speaker = theirs && SPEECH_VERBS.has(this.norm(q)) ? this.subjectAgent(q) : undefined;
    const person = (speaker?.type === "person" ? speaker : undefined) ?? this.lastPersonBefore(theirs ? subject.head - 1 : subject.head) ?? this.previousPerson;
    if (theirs && speaker && speaker.type !== "person") return undefined;
    if (theirs && !person?.country) return undefined;
    return person ? { ...person, from: subject.head, to: subject.head + 1 } : undefined;
  }

  /**
   * "It banned exports of bauxite": the state (or a state's body) that an earlier main clause had as
   * its subject, for a verb whose subject is "it", when "it" is the sentence's first noun phrase (after
   * another, "The company said it halted exports", it most likely stands for that one).
   */
  statePronounSubject(v: number): SentenceMention | undefined {
    const subject = this.structure.subjectOf(v);
    const head = subject ? this.tok(subject.head) : undefined;
    if (!subject || !head || head.normal !== "it" || subject.to - subject.from !== 1) return undefined;
    // (the sentence's first noun phrase: "The company said it halted exports" has its own antecedent)
    // (a fronted phrase's object does not count: "In June, it banned ...")
    if (this.structure.chunks.find((c) => c.kind === "NP" && this.tok(c.from - 1)?.pos !== "ADP") !== subject) return undefined;
    const state = this.previousSubjectState;
    return state ? { ...state, from: subject.head, to: subject.head + 1 } : undefined;
  }

  /**
   * The subject of the sentence's first main-clause verb: the state or state body it is (`state`), or
   * null when it is something else ("Cargill said ..."), so an earlier state no longer stands for "it";
   * undefined when the structure finds no subject.
   */
  mainSubjectState(): SentenceMention | null | undefined {
    for (const c of this.structure.chunks) {
      if (c.kind !== "VG" || this.structure.clauseAt(c.head) !== 0) continue;
      if (!this.structure.subjectOf(c.head)) return undefined;
      const m = this.subjectAgent(c.head);
      return m && (m.type === "country" || (m.type === "agency" && m.country !== undefined)) ? m : null;
    }
    return undefined;
  }

  /**
   * The agent that is the subject of the verb at `v`, by the sentence's structure: the actor heading
   * the verb's subject noun phrase ("The Indian Government, infuriated by Washington's refusal,
   * imposed ..." -> the Indian government, not Washington). Undefined when the structure finds no
   * subject or one that is no actor; `agentLeft` is the token-window reading rules fall back on.
   */
  subjectAgent(v: number): SentenceMention | null | undefined {
    const subject = this.structure.subjectOf(v);
    if (!subject) return undefined;
    const head = this.tok(subject.head);
    // a pronoun stands for someone the structure cannot name: the caller's own reading decides
    if (!head || head.pos === "PRON") return undefined;
    // the actor that heads the phrase ("the Chinese Commerce Ministry")
    const m = this.mentionAt(subject.head);
    // (a state named as where goods come from or go to is no subject, whatever the chunks say; unless
    // a relative clause stands for it: "the ban on flour from Tanzania, which will remove ...")
    const clause = this.structure.clauses[this.structure.clauseAt(v)];
    const antecedent = clause?.kind === "relative" && clause.antecedent?.head === subject.head;
    if (this.isAgent(m) && (antecedent || !this.isPlaceObject(m))) return m;
    // "the Indian government", "Chinese authorities": the state whose government it is
    if (ACTING_NOUNS.has(head.normal) || head.normal === "government" || head.normal === "governments") {
      for (let k = subject.from; k < subject.head; k++) {
        const c = this.mentionAt(k);
        if (c?.type === "country") return { ...c, modifier: false };
      }
    }
    // a subject that is no actor ("the new rules", "Washington's refusal"): nobody here
    return null;
  }

  /**
   * The actor of the verb at `v`: its subject by the structure, else the nearest actor to the left;
   * when the structure found a subject that is no actor in a clause of its own ("the agreement that
   * had set minimum prices", "after a majority of E.U. countries approved duties", "its invasion of
   * Ukraine, which expands its ban"), the actor to the left is taken only from inside that clause.
   */
  actorOfVerb(v: number): SentenceMention | undefined {
    const bySubject = this.subjectAgent(v);
    if (bySubject) return bySubject;
    const left = this.agentLeft(v - 1) ?? this.personPronounSubject(v) ?? this.statePronounSubject(v);
    const clause = this.structure.clauses[this.structure.clauseAt(v)];
    return bySubject === null && clause && clause.kind !== "main" && left && left.from < clause.from ? undefined : left;
  }

  lastPersonBefore(k: number): SentenceMention | undefined {
    return [...this.mentions].reverse().find((m) => m.type === "person" && m.to <= k && !m.surname);
  }

  /** The nearest main verb at or before `j` in the clause (the first conjunct of "X and Y"). */
  previousVerb(j: number): number | undefined {
    for (let q = j; q >= 0 && j - q <= this.settings.coordinatedVerbWindow; q--) {
      if (this.isClauseBreak(q) || this.norm(q) === ",") return undefined;
      const t = this.tok(q) as Token;
      if ((t.pos === "VERB" || LIFT_VERBS.has(t.normal)) && !this.mentionAt(q)) return q;
    }
    return undefined;
  }

  /** Length of a time adverbial ending at `j` ("last week", "on Tuesday", "in April", "earlier this month"), or 0. */
  timeAdverbialEndingAt(j: number): number {
    const n = this.norm(j);
    const prev = this.norm(j - 1);
    if (["yesterday", "today", "earlier", "later", "recently", "previously", "again", "subsequently"].includes(n)) return 1;
    if (TIME_UNITS.has(n) && ["last", "next", "this", "that", "same", "the"].includes(prev)) {
      return this.norm(j - 2) === "earlier" || this.norm(j - 2) === "later" ? 3 : 2;
    }
    if ((WEEKDAYS.has(n) || MONTHS.has(n)) && ["on", "in", "since", "last", "this"].includes(prev)) return 2;
    if (this.tok(j)?.pos === "NUM" && MONTHS.has(prev) && ["on", "in", "since"].includes(this.norm(j - 2))) return 3;
    if (this.tok(j)?.pos === "NUM" && ["in", "since"].includes(prev)) return 2;
    return 0;
  }

  /** Token `k` is inside the title of a person mention ("Minister of Commerce" in "Minister of Commerce X"). */
  inTitle(k: number): boolean {
    return this.mentions.some((m) => m.type === "person" && m.titleFrom !== undefined && m.titleTo !== undefined && k >= m.titleFrom && k < m.titleTo);
  }

  /** Between a subject and its verb: modals, adverbs, or a comma-delimited participle phrase. */
  onlyParticipialBetween(a: number, b: number): boolean {
    if (b - a <= 2) return true;
    if (this.norm(a) !== ",") return false;
    for (let k = a + 1; k < b; k++) {
      const t = this.tok(k) as Token;
      if (this.isClauseBreak(k) || t.text === ".") return false;
      if (t.pos === "VERB" && !/(ed|en)$/.test(t.normal)) return false;
    }
    return true;
  }

  onlyModifiersBetween(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const t = this.tok(k) as Token;
      if (t.pos === "VERB" && !/ed$/.test(t.normal)) return false;
      if ([";", ".", "that", "which", "if", "but", "to", "while", "whereas", "although", "though"].includes(t.normal)) return false;
    }
    return true;
  }

  /** A verb that ends or softens a measure ("lift", "roll back"), in a verb slot. */
  isLiftVerb(i: number): boolean {
    const t = this.tok(i);
    if (!t) return false;
    if (LIFT_PARTICLES.get(t.normal) === this.norm(i + 1)) return true;
    if (!LIFT_VERBS.has(t.normal)) return false;
    // ("the scrapping of the ban": a gerund after a determiner and before "of" is a noun, whose act
    // the lift-act rule reads)
    if (t.normal.endsWith("ing") && ["the", "a", "an", "its", "their", "this"].includes(this.norm(i - 1)) && this.norm(i + 1) === "of") return false;
    // "would lower its duties": wink tags some verbs as adjectives; a modal or "to" before them says verb
    const verbSlot = MODALS.has(this.norm(i - 1)) || this.norm(i - 1) === "to" || (ADVERBS.has(this.norm(i - 1)) && MODALS.has(this.norm(i - 2)));
    return t.pos === "VERB" || t.normal.endsWith("ing") || t.pos === "AUX" || verbSlot;
  }

  /** Any negator in tokens [from, to). */
  negatedBetween(from: number, to: number, negators: ReadonlySet<string>): boolean {
    for (let q = Math.max(0, from); q < to; q++) if (negators.has(this.norm(q))) return true;
    return false;
  }
}

/** Possessive "'s" or a bare apostrophe token. */
export const isPossessiveMark = (text: string | undefined): boolean => /^['’][sS]?$/.test(text ?? "");
