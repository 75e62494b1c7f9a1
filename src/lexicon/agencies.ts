// The bodies themselves live in data/agencies.yaml. This module keeps one name that extraction imports,
// RELATED_FUNCTIONS, as a read-only view of the lexicon in use (so a pack's relatedFunctions reach the
// extractor), until extraction reads `lexiconIndex().relatedFunctions` itself; then it can go.

import { activeLexicon } from "./active-lexicon.ts";
import type { BodyFunction } from "./schema.ts";

type RelatedFunctions = Readonly<Record<BodyFunction, readonly BodyFunction[]>>;

const current = (): RelatedFunctions => activeLexicon().relatedFunctions;

/** Functions close enough that a title naming one may head a body filed under another, in order. */
export const RELATED_FUNCTIONS: RelatedFunctions = new Proxy({} as RelatedFunctions, {
  get: (_target, key) => (typeof key === "string" && Object.hasOwn(current(), key) ? current()[key] : undefined),
  has: (_target, key) => typeof key === "string" && Object.hasOwn(current(), key),
  ownKeys: () => Reflect.ownKeys(current()),
  getOwnPropertyDescriptor: (_target, key) =>
    typeof key === "string" && Object.hasOwn(current(), key)
      ? { value: current()[key], enumerable: true, configurable: true, writable: false }
      : undefined,
  set: () => false,
  defineProperty: () => false,
  deleteProperty: () => false,
});
