// Facts about the loaded graph that views need again and again (counts per type, sources per
// edge, documents by id), computed once after loading so reducers and panels only do look-ups.
import type { DocumentInfo, NewsGraph } from "./types.ts";

export interface GraphIndex {
  nodeTypeCounts: Map<string, number>;
  edgeTypeCounts: Map<string, number>;
  /** Number of distinct documents behind each edge. */
  sourcesByEdge: Map<string, number>;
  maxSources: number;
  documents: Map<string, DocumentInfo>;
}

export function indexGraph(graph: NewsGraph): GraphIndex {
  const nodeTypeCounts = new Map<string, number>();
  const edgeTypeCounts = new Map<string, number>();
  const sourcesByEdge = new Map<string, number>();
  let maxSources = 1;
  graph.forEachNode((_node, attr) => {
    nodeTypeCounts.set(attr.type, (nodeTypeCounts.get(attr.type) ?? 0) + 1);
  });
  graph.forEachEdge((edge, attr) => {
    edgeTypeCounts.set(attr.type, (edgeTypeCounts.get(attr.type) ?? 0) + 1);
    // Most edges have one sentence: only build a set when there is something to deduplicate.
    const n = attr.evidence.length <= 1 ? 1 : new Set(attr.evidence.map((ev) => ev.doc)).size;
    sourcesByEdge.set(edge, n);
    if (n > maxSources) maxSources = n;
  });
  const documents = new Map<string, DocumentInfo>();
  for (const doc of graph.getAttribute("documents") ?? []) documents.set(doc.id, doc);
  return { nodeTypeCounts, edgeTypeCounts, sourcesByEdge, maxSources, documents };
}
