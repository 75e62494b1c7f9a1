// Counts for GET /api/stats and the CLI: nodes and edges by type, documents.
import type { KgGraph } from "./graph-types.ts";

export interface GraphStats {
  nodes: number;
  edges: number;
  documents: number;
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
}

export function graphStats(graph: KgGraph): GraphStats {
  const nodesByType: Record<string, number> = {};
  const edgesByType: Record<string, number> = {};
  graph.forEachNode((_k, a) => {
    nodesByType[a.type] = (nodesByType[a.type] ?? 0) + 1;
  });
  graph.forEachEdge((_k, a) => {
    edgesByType[a.type] = (edgesByType[a.type] ?? 0) + 1;
  });
  const docs = graph.getAttribute("documents");
  return {
    nodes: graph.order,
    edges: graph.size,
    documents: Array.isArray(docs) ? docs.length : 0,
    nodesByType,
    edgesByType,
  };
}
