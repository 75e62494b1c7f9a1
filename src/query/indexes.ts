// Per-graph lookup tables the pattern matcher needs (edges by type, nodes by type and by country) and
// the vocabulary a graph actually uses. Built once on first use and dropped when the graph changes,
// like the search index: graphs are read far more than written.
import { InvalidInputError } from "../model/errors.ts";
import { EDGE_TYPES, ENTITY_TYPES } from "../model/types.ts";
import type { KgGraph } from "./graph-types.ts";

export interface TypeIndexes {
  edgesByType: Map<string, string[]>;
  nodesByType: Map<string, string[]>;
  nodesByCountry: Map<string, string[]>;
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
  const nodesByCountry = new Map<string, string[]>();
  graph.forEachNode((node, a) => {
    const list = nodesByType.get(a.type);
    if (list) list.push(node);
    else nodesByType.set(a.type, [node]);
    if (typeof a.country === "string") {
      const c = nodesByCountry.get(a.country);
      if (c) c.push(node);
      else nodesByCountry.set(a.country, [node]);
    }
  });
  const built = { edgesByType, nodesByType, nodesByCountry };
  cache.set(graph, built);
  const invalidate = (): void => {
    cache.delete(graph);
    for (const ev of EVENTS) graph.removeListener(ev, invalidate);
  };
  for (const ev of EVENTS) graph.on(ev, invalidate);
  return built;
}

/**
 * The edge types a request may name: the documented ones plus any the graph uses (the pipeline may
 * add documented extras such as part-of). Throws InvalidInputError naming the valid ones.
 */
export function checkEdgeTypes(graph: KgGraph, types: readonly string[] | undefined, module: string): void {
  if (!types?.length) return;
  const known = new Set<string>([...EDGE_TYPES, ...typeIndexes(graph).edgesByType.keys()]);
  for (const t of types)
    if (!known.has(t)) throw new InvalidInputError(`${module}: unknown edge type "${t}"; use ${[...known].join(", ")}`);
}

/** As checkEdgeTypes, for node types. */
export function checkNodeTypes(graph: KgGraph, types: readonly string[] | undefined, module: string): void {
  if (!types?.length) return;
  const known = new Set<string>([...ENTITY_TYPES, ...typeIndexes(graph).nodesByType.keys()]);
  for (const t of types)
    if (!known.has(t)) throw new InvalidInputError(`${module}: unknown node type "${t}"; use ${[...known].join(", ")}`);
}
