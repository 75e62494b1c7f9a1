// JSON export: exactly graphology's `graph.export()`, the same contract as graph/graph.json, so any
// graphology program (or newsgraph itself) can load it back.
import type { KgGraph } from "../query/graph-types.ts";
import { writeFileAtomic } from "../graph/io.ts";

export function toJson(graph: KgGraph, options: { pretty?: boolean } = {}): string {
  return JSON.stringify(graph.export(), null, options.pretty ? 2 : undefined) + "\n";
}

export async function writeJson(graph: KgGraph, path: string, options: { pretty?: boolean } = {}): Promise<void> {
  await writeFileAtomic(path, toJson(graph, options));
}
