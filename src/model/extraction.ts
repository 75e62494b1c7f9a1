// What extraction hands to resolution for one document: the mentions with the entity key each names,
// the claims with their evidence, and the entities claims need that no mention names. Types only.

import type { Document, EdgeType, EntityType, Evidence, Modality, Sentence, TextSpan } from "./types.ts";

/** A mention as resolution reads it: where, what it names, and the finder that found it. */
export interface MentionRecord extends TextSpan {
  text: string;
  type: EntityType;
  /** The mention finder's source id ("lexicon:country", "title-name", ...). */
  source: string;
  sentence: number;
  /** Entity key; "person:?surname" when only the corpus can tell who. */
  key: string;
  label: string;
  /** Country key the mention belongs to, when known. */
  country?: string;
  /** The title seen with a person ("Commerce Secretary"). */
  role?: string;
}

/** An entity a claim needs that no mention names (a measure, the body a title implies). */
export interface DerivedEntity {
  key: string;
  type: "measure" | "agency" | "organization" | "country" | "commodity";
  label: string;
  country?: string;
  /** Surface text, when the entity was named in the sentence. */
  alias?: string;
}

export interface ExtractedClaim {
  subject: string;
  predicate: EdgeType;
  object: string;
  modality?: Modality;
  /** The relation rule that produced it. */
  rule: string;
  /** Other rules that found the same claim in the same sentence (the first rule's span is kept). */
  alsoBy?: string[];
  evidence: Evidence;
  /** Key of the speaker entity, resolved to a label when the graph is built. */
  speakerKey?: string;
}

export interface DocumentExtraction {
  doc: Document;
  sentences: Sentence[];
  mentions: MentionRecord[];
  claims: ExtractedClaim[];
  derived: DerivedEntity[];
}
