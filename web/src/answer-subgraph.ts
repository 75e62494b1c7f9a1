// Which nodes and edges an /api/ask response talks about, so the map can highlight them.
// The `via` list is read liberally (node keys, edge keys, or objects naming them) because it
// is the part of the answer shape most likely to grow; unknown entries are ignored, not fatal.
import type { AskResponse, NewsGraph } from "./types.ts";

export function collectAnswerSubgraph(
  graph: NewsGraph,
  response: AskResponse,
  nodes: Set<string>,
  edges: Set<string>,
): void {
  nodes.clear();
  edges.clear();
  const addRef = (ref: unknown): void => {
    if (typeof ref === "string") {
      if (graph.hasNode(ref)) nodes.add(ref);
      else if (graph.hasEdge(ref)) edges.add(ref);
      return;
    }
    if (Array.isArray(ref)) {
      for (const item of ref) addRef(item);
      return;
    }
    if (ref && typeof ref === "object") {
      const r = ref as Record<string, unknown>;
      for (const field of ["key", "node", "edge", "id", "source", "target", "from", "to"]) addRef(r[field]);
    }
  };
  addRef(response.subject);
  addRef(response.object);
  for (const answer of response.answers) {
    addRef(answer.key);
    addRef(answer.via ?? []);
    for (const ev of answer.evidence ?? []) addRef(ev.edge);
  }
  for (const edge of edges) {
    nodes.add(graph.source(edge));
    nodes.add(graph.target(edge));
  }
  // Without explicit edges, the edges joining the answer's nodes are the path worth showing.
  if (edges.size === 0) {
    for (const node of nodes) {
      graph.forEachOutEdge(node, (edge, _attr, _source, target) => {
        if (nodes.has(target)) edges.add(edge);
      });
    }
  }
}
