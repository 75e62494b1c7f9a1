// Shortest paths between two nodes ("how is Lutnick connected to rare earths?"), each edge with its
// evidence. Edges are followed either way by default because a connection reads in both directions
// (Lutnick -leads-> Commerce <-... ). Breadth-first with predecessor lists, so every shortest path is
// found, then enumerated up to a cap: a dense graph can have exponentially many.
import type { EdgeType } from "../model/types.ts";
import { InvalidInputError } from "../model/errors.ts";
import { type EdgeRef, type KgGraph, type NodeRef, edgeRef, nodeRef } from "./graph-types.ts";
import { checkEdgeTypes } from "./indexes.ts";
import type { Direction } from "./neighborhood.ts";
import { requireNode } from "./node-details.ts";

export interface PathsOptions {
  /** Longest path considered, in edges (1..6, default 4). */
  maxLength?: number;
  /** At most this many paths (1..100, default 10). */
  limit?: number;
  edgeTypes?: readonly (EdgeType | (string & {}))[];
  /** Follow edges forwards only ("out"), backwards only ("in"), or both (default). */
  direction?: Direction;
}

export interface GraphPath {
  nodes: NodeRef[];
  edges: EdgeRef[];
}

export interface PathsResult {
  from: NodeRef;
  to: NodeRef;
  /** Length of the shortest paths in edges, or null when none is within maxLength. */
  length: number | null;
  paths: GraphPath[];
  truncated: boolean;
}

export const PATHS_MAX_LENGTH = 6;
export const PATHS_MAX_LIMIT = 100;

export function paths(graph: KgGraph, from: string, to: string, options: PathsOptions = {}): PathsResult {
  requireNode(graph, from, "query/paths");
  requireNode(graph, to, "query/paths");
  const maxLength = options.maxLength ?? 4;
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > PATHS_MAX_LENGTH)
    throw new InvalidInputError(`query/paths: maxLength must be an integer from 1 to ${PATHS_MAX_LENGTH}`);
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > PATHS_MAX_LIMIT)
    throw new InvalidInputError(`query/paths: limit must be an integer from 1 to ${PATHS_MAX_LIMIT}`);
  checkEdgeTypes(graph, options.edgeTypes, "query/paths");
  const edgeTypes = options.edgeTypes?.length ? new Set<string>(options.edgeTypes) : undefined;
  const direction = options.direction ?? "both";

  const base = { from: nodeRef(graph, from), to: nodeRef(graph, to) };
  if (from === to) return { ...base, length: 0, paths: [{ nodes: [base.from], edges: [] }], truncated: false };

  const dist = new Map<string, number>([[from, 0]]);
  const preds = new Map<string, Array<{ prev: string; edge: string }>>();
  let frontier = [from];
  let found = false;
  for (let d = 1; d <= maxLength && frontier.length > 0 && !found; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      const visit = (edge: string, a: { type: string }, source: string, target: string): void => {
        if (edgeTypes && !edgeTypes.has(a.type)) return;
        const other = source === node ? target : source;
        const seen = dist.get(other);
        if (seen === undefined) {
          dist.set(other, d);
          next.push(other);
        } else if (seen !== d) return;
        let list = preds.get(other);
        if (!list) preds.set(other, (list = []));
        list.push({ prev: node, edge });
        if (other === to) found = true;
      };
      if (direction === "out") graph.forEachOutEdge(node, visit);
      else if (direction === "in") graph.forEachInEdge(node, visit);
      else graph.forEachEdge(node, visit);
    }
    frontier = next;
  }
  if (!found) return { ...base, length: null, paths: [], truncated: false };

  // Walk back from `to` over predecessor lists; each step is one edge, so parallel edges give
  // distinct paths, as they should (they carry different evidence).
  const out: GraphPath[] = [];
  let truncated = false;
  const stack: Array<{ node: string; edges: string[]; nodes: string[] }> = [{ node: to, edges: [], nodes: [to] }];
  while (stack.length > 0) {
    const cur = stack.pop()!;
    if (cur.node === from) {
      if (out.length >= limit) {
        truncated = true;
        break;
      }
      const nodes = [...cur.nodes].reverse();
      const edges = [...cur.edges].reverse();
      out.push({ nodes: nodes.map((n) => nodeRef(graph, n)), edges: edges.map((e) => edgeRef(graph, e)) });
      continue;
    }
    const list = preds.get(cur.node) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const p = list[i]!;
      stack.push({ node: p.prev, edges: [...cur.edges, p.edge], nodes: [...cur.nodes, p.prev] });
    }
  }
  return { ...base, length: dist.get(to) ?? null, paths: out, truncated };
}
