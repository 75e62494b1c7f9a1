// The graph contract: evidence offsets point at the quoted span, every edge has evidence, every
// evidence document resolves, and building twice gives the same bytes.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraph, type NewsGraph } from "../../src/graph/build-graph.ts";
import { serializeGraph } from "../../src/graph/io.ts";
import { readCorpus } from "../../src/ingest/index.ts";
import type { Document, Evidence } from "../../src/model/types.ts";
import { DOCUMENT_RULE_IDS, RULE_IDS } from "../../src/extract/relations/types.ts";

const root = join(import.meta.dirname, "..", "..");
let docs: Document[];
let graph: NewsGraph;

beforeAll(async () => {
  const corpus = await readCorpus([join(root, "seeds"), join(root, "test/fixtures/articles")]);
  docs = corpus.documents;
  graph = await buildGraph(docs);
});

it("gives every evidence item the id of a registered relation or document rule", () => {
  const rules = new Set<string>([...RULE_IDS, ...DOCUMENT_RULE_IDS]);
  let items = 0;
  graph.forEachEdge((key, attr) => {
    for (const ev of attr.evidence) {
      items++;
      expect(rules.has(ev.rule ?? ""), `${key}: rule ${ev.rule}`).toBe(true);
    }
  });
  expect(items).toBeGreaterThan(100);
});

function checkEvidence(g: NewsGraph, byId: Map<string, Document>): void {
  g.forEachEdge((key, attr) => {
    const evidence = attr.evidence as Evidence[];
    expect(evidence.length, key).toBeGreaterThan(0);
    for (const ev of evidence) {
      const d = byId.get(ev.doc);
      expect(d, `${key}: document ${ev.doc}`).toBeDefined();
      expect(d?.text.slice(ev.start, ev.end)).toBe(ev.quote);
      if (ev.context !== undefined && ev.contextStart !== undefined) {
        expect(d?.text.slice(ev.contextStart, ev.contextStart + ev.context.length)).toBe(ev.context);
        expect(ev.start).toBeGreaterThanOrEqual(ev.contextStart);
        expect(ev.end).toBeLessThanOrEqual(ev.contextStart + ev.context.length);
      }
    }
  });
}

describe("buildGraph on real articles", () => {
  it("quotes exactly the span its offsets name, for every edge", () => {
    expect(graph.size).toBeGreaterThan(50);
    checkEvidence(graph, new Map(docs.map((d) => [d.id, d])));
  });

  it("lists every document evidence points to", () => {
    const ids = new Set((graph.getAttribute("documents") as { id: string }[]).map((d) => d.id));
    graph.forEachEdge((_k, a) => (a.evidence as Evidence[]).forEach((ev) => expect(ids.has(ev.doc)).toBe(true)));
  });

  it("gives every node a label, a type, aliases, a colour, a size and a position", () => {
    graph.forEachNode((key, a) => {
      expect(typeof a.label, key).toBe("string");
      expect(Array.isArray(a.aliases), key).toBe(true);
      expect(a.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y) && (a.size ?? 0) > 0).toBe(true);
    });
  });

  it("builds the same bytes twice", async () => {
    const again = await buildGraph([...docs].reverse());
    expect(serializeGraph(again)).toBe(serializeGraph(graph));
  });
});

describe("evidence offsets, for any mix of sentences", () => {
  const pool = readdirSync(join(root, "seeds"))
    .flatMap((f) => readFileSync(join(root, "seeds", f), "utf8").split(/(?<=[.!?])\s+|\n+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 20 && s.length < 400);

  it("quotes the span its offsets name", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 6 }), fc.constantFrom(" ", "\n", "\n\n", "  "), async (sentences, sep) => {
        const d: Document = { id: "p", title: "", source: "p.txt", text: sentences.join(sep), removed: [] };
        const g = await buildGraph([d], { layout: false });
        checkEvidence(g, new Map([["p", d]]));
      }),
      { numRuns: 40 },
    );
  });
});

describe("the committed graph/graph.json", () => {
  it("was built from seeds/ by the current pipeline (rebuild: npx newsgraph build seeds --out graph/graph.json)", async () => {
    const { pipelineFingerprint } = await import("../../src/graph/fingerprint.ts");
    const committed = JSON.parse(readFileSync(join(root, "graph", "graph.json"), "utf8")) as {
      attributes: { pipeline: string };
      nodes: { key: string }[];
      edges: { key: string }[];
    };
    expect(committed.attributes.pipeline).toBe(await pipelineFingerprint());
    const { documents } = await readCorpus([join(root, "seeds")]);
    const fresh = (await buildGraph(documents, { layout: false })).export();
    expect(committed.nodes.map((n) => n.key)).toEqual(fresh.nodes.map((n) => n.key));
    expect(committed.edges.map((e) => e.key)).toEqual(fresh.edges.map((e) => e.key));
  });
});
