// The acceptance examples, against the graph the real pipeline builds from seeds/: what the
// US offers to lift (and not AI chips), what China wants lifted, who leads the Chinese delegation, who
// He Lap Phong is; then the same graph through GEXF 1.2draft to networkx-compatible checks. This is
// where the query layer meets the pipeline's output rather than a hand-made fixture.
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { readCorpus } from "../../src/ingest/index.ts";
import { ask, graphFromJson, type KgGraph } from "../../src/query/index.ts";

const SEEDS = resolve(import.meta.dirname, "../../seeds");
let graph: KgGraph;

beforeAll(async () => {
  const corpus = await readCorpus([SEEDS]);
  // Round-trip through JSON, as the CLI and server see graph.json.
  graph = graphFromJson(JSON.parse(JSON.stringify((await buildGraph(corpus.documents, { layout: false })).export())));
}, 120_000);

const labels = (q: string): string[] => ask(graph, q).answers.map((a) => a.label.toLowerCase());

describe("ask on the seed articles", () => {
  it("what does the US offer to lift: chip design software, jet engine parts, chemicals, nuclear materials, chips; not AI chips", () => {
    const got = labels("what does the US offer to lift");
    for (const want of ["chip design software", "jet engine parts", "chemicals", "nuclear materials"])
      expect(got).toContain(want);
    expect(got.some((l) => /chip|semiconductor/.test(l) && !/design|ai|artificial/.test(l))).toBe(true);
    expect(got.some((l) => /\bai\b|artificial intelligence/.test(l))).toBe(false);
    for (const a of ask(graph, "what does the US offer to lift").answers) {
      expect(a.evidence.length).toBeGreaterThan(0);
      expect(a.evidence.every((e) => typeof e.doc === "string" && e.quote.length > 0)).toBe(true);
    }
  });

  it("what does China want lifted: US chip controls", () => {
    expect(labels("what does China want lifted").some((l) => /chip|semiconductor/.test(l))).toBe(true);
  });

  it("who leads the Chinese delegation: He Lifeng", () => {
    expect(ask(graph, "who leads the Chinese delegation").answers.map((a) => a.key)).toContain("person:he-lifeng");
  });

  it("who is He Lap Phong: He Lifeng", () => {
    expect(ask(graph, "who is He Lap Phong").answers[0]?.key).toBe("person:he-lifeng");
  });
});
