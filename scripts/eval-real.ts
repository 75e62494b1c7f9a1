// Scores newsgraph on a folder of restored real articles against their gold (test/fixtures/real/gold):
//
//   npm run eval:real -- DIR [--split dev|test] [--ids FROM-TO] [--per-doc] [--verbose] [--json] [--out GRAPH.json]
//   npm run eval:real -- --manifest        rewrites test/fixtures/real/manifest.json from the gold files
//
// The texts may not be committed (the pages' terms), so DIR holds what was restored from the manifest;
// articles of the chosen split whose text is missing are named and left out of the score.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, Option } from "commander";
import { z } from "zod";
import { readCorpus } from "../src/ingest/index.ts";
import { buildGraph } from "../src/graph/build-graph.ts";
import { GoldSchema, mergeGold, scoreGraph, type Score, type ScoreDetail } from "../src/eval/score.ts";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const REAL = join(ROOT, "test", "fixtures", "real");

const ArticleGold = GoldSchema.extend({
  id: z.string().regex(/^\d{3}$/),
  file: z.string(),
  split: z.enum(["dev", "test"]),
  source: z.object({
    url: z.string().url(),
    query: z.string().min(1),
    outlet: z.string().min(1),
    dispute: z.string().min(1),
    language: z.string().min(1),
    // sha256 of the restored text (UTF-8): a restorer checks a text against it (the search can return the
    // same address twice with different excerpts; the one whose hash matches is the annotated text)
    sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  }),
});
type ArticleGold = z.infer<typeof ArticleGold>;

