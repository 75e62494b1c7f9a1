// Shapes the viewer reads: graph.json attributes and the server's JSON responses.
// The viewer only ever sees serialised data over HTTP; it shares the data model's type lists.
import type { MultiDirectedGraph } from "graphology";

// The node and edge types are the data model's own (src/model/types.ts holds types and constants
// only, so the bundle pulls in nothing else from the server side).
import { EDGE_TYPES, ENTITY_TYPES as NODE_TYPES } from "../../src/model/types.ts";

export { EDGE_TYPES, NODE_TYPES };
export type NodeType = (typeof NODE_TYPES)[number];
export type EdgeType = (typeof EDGE_TYPES)[number];

export interface Evidence {
  doc: string;
  sentence: number;
  start: number;
  end: number;
  quote: string;
  speaker?: string;
  modality?: string;
  /** Offsets of the supporting span inside `quote`, when the server provides them. */
  spanStart?: number;
  spanEnd?: number;
  /** Offset of the sentence in the document's text, when the server provides it. */
  sentenceStart?: number;
  /** The whole sentence around `quote` when `quote` is only the supporting span, and its offset. */
  context?: string;
  contextStart?: number;
  /** Set on evidence carried by answers: the edge the sentence supports and the article title. */
  edge?: string;
  title?: string;
}

export interface NodeAttributes {
  label: string;
  /** Our domain type (person, agency, ...). Sigma's program type is set by the node reducer. */
  type: string;
  aliases?: string[];
  /** Lexicon names in other scripts that no article used. */
  otherScripts?: string[];
  roles?: string[];
  country?: string;
  docs?: string[];
  mentions?: number;
  x: number;
  y: number;
  size: number;
  color: string;
  [key: string]: unknown;
}

export interface EdgeAttributes {
  /** Our domain type (leads, imposes, ...). Sigma's program type is set by the edge reducer. */
  type: string;
  evidence: Evidence[];
  weight?: number;
  size: number;
  color: string;
  /** Bend given to parallel edges so they stay distinguishable; 0 for a lone edge. */
  curvature: number;
  [key: string]: unknown;
}

export interface DocumentInfo {
  id: string;
  title: string;
  source: string;
  chars?: number;
}

export interface GraphAttributes {
  documents?: DocumentInfo[];
  [key: string]: unknown;
}

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface NodeRef {
  key: string;
  label: string;
  type: string;
}

export interface AskAnswer extends NodeRef {
  /** How the answer relates to the subject (e.g. "restricts" for a commodity reached through a measure). */
  relation?: string;
  /** Nodes between subject and answer; read liberally (keys or refs), see answer-subgraph.ts. */
  via?: unknown[];
  evidence?: Evidence[];
  evidenceCount?: number;
}

export interface TriplePattern {
  s: string;
  p: string;
  o: string;
}

export interface AskResponse {
  question: string;
  form?: string;
  subject?: NodeRef;
  object?: NodeRef;
  /** `{where: [{s, p, o}]}` today; anything else is shown as JSON. */
  pattern: unknown;
  note?: string;
  answers: AskAnswer[];
}

export interface ApiErrorBody {
  error: { code: string; message: string };
}
