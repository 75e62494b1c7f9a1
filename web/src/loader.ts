// Turns the server's graphology export into the graph sigma draws: display attributes
// (colour, size by degree, curvature of parallel edges) are set once here; everything that
// depends on what the user is doing (selection, filters, answers) lives in the reducers instead.
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from "@sigma/edge-curve";
import { adoptTypeColors, edgeColor, nodeColor } from "./palette.ts";
import type { EdgeAttributes, GraphAttributes, NewsGraph, NodeAttributes } from "./types.ts";

export interface LoadedGraph {
  graph: NewsGraph;
  /** True when some node came without a stored position, so a layout run is worth starting. */
  needsLayout: boolean;
}

export function loadGraph(data: SerializedGraph): LoadedGraph {
  const graph: NewsGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.import(data as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);

  adoptTypeColors(storedTypeColors(graph));
  // Thousands of nodes at seed-graph sizes merge into blobs: shrink them as the graph grows.
  const sizeScale = graph.order <= 200 ? 1 : Math.max(0.35, (200 / graph.order) ** 0.35);
  let needsLayout = false;
  let i = 0;
  graph.updateEachNodeAttributes((_node, attr) => {
    if (!Number.isFinite(attr.x) || !Number.isFinite(attr.y)) {
      // A deterministic sunflower spiral: a fair start for ForceAtlas2, same picture every load.
      const r = Math.sqrt(i + 0.5);
      const theta = i * 2.399963229728653;
      attr.x = r * Math.cos(theta);
      attr.y = r * Math.sin(theta);
      needsLayout = true;
    }
    i++;
    attr.label = typeof attr.label === "string" && attr.label ? attr.label : String(_node);
    attr.color = nodeColor(attr.type);
    // Size by degree, with a square root so hubs stand out without swallowing their neighbours.
    attr.size = sizeScale * Math.min(24, 4 + 2.4 * Math.sqrt(graph.degree(_node)));
    return attr;
  });

  indexParallelEdgesIndex(graph, {
    edgeIndexAttribute: "parallelIndex",
    edgeMinIndexAttribute: "parallelMinIndex",
    edgeMaxIndexAttribute: "parallelMaxIndex",
  });
  graph.updateEachEdgeAttributes((_edge, attr) => {
    const evidence = Array.isArray(attr.evidence) ? attr.evidence : [];
    attr.evidence = evidence;
    attr.color = edgeColor(attr.type);
    // More independent sentences, thicker line: the best-attested relations read first.
    attr.size = Math.min(6, 1 + Math.log2(Math.max(1, evidence.length)));
    attr.curvature = curvature(attr.parallelIndex, attr.parallelMaxIndex);
    return attr;
  });
  return { graph, needsLayout };
}

// Spreads parallel edges fan-wise; the amplitude saturates so 10 parallel edges still fit.
function curvature(index: unknown, maxIndex: unknown): number {
  if (typeof index !== "number" || typeof maxIndex !== "number" || maxIndex <= 0) return 0;
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/** The stored colour of each type whose nodes all share one. */
function storedTypeColors(graph: NewsGraph): Map<string, string> {
  const colors = new Map<string, string>();
  const mixed = new Set<string>();
  graph.forEachNode((_node, attr) => {
    if (typeof attr.color !== "string" || mixed.has(attr.type)) return;
    const seen = colors.get(attr.type);
    if (seen === undefined) colors.set(attr.type, attr.color);
    else if (seen.toLowerCase() !== attr.color.toLowerCase()) {
      colors.delete(attr.type);
      mixed.add(attr.type);
    }
  });
  return colors;
}
