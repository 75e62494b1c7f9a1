// The graph as the query layer reads it (attribute types live beside the builder, in graph/types.ts),
// and the short forms of nodes and edges that answers carry. Query functions accept any graphology
// graph with these attributes, so they work on the pipeline's graph, on fixtures and on bench graphs.
import type { EdgeType, EntityType, Evidence } from "../model/types.ts";
import type { KgEdgeAttributes, KgGraph } from "../graph/types.ts";

export type { KgEdgeAttributes, KgGraph, KgGraphAttributes, KgNodeAttributes, KgSerializedGraph } from "../graph/types.ts";

/** The short form of a node that answers carry, so clients need no second request to show it. */
export interface NodeRef {
  key: string;
  label: string;
  type: EntityType;
}

/** An edge as answers carry it: endpoints, type and the sentences behind it. */
export interface EdgeRef {
  key: string;
  source: string;
  target: string;
  type: EdgeType;
  evidence: Evidence[];
}

export function nodeRef(graph: KgGraph, key: string): NodeRef {
  const a = graph.getNodeAttributes(key);
  return { key, label: a.label ?? key, type: a.type };
}

export function edgeRef(graph: KgGraph, key: string): EdgeRef {
  const a = graph.getEdgeAttributes(key);
  return {
    key,
    source: graph.source(key),
    target: graph.target(key),
    type: a.type,
    evidence: Array.isArray(a.evidence) ? a.evidence : [],
  };
}

/**
 * An edge whose every evidence sentence is negated ("not longstanding ones such as ...") does not
 * assert its relation, so answers skip it unless asked otherwise.
 */
export function isNegatedEdge(attributes: KgEdgeAttributes): boolean {
  const ev = attributes.evidence;
  return Array.isArray(ev) && ev.length > 0 && ev.every((e) => e.modality === "negated");
}
