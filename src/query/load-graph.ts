// Reads a graph.json file (graphology's MultiDirectedGraph export) for the CLI and the server. Errors
// name the file and say what to do, since this is where a user's mistyped path or half-written file
// first shows up.
import { readFile } from "node:fs/promises";
import { MultiDirectedGraph } from "graphology";
import { InvalidInputError, NotFoundError } from "../model/errors.ts";
import type { KgEdgeAttributes, KgGraph, KgGraphAttributes, KgNodeAttributes, KgSerializedGraph } from "./graph-types.ts";

export function graphFromJson(data: unknown, origin = "graph"): KgGraph {
  const d = data as Partial<KgSerializedGraph> | null;
  if (!d || typeof d !== "object" || !Array.isArray(d.nodes) || !Array.isArray(d.edges))
    throw new InvalidInputError(`query/load-graph: ${origin} is not a graphology export (needs "nodes" and "edges" arrays)`);
  const graph = new MultiDirectedGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>();
  try {
    graph.import(d as KgSerializedGraph);
  } catch (err) {
    throw new InvalidInputError(`query/load-graph: ${origin} could not be imported: ${(err as Error).message}`);
  }
  return graph;
}

export async function loadGraph(path: string): Promise<KgGraph> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT")
      throw new NotFoundError(`query/load-graph: no graph at ${path}; build one with "newsgraph build seeds --out ${path}"`);
    throw err;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InvalidInputError(`query/load-graph: ${path} is not valid JSON (${(err as Error).message})`);
  }
  return graphFromJson(data, path);
}
