// The k-hop neighbourhood of a node as a graphology-serialised subgraph (evidence included), for the
// viewer's "expand" and the API. Breadth-first in a deterministic order, so the first `limit` nodes of
// depth k are also the first of depth k + 1 and neighbourhood(k) ⊆ neighbourhood(k + 1) holds even when
// the limit truncates.
import type { EdgeType, EntityType } from "../model/types.ts";
import { InvalidInputError } from "../model/errors.ts";
import type { KgEdgeAttributes, KgGraph, KgSerializedGraph } from "./graph-types.ts";
import { checkEdgeTypes, checkNodeTypes } from "./indexes.ts";
import { requireNode } from "./node-details.ts";

export type Direction = "out" | "in" | "both";

export interface NeighborhoodOptions {
  /** Hops from the centre, 1..3 (default 1). */
  depth?: number;
  /** Follow only edges of these types (EdgeType, or any other type the graph uses). */
  edgeTypes?: readonly (EdgeType | (string & {}))[];
  /** Reach only nodes of these types (the centre is always included). */
  nodeTypes?: readonly (EntityType | (string & {}))[];
  /** Follow edges out of, into, or both ways through each node (default both). */
  direction?: Direction;
  /** At most this many nodes, centre included (1..5000, default 200). */
  limit?: number;
}

export interface NeighborhoodResult {
  center: string;
  depth: number;
  /** Some nodes or edges were left out because of `limit` or the edge cap. */
  truncated: boolean;
  /** Hops from the centre for every node in the subgraph. */
  distances: Record<string, number>;
  graph: KgSerializedGraph;
}

export const NEIGHBORHOOD_MAX_DEPTH = 3;
export const NEIGHBORHOOD_MAX_LIMIT = 5000;
/** Dense node sets can hold far more edges than nodes; past this the answer is cut and marked. */
export const NEIGHBORHOOD_MAX_EDGES = 20000;

export function checkNeighborhoodOptions(
  graph: KgGraph,
  options: NeighborhoodOptions,
): Required<Omit<NeighborhoodOptions, "edgeTypes" | "nodeTypes">> & {
  edgeTypes?: Set<string>;
  nodeTypes?: Set<string>;
} {
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > NEIGHBORHOOD_MAX_DEPTH)
    throw new InvalidInputError(`query/neighborhood: depth must be an integer from 1 to ${NEIGHBORHOOD_MAX_DEPTH}`);
  const limit = options.limit ?? 200;
  if (!Number.isInteger(limit) || limit < 1)
    throw new InvalidInputError(`query/neighborhood: limit must be a positive integer`);
  if (limit > NEIGHBORHOOD_MAX_LIMIT)
    throw new InvalidInputError(`query/neighborhood: limit must be at most ${NEIGHBORHOOD_MAX_LIMIT}`);
  const direction = options.direction ?? "both";
  if (direction !== "out" && direction !== "in" && direction !== "both")
    throw new InvalidInputError(`query/neighborhood: direction must be out, in or both`);
  checkEdgeTypes(graph, options.edgeTypes, "query/neighborhood");
  checkNodeTypes(graph, options.nodeTypes, "query/neighborhood");
  return {
    depth,
    limit,
    direction,
    ...(options.edgeTypes?.length ? { edgeTypes: new Set<string>(options.edgeTypes) } : {}),
    ...(options.nodeTypes?.length ? { nodeTypes: new Set<string>(options.nodeTypes) } : {}),
  };
}

export function neighborhood(graph: KgGraph, center: string, options: NeighborhoodOptions = {}): NeighborhoodResult {
  requireNode(graph, center, "query/neighborhood");
  const { depth, limit, direction, edgeTypes, nodeTypes } = checkNeighborhoodOptions(graph, options);

  const distances = new Map<string, number>([[center, 0]]);
  let frontier = [center];
  let truncated = false;
  for (let d = 1; d <= depth && frontier.length > 0 && !truncated; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      const reach = (other: string): boolean => {
        if (distances.has(other)) return false;
        if (nodeTypes && !nodeTypes.has(graph.getNodeAttribute(other, "type"))) return false;
        if (distances.size >= limit) {
          truncated = true;
          return true; // stops the iteration
        }
        distances.set(other, d);
        next.push(other);
        return false;
      };
      // some* stops at the first `true`, which is how a full result ends the scan early. Without an
      // edge-type filter, walk neighbours rather than edges: parallel edges would visit a node again.
      if (!edgeTypes) {
        if (direction === "out") graph.someOutNeighbor(node, reach);
        else if (direction === "in") graph.someInNeighbor(node, reach);
        else graph.someNeighbor(node, reach);
      } else {
        const visit = (_e: string, a: { type: string }, source: string, target: string): boolean =>
          edgeTypes.has(a.type) ? reach(source === node ? target : source) : false;
        if (direction === "out") graph.someOutEdge(node, visit);
        else if (direction === "in") graph.someInEdge(node, visit);
        else graph.someEdge(node, visit);
      }
      if (truncated) break;
    }
    frontier = next;
  }

  const nodes: KgSerializedGraph["nodes"] = [];
  const edges: KgSerializedGraph["edges"] = [];
  for (const key of distances.keys()) nodes.push({ key, attributes: graph.getNodeAttributes(key) });
  const addEdge = (edge: string, attributes: KgEdgeAttributes, source: string, target: string): boolean => {
    if (edgeTypes && !edgeTypes.has(attributes.type)) return false;
    if (edges.length >= NEIGHBORHOOD_MAX_EDGES) {
      truncated = true;
      return true;
    }
    edges.push({ key: edge, source, target, attributes });
    return false;
  };
  const members = [...distances.keys()];
  for (const key of members) {
    if (truncated && edges.length >= NEIGHBORHOOD_MAX_EDGES) break;
    // A node with many edges is cheaper to probe member by member (a map lookup each) than to scan
    // (a callback per edge); a quarter is where the two costs cross on a 100k-node graph.
    // (someOutEdge with a target, not someDirectedEdge, which also yields target -> key edges.)
    if (graph.outDegree(key) <= members.length / 4) {
      graph.someOutEdge(
        key,
        (edge, attributes, source, target) => distances.has(target) && addEdge(edge, attributes, source, target),
      );
    } else {
      for (const target of members) {
        if (!graph.hasDirectedEdge(key, target)) continue;
        if (graph.someOutEdge(key, target, (edge, attributes, source, t) => addEdge(edge, attributes, source, t)))
          break;
      }
    }
  }
  return {
    center,
    depth,
    truncated,
    distances: Object.fromEntries(distances),
    graph: { options: { type: "directed", multi: true, allowSelfLoops: true }, attributes: {}, nodes, edges },
  };
}
