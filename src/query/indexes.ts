// Per-graph lookup tables the pattern matcher needs (edges by type, nodes by type). Built once on first
// use and dropped when the graph changes, like the search index: graphs are read far more than written.
import type { KgGraph } from "./graph-types.ts";
import { searchIndex } from "./search.ts";

export interface TypeIndexes {
  edgesByType: Map<string, string[]>;
  nodesByType: Map<string, string[]>;
}

const cache = new WeakMap<KgGraph, TypeIndexes>();
const EVENTS = [
  "nodeAdded",
  "nodeDropped",
  "nodeAttributesUpdated",
  "edgeAdded",
  "edgeDropped",
  "edgeAttributesUpdated",
  "cleared",
  "edgesCleared",
] as const;

export function typeIndexes(graph: KgGraph): TypeIndexes {
  const hit = cache.get(graph);
  if (hit) return hit;
  const edgesByType = new Map<string, string[]>();
  const nodesByType = new Map<string, string[]>();
  graph.forEachEdge((edge, a) => {
    const list = edgesByType.get(a.type);
    if (list) list.push(edge);
    else edgesByType.set(a.type, [edge]);
  });
  graph.forEachNode((node, a) => {
    const list = nodesByType.get(a.type);
    if (list) list.push(node);
    else nodesByType.set(a.type, [node]);
  });
  const built = { edgesByType, nodesByType };
  cache.set(graph, built);
  const invalidate = (): void => {
    cache.delete(graph);
    for (const ev of EVENTS) graph.removeListener(ev, invalidate);
  };
  for (const ev of EVENTS) graph.on(ev, invalidate);
  return built;
}

/** Builds every per-graph index now, so the first request does not pay for them (the server calls it before listening). */
export function warmIndexes(graph: KgGraph): void {
  typeIndexes(graph);
  searchIndex(graph);
}
