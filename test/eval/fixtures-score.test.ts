// Scores the graphs built from our own fixture articles on trade disputes other than the seeds
// (test/fixtures/articles, blind, holdout and dev, each with its gold.json) with the repository's scorer
// (src/eval/score.ts, the shared evaluation script's measures). The floors are modest on purpose: this
// guards against tuning to the seeds, it is not a target. The full score line is printed so the figures
// show up in every test run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../src/ingest/index.ts";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { scoreGraph } from "../../src/eval/score.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

// Floors sit a little under what the pipeline scores today, so a change that loses generality
// fails here; "blind" was written without looking at the extractor.
const SETS = [
  { name: "articles", ids: ["101", "102", "103", "104", "105", "106"], floors: { entity_recall: 0.95, entity_precision: 0.92, triple_recall: 0.85, triple_precision: 0.95 } },
  { name: "blind", ids: ["201", "202", "203", "204", "205", "206"], floors: { entity_recall: 0.93, entity_precision: 0.92, triple_recall: 0.65, triple_precision: 0.95 } },
  // "holdout" was scored before anyone looked at it (entity recall 0.86, precision 0.93, triple
  // recall 0.36, precision 0.89, one negative); a few general mechanisms came from its misses since.
  // Its one negative is known: Korea's "Trade Minister" heads the trade-negotiation office inside
  // the industry ministry, which the lexicon does not tell apart yet.
  { name: "holdout", ids: ["301", "302", "303", "304", "305", "306"], floors: { entity_recall: 0.9, entity_precision: 0.9, triple_recall: 0.55, triple_precision: 0.9 }, maxNegatives: 1 },
  // "dev" (401-406: nickel ore, rice, tomatoes, canola, steel safeguard, grain bans) was written blind
  // for the next round of work; its first score, before anyone read its misses, was entity recall
  // 0.59, precision 0.78, triple recall 0.06, precision 0.64, one negative: what extraction knows of
  // disputes it has never seen.
  { name: "dev", ids: ["401", "402", "403", "404", "405", "406"], floors: { entity_recall: 0.55, entity_precision: 0.7, triple_recall: 0.05, triple_precision: 0.6 }, maxNegatives: 1 },
  // "learned" (601-605) paraphrases constructions met in the real-article dev split
  // (test/fixtures/real), written after the extractor: a regression set, not a blind score.
  { name: "learned", ids: ["601", "602", "603", "604", "605"], floors: { entity_recall: 0.9, entity_precision: 0.8, triple_recall: 0.85, triple_precision: 0.9 } },
] as const;

describe("fixture articles (other trade disputes) scored against their gold.json", () => {
  it.each(SETS)("$name clears its floors", async (set) => {
    const { name, ids, floors } = set;
    const dir = path.join(repoRoot, "test", "fixtures", name);
    const corpus = await readCorpus([dir]);
    expect(corpus.problems).toEqual([]);
    expect(corpus.documents.map((d) => d.id.slice(0, 3)).sort()).toEqual([...ids]);

    const graph = await buildGraph(corpus.documents, { layout: false });
    const gold: unknown = JSON.parse(readFileSync(path.join(dir, "gold.json"), "utf8"));
    const { score, detail } = scoreGraph(graph.export(), gold);
    console.log(`${name} score: ` + Object.entries(score).map(([k, v]) => `${k}=${String(v)}`).join(" "));
    // What was missed or wrongly produced, to make a failing floor easy to act on.
    console.log(JSON.stringify({ ...detail, missedTriples: detail.missedTriples.map((t) => `${t.s[0]} ${t.p.join("|")} ${t.o[0]}`) }, null, 1));

    for (const [k, floor] of Object.entries(floors)) expect(score[k as keyof typeof floors], k).toBeGreaterThanOrEqual(floor);
    expect(score.negatives_produced).toBeLessThanOrEqual("maxNegatives" in set ? set.maxNegatives : 0);
    expect(score.boilerplate_nodes).toBe(0);
  });
});
