// What resolution hands to the graph: one entity per real-world thing and one claim per triple,
// with every piece of evidence for it. Types only.

import type { EdgeType, EntityType, Evidence } from "./types.ts";

export interface ResolvedEntity {
  key: string;
  type: EntityType;
  label: string;
  aliases: string[];
  /** Names in other scripts that the lexicon knows and the articles did not use ("习近平"). */
  otherScripts?: string[];
  roles: string[];
  country?: string;
  docs: string[];
  mentions: number;
}

export interface ResolvedClaim {
  subject: string;
  predicate: EdgeType;
  object: string;
  evidence: Evidence[];
}

export interface Resolution {
  entities: Map<string, ResolvedEntity>;
  claims: ResolvedClaim[];
}
