// The build pipeline's cost against input size: the seed articles replicated 1x to 64x (each copy
// a separate document), timed with and without the layout, with the cost per 10,000 characters,
// so a linear pipeline shows a flat last column. Also the warm build of the seeds alone.
// Run alone with `node bin/run-ts.js bench/build.bench.ts`, or through `npm run bench -- build`.
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildGraph } from "../src/graph/build-graph.ts";
import { extractDocument } from "../src/extract/extract-document.ts";
import { readCorpus } from "../src/ingest/index.ts";
import type { Document } from "../src/model/types.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function time(fn: () => Promise<unknown> | unknown, runs: number): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

export async function run(): Promise<void> {
  const { documents: seeds } = await readCorpus([join(root, "seeds")]);
  const chars = seeds.reduce((n, d) => n + d.text.length, 0);
  extractDocument(seeds[0] as Document); // load the NLP model once

  const warm = await time(() => buildGraph(seeds), 5);
  console.log(`seeds (${seeds.length} articles, ${chars} chars): warm build ${warm.toFixed(0)} ms (median of 5, with layout)`);

  console.log("copies  docs    chars      extract+resolve ms  per 10k chars   with layout ms");
  for (const k of [1, 4, 16, 64]) {
    const docs: Document[] = [];
    for (let i = 0; i < k; i++) for (const d of seeds) docs.push({ ...d, id: `${d.id}-${i}` });
    const n = docs.reduce((s, d) => s + d.text.length, 0);
    const noLayout = await time(() => buildGraph(docs, { layout: false }), k >= 16 ? 1 : 3);
    const withLayout = await time(() => buildGraph(docs), 1);
    console.log(
      `${String(k).padStart(6)}  ${String(docs.length).padStart(4)}  ${String(n).padStart(9)}  ${noLayout.toFixed(0).padStart(18)}  ${((noLayout / n) * 10_000).toFixed(1).padStart(14)}  ${withLayout.toFixed(0).padStart(15)}`,
    );
  }
  const mem = process.memoryUsage();
  console.log(`heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB, rss ${(mem.rss / 2 ** 20).toFixed(0)} MB`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
