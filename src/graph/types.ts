// The attribute shapes of graph/graph.json (the file contract in docs: design.md), and the typed
// graphology graph the builder makes and every reader (query, export, server) takes.

import type { AbstractGraph, SerializedGraph } from "graphology-types";
import type { DocumentInfo, EdgeType, EntityType, Evidence } from "../model/types.ts";

export interface KgNodeAttributes {
  label: string;
  type: EntityType;
  aliases?: string[];
  /** Lexicon names in scripts with no Latin letter that no article used. */
  otherScripts?: string[];
  roles?: string[];
  country?: string;
  docs?: string[];
  mentions?: number;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  [extra: string]: unknown;
}

export interface KgEdgeAttributes {
  type: EdgeType;
  evidence: Evidence[];
  weight?: number;
  [extra: string]: unknown;
}

export interface KgGraphAttributes {
  documents?: DocumentInfo[];
  /** Fingerprint of the pipeline that built the graph (see fingerprint.ts). */
  pipeline?: string;
  [extra: string]: unknown;
}

export type KgGraph = AbstractGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>;
export type KgSerializedGraph = SerializedGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>;
