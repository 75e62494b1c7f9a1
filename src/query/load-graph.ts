// Loads graphs for the CLI and the server: from a graph.json file (through the graph module's checked
// reader) or from already-parsed graphology JSON (tests, fixtures). Errors name the source and say
// what to do, since this is where a mistyped path or half-written file first shows up.
import { MultiDirectedGraph } from "graphology";
import { readGraphJson } from "../graph/io.ts";
import { InvalidInputError } from "../model/errors.ts";
import type {
  KgEdgeAttributes,
  KgGraph,
  KgGraphAttributes,
  KgNodeAttributes,
  KgSerializedGraph,
} from "./graph-types.ts";

export function graphFromJson(data: unknown, origin = "graph"): KgGraph {
  const d = data as Partial<KgSerializedGraph> | null;
  if (!d || typeof d !== "object" || !Array.isArray(d.nodes) || !Array.isArray(d.edges))
    throw new InvalidInputError(
      `query/load-graph: ${origin} is not a graphology export (needs "nodes" and "edges" arrays)`,
    );
  const graph = new MultiDirectedGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>();
  try {
    graph.import(d as KgSerializedGraph);
  } catch (err) {
    throw new InvalidInputError(`query/load-graph: ${origin} could not be imported: ${(err as Error).message}`);
  }
  return graph;
}

/**
 * Reads graph/graph.json with the graph module's reader, which checks the file contract (labels, types,
 * non-empty evidence), so the CLI and server refuse a malformed file with a message rather than serve it.
 */
export async function loadGraph(path: string): Promise<KgGraph> {
  return readGraphJson(path);
}
