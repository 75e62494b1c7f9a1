// One node with everything a details panel needs: its attributes, its degree and its edges grouped by
// type, each with the node at the other end and the evidence. Edge lists are capped per type so a hub
// cannot produce a response of unbounded size; the counts stay exact.
import { InvalidInputError, NotFoundError } from "../model/errors.ts";
import type { EdgeType, Evidence } from "../model/types.ts";
import { type KgGraph, type KgNodeAttributes, type NodeRef, nodeRef } from "./graph-types.ts";

export interface DetailEdge {
  key: string;
  direction: "out" | "in";
  other: NodeRef;
  weight: number;
  evidence: Evidence[];
}

export interface EdgeGroup {
  type: EdgeType;
  count: number;
  edges: DetailEdge[];
}

export interface NodeDetails {
  key: string;
  attributes: KgNodeAttributes;
  degree: { in: number; out: number; total: number };
  edgeGroups: EdgeGroup[];
}

export const DETAILS_MAX_EDGES_PER_TYPE = 1000;

/** Throws NotFoundError naming the key and where to find valid ones. */
export function requireNode(graph: KgGraph, key: string, module = "query"): void {
  if (!graph.hasNode(key))
    throw new NotFoundError(`${module}: no node "${key}"; keys look like "country:us" (find them with search)`);
}

export function nodeDetails(graph: KgGraph, key: string, options: { edgesPerType?: number } = {}): NodeDetails {
  requireNode(graph, key, "query/node-details");
  const cap = options.edgesPerType ?? 100;
  if (!Number.isInteger(cap) || cap < 0 || cap > DETAILS_MAX_EDGES_PER_TYPE)
    throw new InvalidInputError(`query/node-details: edgesPerType must be 0..${DETAILS_MAX_EDGES_PER_TYPE}`);
  const groups = new Map<EdgeType, EdgeGroup>();
  const add = (edge: string, direction: "out" | "in", other: string): void => {
    const a = graph.getEdgeAttributes(edge);
    let g = groups.get(a.type);
    if (!g) {
      g = { type: a.type, count: 0, edges: [] };
      groups.set(a.type, g);
    }
    g.count++;
    if (g.edges.length < cap)
      g.edges.push({
        key: edge,
        direction,
        other: nodeRef(graph, other),
        weight: typeof a.weight === "number" ? a.weight : (a.evidence?.length ?? 0),
        evidence: a.evidence ?? [],
      });
  };
  graph.forEachOutEdge(key, (edge, _a, _s, target) => add(edge, "out", target));
  graph.forEachInEdge(key, (edge, _a, source) => add(edge, "in", source));
  const inDeg = graph.inDegree(key);
  const outDeg = graph.outDegree(key);
  return {
    key,
    attributes: graph.getNodeAttributes(key),
    degree: { in: inDeg, out: outDeg, total: inDeg + outDeg },
    edgeGroups: [...groups.values()].sort((a, b) => a.type.localeCompare(b.type)),
  };
}
