// A fingerprint of the pipeline's source (ingest, extract, lexicons, resolve, graph, layout), stored
// in graph.json, so `newsgraph start` rebuilds a graph that an older pipeline made even when the
// file is newer than the articles (a fresh clone, a pulled change).

import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const SRC = fileURLToPath(new URL("..", import.meta.url));
const STAGES = ["model", "ingest", "extract", "lexicon", "resolve", "graph", "layout"];

let cached: Promise<string> | undefined;

/**
 * The pipeline's fingerprint; with a lexicon that has packs, one that also covers the packs' files, so
 * a graph built with a pack is rebuilt without it (and the other way round).
 */
export async function pipelineFingerprint(lexicon?: { packDigest?: string }): Promise<string> {
  const base = await sourceFingerprint();
  if (lexicon?.packDigest === undefined) return base;
  return createHash("sha256").update(`${base}\n${lexicon.packDigest}`).digest("hex").slice(0, 16);
}

function sourceFingerprint(): Promise<string> {
  cached ??= (async () => {
    const hash = createHash("sha256");
    for (const stage of STAGES) {
      const files = (await readdir(join(SRC, stage))).filter((f) => f.endsWith(".ts")).sort();
      for (const f of files) {
        hash.update(`${stage}/${f}\n`);
        hash.update(await readFile(join(SRC, stage, f)));
      }
    }
    return hash.digest("hex").slice(0, 16);
  })();
  return cached;
}
