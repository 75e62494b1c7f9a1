// The contract between relation rules and the runner: what a rule is, what it may read and write,
// and what it produces. Rules see a read-only sentence scope, add claims through a sink that stamps
// their id, and touch shared state only through the slots they declare (checked by the compiler:
// a rule's `state` has only the slots it names).

import type { DerivedEntity } from "../../model/extraction.ts";
import type { EdgeType, Modality } from "../../model/types.ts";
import type { SentenceMention } from "../mentions/types.ts";
import type { ExtractSettings } from "../settings.ts";
import type { ClaimSink } from "./sink.ts";
import type { SentenceScope } from "./scope.ts";

/** Every relation rule, in the order the registry runs them. */
export const RULE_IDS = [
  "part-of-state",
  "title-holder",
  "role-apposition",
  "delegation-fronted",
  "led-by",
  "leads-relative",
  "who-heads",
  "lead-verb",
  "delegation-includes",
  "joins-delegation",
  "participants-were",
  "resume-flow",
  "lift-verb",
  "lift-passive",
  "lift-noun",
  "lift-act",
  "trade-complaint",
  "restrict-verb",
  "restrict-passive",
  "impose-verb",
  "impose-relative",
  "impose-passive",
  "cover-verb",
  "goods-face-measure",
  "placed-under",
  "falling-measure",
  "measure-phrase",
  "enacting-subject",
  "list-goes-on",
  "permits-withheld",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Rules that read the whole document rather than one sentence (src/extract/document/). */
export const DOCUMENT_RULE_IDS = ["implicit-imposer"] as const;
export type DocumentRuleId = (typeof DOCUMENT_RULE_IDS)[number];

export type { DerivedEntity };

export interface ClaimDraft {
  subject: string;
  predicate: EdgeType;
  object: string;
  /** Token span of the supporting words. */
  from: number;
  to: number;
  modality?: Modality;
  /** The rule that produced it. */
  rule: RuleId | DocumentRuleId;
  /** Later rules that found the same triple in the same sentence. */
  alsoBy?: RuleId[];
}

export interface SentenceRelations {
  claims: ClaimDraft[];
  derived: DerivedEntity[];
  /** Key of whoever says the sentence ("Hassett said ..."). */
  speaker?: string;
}

/** "China's export controls on rare earths, not on graphite": who, what kind, on which goods. */
export interface MeasurePhrase {
  readonly from: number;
  readonly to: number;
  readonly kind: string;
  readonly kindLabel: string;
  readonly imposer?: SentenceMention;
  /** "its", "their": the imposer is whoever the clause is about. */
  readonly imposerPronoun?: boolean;
  readonly goods: readonly SentenceMention[];
  /** Goods named after "not": restricted, but excluded from what the clause says is lifted. */
  readonly excluded: readonly SentenceMention[];
  /**
   * For a definite measure with no goods ("the current duties"), the goods of the measure of its kind
   * the article named last: what lifting it lifts (src/extract/relations/run.ts).
   */
  readonly referred?: readonly SentenceMention[];
  /** The one state that acted when the referred measure was named, whose measure it is. */
  readonly referredState?: string;
  readonly head: SentenceMention;
}

/** What a document has said so far that later sentences refer back to ("the controls", "he"). */
export interface DiscourseContext {
  /** The state or body behind the last measure attributed. */
  lastImposer?: SentenceMention;
  /** The state or body behind the last measure attributed that named goods ("the list includes ..."). */
  lastGoodsImposer?: SentenceMention;
  /** The last measure on goods this sentence stated (its kind and imposer), for a list the next sentence goes on with. */
  sentenceMeasure?: { kind: string; kindLabel: string; imposer?: SentenceMention };
  /** The last person named, for "he" and "she". */
  lastPerson?: SentenceMention;
  /** The last state or state body that was a main clause's subject, for "it" ("Indonesia ... It banned"). */
  lastSubjectState?: SentenceMention;
  /** The measures each imposer's key was last given (for a complaint that names the respondent only). */
  measuresBy?: Map<string, string[]>;
  /** The goods the last sentence that named any named (in its mentions or goods lists), for "the commodity". */
  lastGoods?: readonly SentenceMention[];
  /**
   * The goods the last measure of each kind restricted, for "the duties", "these curbs", with the
   * states acting in that sentence.
   */
  measureGoods?: Map<string, { goods: readonly SentenceMention[]; states: ReadonlySet<string> }>;
}

/**
 * State shared between the rules of one sentence (and, for `discourse`, between sentences):
 * - `claims`: what earlier rules (and this one) have claimed, read-only; added to only via the sink;
 * - `attributed`: measure phrases a verb rule has given an imposer, so `measure-phrase` skips them;
 * - `imposers`: imposers found outside a measure phrase ("Duties on X, imposed by Beijing, were
 *   removed"), which later rules see as that phrase's imposer;
 * - `discourse`: the article's last imposer and last person.
 */
export interface WritableState {
  attributed: Set<MeasurePhrase>;
  imposers: Map<MeasurePhrase, SentenceMention>;
  discourse: DiscourseContext;
}
export interface ReadonlyState {
  claims: readonly ClaimDraft[];
  attributed: ReadonlySet<MeasurePhrase>;
  imposers: ReadonlyMap<MeasurePhrase, SentenceMention>;
  discourse: Readonly<DiscourseContext>;
}
export type StateSlot = keyof ReadonlyState;
export type WritableSlot = keyof WritableState;

/** What a rule is handed: the sentence, the sink, its declared state and the settings. */
export interface RuleContext<R extends StateSlot = never, W extends WritableSlot = never> {
  scope: SentenceScope;
  sink: ClaimSink;
  settings: ExtractSettings;
  state: Pick<ReadonlyState, R> & Pick<WritableState, W>;
}

/** A sentence a rule must turn into these claims (draft level: measures are measure nodes). */
export interface RuleExample {
  text: string;
  yields: readonly string[];
}
/** A sentence close to an example that the rule must not read as these claims (or, if empty, at all). */
export interface RuleNearMiss {
  text: string;
  notYields: readonly string[];
  why: string;
}

export interface RelationRule<R extends StateSlot = StateSlot, W extends WritableSlot = WritableSlot> {
  id: RuleId;
  /** One line on what it reads and why it is safe. */
  description: string;
  /** The edge types it may add (the sink refuses others). */
  emits: readonly EdgeType[];
  reads: readonly R[];
  writes: readonly W[];
  examples: readonly RuleExample[];
  nearMisses: readonly RuleNearMiss[];
  run(ctx: RuleContext<R, W>): void;
}

/** Declares a rule; the state its `run` sees is exactly what `reads` and `writes` name. */
export function defineRule<R extends StateSlot = never, W extends WritableSlot = never>(rule: RelationRule<R, W>): RelationRule<R, W> {
  return rule;
}
