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
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

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
  await extractionThroughput();
  const mem = process.memoryUsage();
  console.log(`heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB, rss ${(mem.rss / 2 ** 20).toFixed(0)} MB`);
}

/**
 * Extraction alone (sentences, mentions, rules; no resolution or layout) over the seeds and every
 * fixture set, against a bare wink-nlp pass (tokens, sentences, parts of speech) over the same text:
 * the ratio says what the extraction adds to the NLP it stands on.
 */
async function extractionThroughput(): Promise<void> {
  const sets = ["seeds", "test/fixtures/articles", "test/fixtures/blind", "test/fixtures/holdout"].map((p) => join(root, p));
  const { documents } = await readCorpus(sets);
  const docs: Document[] = [];
  for (let i = 0; i < 4; i++) for (const d of documents) docs.push({ ...d, id: `${d.id}-${i}` });
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  // wink's default pipe also finds entities, sentiment and negation, which extraction does not read
  // (it runs wink with sentence boundaries and parts of speech only): both bare passes are printed
  const bareWith = (nlp: ReturnType<typeof winkNLP>) => () => {
    for (const d of docs) {
      const doc = nlp.readDoc(d.text);
      doc.tokens().out(nlp.its.pos);
      doc.sentences().out();
    }
  };
  const bare = await time(bareWith(winkNLP(model)), 3);
  const bareLean = await time(bareWith(winkNLP(model, ["sbd", "pos"])), 3);
  const extract = await time(() => {
    for (const d of docs) extractDocument(d);
  }, 3);
  const rate = (ms: number): string => `${((chars / ms) * 1000 / 1e6).toFixed(2)} M chars/s`;
  console.log(
    `extraction over ${docs.length} articles (${chars} chars): ${extract.toFixed(0)} ms (${rate(extract)}); bare wink-nlp pass ${bare.toFixed(0)} ms (${rate(bare)}), with sentences and parts of speech only ${bareLean.toFixed(0)} ms (${rate(bareLean)}); extraction runs at ${(bare / extract).toFixed(2)}x the bare pass (${(bareLean / extract).toFixed(2)}x the lean one)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
