// A fingerprint of the pipeline (ingest, extract, lexicons, resolve, graph, layout), stored in graph.json,
// so `newsgraph start` rebuilds a graph that an older pipeline made even when the file is newer than the
// articles (a fresh clone, a pulled change). The pipeline is its code and its data: the stages' folders
// are walked to any depth (extract is growing subfolders) and their .ts sources and .yaml/.yml/.json data
// files (the lexicons) are hashed, with the version of the country dataset the lexicon is built on.

import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { datasetFiles } from "../lexicon/world-countries.ts";

const SRC = fileURLToPath(new URL("..", import.meta.url));
const STAGES = ["model", "text", "ingest", "extract", "lexicon", "resolve", "graph", "layout"];
/** What the pipeline is made of: code and data. */
const HASHED = /\.(ts|ya?ml|json)$/;

let cached: Promise<string> | undefined;

/**
 * The pipeline's fingerprint; with a lexicon that has packs, one that also covers the packs' files, so
 * a graph built with a pack is rebuilt without it (and the other way round).
 */
export async function pipelineFingerprint(lexicon?: { packDigest?: string }): Promise<string> {
  cached ??= fingerprintOf(SRC, STAGES, [datasetFiles().manifest]);
  const base = await cached;
  if (lexicon?.packDigest === undefined) return base;
  return createHash("sha256").update(`${base}\n${lexicon.packDigest}`).digest("hex").slice(0, 16);
}

/**
 * A hash of every code and data file under `root/<stage>` for each stage (names relative to root, with
 * forward slashes, so it is the same on every system), and of the `extra` files' contents.
 */
export async function fingerprintOf(
  root: string,
  stages: readonly string[],
  extra: readonly string[] = [],
): Promise<string> {
  const hash = createHash("sha256");
  for (const stage of stages) {
    const entries = await readdir(join(root, stage), { withFileTypes: true, recursive: true });
    const files = entries
      .filter((e) => e.isFile() && HASHED.test(e.name))
      .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join("/"))
      .sort();
    for (const f of files) {
      hash.update(`${f}\n`);
      hash.update(await readFile(join(root, f)));
    }
  }
  for (const f of extra) hash.update(await readFile(f));
  return hash.digest("hex").slice(0, 16);
}
