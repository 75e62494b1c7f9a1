// The data model shared by every stage. Types only: this module imports nothing.

export const ENTITY_TYPES = [
  "person",
  "agency",
  "organization",
  "country",
  "commodity",
  "measure",
  "place",
  "event",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const EDGE_TYPES = [
  "leads",
  "member-of",
  "imposes",
  "restricts",
  "offers-to-lift",
  "demands-lift",
  "lifts",
  "attends",
  "located-in",
  "part-of",
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export const MODALITIES = ["asserted", "reported", "expected", "conditional", "negated"] as const;
export type Modality = (typeof MODALITIES)[number];

/** UTF-16 offsets into a document's cleaned text, end exclusive. */
export interface TextSpan {
  doc: string;
  start: number;
  end: number;
}

/** A block of the raw input that ingest dropped as page furniture, kept for debugging. */
export interface RemovedBlock {
  reason: string;
  text: string;
}

/** An article after ingest. `text` never changes afterwards: every offset points into it. */
export interface Document {
  id: string;
  title: string;
  source: string;
  text: string;
  removed: RemovedBlock[];
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag (PROPN, NOUN, VERB, ...). */
  pos: string;
  /** Lower-cased normal form. */
  normal: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
}

export interface Evidence extends TextSpan {
  sentence: number;
  /** The supporting span: exactly `doc.text.slice(start, end)`. */
  quote: string;
  /** The whole sentence the span sits in, and its offset, so a reader sees the span in context. */
  context?: string;
  contextStart?: number;
  speaker?: string;
  modality?: Modality;
  /** Id of the extraction rule that produced the claim (see src/extract/relations). */
  rule?: string;
}

/** One row of graph/graph.json's graph attribute `documents`. */
export interface DocumentInfo {
  id: string;
  title: string;
  source: string;
  chars: number;
}