async function loadGolds(dir: string): Promise<ArticleGold[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  const out: ArticleGold[] = [];
  for (const f of files) {
    const raw: unknown = JSON.parse(await readFile(join(dir, f), "utf8"));
    const parsed = ArticleGold.safeParse(raw);
    if (!parsed.success) throw new Error(`${join(dir, f)}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    if (`${parsed.data.id}.json` !== f) throw new Error(`${join(dir, f)}: id "${parsed.data.id}" does not match the file name`);
    out.push(parsed.data);
  }
  return out;
}

function line(s: Score): string {
  return Object.entries(s)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(" ");
}

function printDetail(d: ScoreDetail): void {
  const t = (x: { s: string[]; p: string[]; o: string[] }): string => `${x.s[0]} -${x.p.join("|")}-> ${x.o[0]}`;
  console.log("missed entities:", d.missedEntities.join(", ") || "-");
  console.log("wrong type:", d.wrongType.join(", ") || "-");
  console.log("duplicates:", JSON.stringify(d.duplicates));
  console.log("unmatched nodes:", d.unmatchedNodes.join(" | ") || "-");
  console.log("missed triples:", d.missedTriples.map(t).join("; ") || "-");
  console.log("false triples:", d.falseTriples.map((x) => x.join(" ")).join("; ") || "-");
  console.log("negatives produced:", d.negativesProduced.map((x) => x.join(" ")).join("; ") || "-");
  console.log("boilerplate nodes:", d.boilerplateNodes.join(", ") || "-");
}

async function main(): Promise<void> {
  const program = new Command("eval:real")
    .argument("[dir]", "folder of restored texts", join(REAL, "texts"))
    .addOption(new Option("--split <split>", "score one split").choices(["dev", "test"]))
    .option("--gold <dir>", "folder of per-article gold files", join(REAL, "gold"))
    .option("--ids <range>", "only these article ids, as FROM-TO (a blind batch, or everything before it)")
    .option("--per-doc", "also score each article on its own")
    .option("--verbose", "list misses and false triples")
    .option("--json", "print the score as JSON")
    .option("--out <file>", "also write the built graph here")
    .option("--manifest", "rewrite manifest.json from the gold files and stop")
    .option("--record-hashes", "store each restored text's sha256 in its gold file (after checking the restore) and stop");
  program.parse();
  const opts = program.opts<{ ids?: string; split?: "dev" | "test"; gold: string; perDoc?: boolean; verbose?: boolean; json?: boolean; out?: string; manifest?: boolean; recordHashes?: boolean }>();
  const golds = await loadGolds(opts.gold);

  if (opts.manifest) {
    const manifest = golds.map((g) => ({ id: g.id, file: g.file, split: g.split, ...g.source }));
    await writeFile(join(REAL, "manifest.json"), `${JSON.stringify(manifest, null, 1)}\n`);
    const outlets = new Set(golds.map((g) => g.source.outlet)).size;
    const disputes = new Set(golds.map((g) => g.source.dispute)).size;
    console.log(`manifest.json: ${golds.length} articles, ${disputes} disputes, ${outlets} outlets`);
    return;
  }

  const dir = resolve(program.args[0] ?? join(REAL, "texts"));
  const sha256 = async (g: ArticleGold): Promise<string> => createHash("sha256").update(await readFile(join(dir, g.file))).digest("hex");
  if (opts.recordHashes) {
    for (const g of golds.filter((x) => existsSync(join(dir, x.file)))) {
      const path = join(opts.gold, `${g.id}.json`);
      const raw = JSON.parse(await readFile(path, "utf8")) as { source: Record<string, unknown> };
      raw.source.sha256 = await sha256(g);
      await writeFile(path, `${JSON.stringify(raw, null, 1)}\n`);
    }
    console.log("sha256 recorded; run --manifest to refresh manifest.json");
    return;
  }
  const [lo, hi] = (opts.ids ?? "000-999").split("-").map(Number) as [number, number];
  const chosen = golds.filter((g) => (!opts.split || g.split === opts.split) && Number(g.id) >= lo && Number(g.id) <= (hi ?? lo));
  const present = chosen.filter((g) => existsSync(join(dir, g.file)));
  const missing = chosen.filter((g) => !existsSync(join(dir, g.file)));
  if (missing.length > 0) console.error(`not restored (left out): ${missing.map((g) => g.file).join(", ")}`);
  const differing: string[] = [];
  for (const g of present) if (g.source.sha256 && g.source.sha256 !== (await sha256(g))) differing.push(g.file);
  if (differing.length > 0) console.error(`differ from the annotated text (sha256; scored anyway): ${differing.join(", ")}`);
  if (present.length === 0) {
    console.error(`eval:real: no article of ${opts.split ?? "any"} split found in ${dir}`);
    process.exitCode = 1;
    return;
  }

  const score = async (set: ArticleGold[]): Promise<{ score: Score; detail: ScoreDetail; graph: object }> => {
    const corpus = await readCorpus(set.map((g) => join(dir, g.file)));
    for (const p of corpus.problems) console.error(`problem: ${p.path}: ${p.message}`);
    const graph = (await buildGraph(corpus.documents, { layout: false })).export();
    const gold = mergeGold(set.map((g) => ({ name: g.id, gold: g })));
    return { ...scoreGraph(graph, gold), graph };
  };

  if (opts.perDoc) {
    // each article against its own gold, then summed: a negative of one article cannot be hit by a
    // correct triple of another, as it can in the merged score below
    const sum = { required: 0, found: 0, scoredNodes: 0, matchedNodes: 0, goldTriples: 0, hits: 0, truePositives: 0, judged: 0, negatives: 0, duplicates: 0, furniture: 0 };
    for (const g of present) {
      const r = await score([g]);
      console.log(`${g.id} ${g.split} ${line(r.score)}`);
      if (opts.verbose) printDetail(r.detail);
      for (const [k, v] of Object.entries(r.detail.counts)) sum[k as keyof typeof sum] += v;
      sum.negatives += r.score.negatives_produced;
      sum.duplicates += r.score.duplicate_entities;
      sum.furniture += r.score.boilerplate_nodes;
    }
    const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : "0");
    console.log(
      `per-article sum (${present.length}): entity_recall=${ratio(sum.found, sum.required)} entity_precision=${ratio(sum.matchedNodes, sum.scoredNodes)} ` +
        `triple_recall=${ratio(sum.hits, sum.goldTriples)} triple_precision=${ratio(sum.truePositives, sum.judged)} duplicate_entities=${sum.duplicates} negatives_produced=${sum.negatives} boilerplate_nodes=${sum.furniture}`,
    );
  }
  const all = await score(present);
  if (opts.out) await writeFile(opts.out, JSON.stringify(all.graph));
  if (opts.json) console.log(JSON.stringify({ articles: present.length, ...all.score }));
  else {
    console.log(`${opts.split ?? "all"} (${present.length} articles): ${line(all.score)}`);
    if (opts.verbose && !opts.perDoc) printDetail(all.detail);
  }
}

main().catch((err: unknown) => {
  console.error(`eval:real: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
