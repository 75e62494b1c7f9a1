// Scores the graph built from test/fixtures/articles (five articles on trade disputes other than the
// seeds, plus a web-page version of one of them) against test/fixtures/articles/gold.json with the
// shared evaluation script. The floors are modest on purpose: this guards against tuning to the seeds,
// it is not a target. The full score line is printed so the figures show up in every test run.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { readCorpus } from "../../src/ingest/index.ts";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { writeGraphJson } from "../../src/graph/io.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const shared = path.resolve(repoRoot, "../shared");
const scorer = path.join(shared, "eval", "score.py");
const python = "/usr/bin/python3";
const fixtures = path.join(repoRoot, "test", "fixtures", "articles");
const gold = path.join(fixtures, "gold.json");

interface Score {
  entity_recall: number;
  entity_typed_recall: number;
  entity_precision: number;
  duplicate_entities: number;
  triple_recall: number;
  triple_precision: number;
  triple_f1: number;
  provenance_ok: string;
  negatives_produced: number;
  boilerplate_nodes: number;
  nodes: number;
  edges: number;
}

const canScore = existsSync(scorer) && existsSync(python);
if (!canScore) console.warn(`fixtures-score: skipped, ${scorer} or ${python} is missing`);

describe.skipIf(!canScore)("fixture articles (other trade disputes) scored against gold.json", () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "newsgraph-fixtures-"));
  const graphFile = path.join(tmp, "graph.json");
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("builds a graph that clears the floors", async () => {
    const corpus = await readCorpus([fixtures]);
    expect(corpus.problems).toEqual([]);
    // 101..105 are .txt, 106 is the web-page version of 104; gold.json is not an article.
    expect(corpus.documents.map((d) => d.id.slice(0, 3)).sort()).toEqual(["101", "102", "103", "104", "105", "106"]);

    const graph = await buildGraph(corpus.documents);
    await writeGraphJson(graph, graphFile);

    const run = (...extra: string[]): string =>
      execFileSync(python, [scorer, graphFile, gold, ...extra], { encoding: "utf8", cwd: repoRoot });
    const score = JSON.parse(run("--json")) as Score;
    console.log(
      "fixtures score: " +
        Object.entries(score)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(" "),
    );
    // What was missed or wrongly produced, to make a failing floor easy to act on.
    console.log(run("--verbose"));

    expect(score.entity_recall).toBeGreaterThanOrEqual(0.7);
    expect(score.triple_precision).toBeGreaterThanOrEqual(0.6);
    expect(score.negatives_produced).toBe(0);
    expect(score.boilerplate_nodes).toBe(0);
  });
});
