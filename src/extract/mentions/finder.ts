// The contract of a mention finder: an id, the mention sources it may produce, the document context
// it reads and writes (checked by the compiler: `doc` has only the slots it names), examples of what
// it finds and near-misses it must not, and `run` over the sentence's shared workspace.

import type { MentionState } from "./state.ts";
import type { MentionSource, SentenceContext } from "./types.ts";

export type ContextSlot = keyof SentenceContext;

export interface FinderExample {
  text: string;
  /** Mentions as `type key "text"`. */
  yields: readonly string[];
}
export interface FinderNearMiss {
  text: string;
  notYields: readonly string[];
  why: string;
}

export interface MentionFinder<C extends ContextSlot = ContextSlot> {
  id: string;
  description: string;
  produces: readonly MentionSource[];
  context: readonly C[];
  examples: readonly FinderExample[];
  nearMisses: readonly FinderNearMiss[];
  run(st: MentionState, doc: Pick<SentenceContext, C>): void;
}

export function defineFinder<C extends ContextSlot = never>(finder: MentionFinder<C>): MentionFinder<C> {
  return finder;
}
