// Reading and writing graph/graph.json (graphology's serialised form). Writes go to a temporary
// file in the same folder and are renamed into place, so a crash never leaves half a graph.

import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import Graph from "graphology";
import { z } from "zod";
import { InvalidInputError, NotFoundError } from "../model/errors.ts";
import type { KgEdgeAttributes, KgGraph, KgGraphAttributes, KgNodeAttributes, KgSerializedGraph } from "./types.ts";

const { MultiDirectedGraph } = Graph;

const EvidenceSchema = z.object({
  doc: z.string(),
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});

const SerializedGraphSchema = z.object({
  attributes: z.record(z.string(), z.unknown()).optional(),
  options: z.record(z.string(), z.unknown()).optional(),
  nodes: z.array(z.object({ key: z.string(), attributes: z.object({ label: z.string(), type: z.string() }).passthrough() })),
  edges: z.array(
    z.object({
      key: z.string().optional(),
      source: z.string(),
      target: z.string(),
      attributes: z.object({ type: z.string(), evidence: z.array(EvidenceSchema.passthrough()).min(1) }).passthrough(),
    }),
  ),
});

/** Atomically writes `text` to `path` (temp file + rename), creating the folder. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, text, "utf8");
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

export function serializeGraph(graph: KgGraph): string {
  return `${JSON.stringify(graph.export(), null, 1)}\n`;
}

export async function writeGraphJson(graph: KgGraph, path: string): Promise<void> {
  await writeFileAtomic(path, serializeGraph(graph));
}

/** Parses and checks a serialised graph; errors say which file and what is wrong. */
export function parseGraphJson(text: string, source = "graph"): KgGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InvalidInputError(`graph/io: ${source} is not JSON (${(err as Error).message}); rebuild it with \`newsgraph build\``);
  }
  const parsed = SerializedGraphSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidInputError(`graph/io: ${source} is not a newsgraph graph (${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}); rebuild it with \`newsgraph build\``);
  }
  // the schema has checked what the readers rely on (labels, types, evidence); the rest passes through
  const graph = new MultiDirectedGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>();
  graph.import(data as KgSerializedGraph);
  return graph;
}

export async function readGraphJson(path: string): Promise<KgGraph> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new NotFoundError(`graph/io: no graph at ${path}; build one with \`newsgraph build seeds --out ${path}\``);
    throw new InvalidInputError(`graph/io: cannot read ${path}: ${(err as Error).message}`);
  }
  return parseGraphJson(text, path);
}
