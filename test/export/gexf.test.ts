// GEXF export: the graphology-gexf faults are corrected, both versions validate against the RelaxNG
// schemas (xmllint), graphology-gexf parses the output back to the same structure (property test), and
// networkx reads the 1.2draft file with the same counts, edge types and positions.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/model/errors.ts";
import { EDGE_TYPES, ENTITY_TYPES } from "../../src/model/types.ts";
import { type GexfVersion, toGexf, writeGexf } from "../../src/export/index.ts";
import type { KgGraph } from "../../src/query/index.ts";
import { loadMini } from "../fixtures/graph/load-mini.ts";
import {
  REPO_ROOT,
  SCHEMA_DIR,
  networkx,
  relaxngErrors,
  requireTools,
  runPython,
  sharedSchemas,
  skipUnlessAvailable,
  xmllint,
} from "./external-tools.ts";

const graph = loadMini();
const VERSIONS: GexfVersion[] = ["1.2", "1.3"];
const SCHEMA: Record<GexfVersion, string> = {
  "1.2": resolve(SCHEMA_DIR, "1.2draft/gexf.rng"),
  "1.3": resolve(SCHEMA_DIR, "1.3/gexf.rng"),
};
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-gexf-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function edgeSet(g: KgGraph): string[] {
  return g.mapEdges((k, a, s, t) => `${k} ${s}->${t} ${a.type}`).sort();
}

describe.each(VERSIONS)("GEXF %s", (version) => {
  const xml = toGexf(graph, { version });

  it("corrects graphology-gexf's known faults", () => {
    expect(xml).not.toContain("[object Object]");
    expect(xml).not.toContain("http:///");
    expect(xml).not.toContain("xsi:");
    if (version === "1.2") {
      expect(xml).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
      expect(xml).not.toMatch(/<edge [^>]*kind=/);
      expect(xml.match(/<viz:position [^>]*>/g)?.every((p) => / z="/.test(p))).toBe(true);
    } else {
      expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
      expect(xml).toMatch(/<edge [^>]*kind="leads"/);
      expect(xml).toMatch(/<viz:color hex="#[0-9a-f]{6}"\/>/);
    }
  });

  it("declares flattened attributes with their types", () => {
    for (const [id, type] of [
      ["type", "string"],
      ["aliases", "string"],
      ["docs", "string"],
      ["mentions", "integer"],
      ["evidence_count", "integer"],
      ["evidence_docs", "string"],
      ["evidence_quote", "string"],
      ["evidence_modality", "string"],
    ])
      expect(xml).toContain(`<attribute id="${id}" title="${id}" type="${type}"/>`);
    expect(xml).toContain('value="He Lap Phong; Hà Lập Phong"');
  });

  it("keeps every parallel typed edge under its own id", () => {
    const ids = [...xml.matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(graph.size);
    expect(ids).toContain("person:he-lifeng|leads|agency:cn-delegation");
    expect(ids).toContain("person:he-lifeng|member-of|agency:cn-delegation");
  });

  it("parses back with graphology-gexf to the same nodes, edges and attributes", () => {
    const back = parseGexf(MultiDirectedGraph, xml, { respectInputGraphType: true }) as KgGraph;
    expect(back.nodes().sort()).toEqual(graph.nodes().sort());
    expect(edgeSet(back)).toEqual(edgeSet(graph));
    expect(back.getNodeAttributes("person:he-lifeng")).toMatchObject({
      label: "He Lifeng",
      type: "person",
      x: graph.getNodeAttribute("person:he-lifeng", "x"),
    });
    expect(
      back.getEdgeAttribute(
        "country:us|offers-to-lift|measure:us-export-controls-chip-design-software",
        "evidence_count",
      ),
    ).toBe(1);
  });

  it("rejects an unknown version", () => {
    expect(() => toGexf(graph, { version: "1.1" as never })).toThrow(InvalidInputError);
  });
});

describe.skipIf(skipUnlessAvailable(xmllint, sharedSchemas))("GEXF schemas (xmllint --relaxng)", () => {
  beforeAll(() => requireTools(xmllint, sharedSchemas));

  it.each(VERSIONS)("the mini graph validates as GEXF %s", (version) => {
    const file = join(dir, `mini-${version}.gexf`);
    writeFileSync(file, toGexf(graph, { version }));
    expect(relaxngErrors(SCHEMA[version], file)).toBeUndefined();
  });

  it.each(VERSIONS)("unpatched graphology-gexf %s output is rejected (so the check has teeth)", async (version) => {
    const { write } = await import("graphology-gexf");
    // The raw writer cannot even serialise evidence lists in 1.3, so drop them to reach the schema.
    const g = loadMini();
    g.forEachEdge((e) => g.removeEdgeAttribute(e, "evidence"));
    const file = join(dir, `raw-${version}.gexf`);
    writeFileSync(file, write(g as never, { version }));
    expect(relaxngErrors(SCHEMA[version], file)).toMatch(/fails to validate/);
  });
});

// Random graphs with hostile text (quotes, markup, control characters, astral symbols, empty labels)
// and arbitrary attribute shapes.
const text = fc.string({
  unit: fc.constantFrom("a", "Z", " ", "'", '"', "<", ">", "&", "\u0001", "\t", "é", "đ", "😀", "|", ";", "\n"),
  maxLength: 12,
});
const arbGraph = fc
  .record({
    nodes: fc.array(
      fc.record({
        label: text,
        // Keys are slugs in real graphs, but nothing should break on markup or astral characters.
        slug: fc.string({ unit: fc.constantFrom("a", "-", "'", '"', "<", "&", "é", "😀", " ", "|"), maxLength: 6 }),
        type: fc.constantFrom(...ENTITY_TYPES),
        aliases: fc.array(text, { maxLength: 3 }),
        x: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined }),
        y: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        size: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
        color: fc.option(fc.constantFrom("#abc", "#a1b2c3", "rgb(1,2,3)", "rgba(10,20,30,0.5)", "red", ""), {
          nil: undefined,
        }),
        extra: fc.option(fc.oneof(fc.integer(), fc.boolean(), fc.object({ maxDepth: 1 })), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    edges: fc.array(
      fc.record({
        s: fc.nat(),
        t: fc.nat(),
        type: fc.constantFrom(...EDGE_TYPES),
        quotes: fc.array(text, { minLength: 1, maxLength: 3 }),
        modality: fc.option(fc.constantFrom("asserted", "reported", "negated"), { nil: undefined }),
        size: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: undefined }),
      }),
      { maxLength: 25 },
    ),
  })
  .map(({ nodes, edges }) => {
    const g: KgGraph = new MultiDirectedGraph();
    nodes.forEach((n, i) => {
      const { extra, slug, ...rest } = n;
      g.addNode(`${n.type}:${slug}${i}`, { ...rest, ...(extra !== undefined ? { extra } : {}) } as never);
    });
    const keys = g.nodes();
    edges.forEach((e, i) => {
      const s = keys[e.s % keys.length]!;
      const t = keys[e.t % keys.length]!;
      g.addEdgeWithKey(`${s}|${e.type}|${t}#${i}`, s, t, {
        type: e.type,
        weight: e.quotes.length,
        ...(e.size !== undefined ? { size: e.size } : {}),
        evidence: e.quotes.map((quote, j) => ({
          doc: `doc-${j}`,
          sentence: j,
          start: 0,
          end: quote.length,
          quote,
          ...(e.modality ? { modality: e.modality } : {}),
        })),
      } as never);
    });
    return g;
  });

describe("GEXF round trip (property)", () => {
  it.each(VERSIONS)("graphology-gexf parses any exported %s graph back to the same nodes and edges", (version) => {
    fc.assert(
      fc.property(arbGraph, (g) => {
        const back = parseGexf(MultiDirectedGraph, toGexf(g, { version }), { respectInputGraphType: true }) as KgGraph;
        expect(back.nodes().sort()).toEqual(g.nodes().sort());
        expect(edgeSet(back)).toEqual(edgeSet(g));
      }),
      { numRuns: 150 },
    );
  });

  it.skipIf(skipUnlessAvailable(xmllint, sharedSchemas)).each(VERSIONS)(
    "any exported %s graph validates",
    (version) => {
      requireTools(xmllint, sharedSchemas);
      let i = 0;
      fc.assert(
        fc.property(arbGraph, (g) => {
          const file = join(dir, `random-${version}-${i++}.gexf`);
          writeFileSync(file, toGexf(g, { version }));
          expect(relaxngErrors(SCHEMA[version], file)).toBeUndefined();
        }),
        { numRuns: 25 },
      );
    },
  );
});

describe.skipIf(skipUnlessAvailable(networkx))("networkx reads GEXF 1.2draft", () => {
  beforeAll(() => requireTools(networkx));

  it("same node and edge counts, edge types and positions", () => {
    const file = join(dir, "nx.gexf");
    writeFileSync(file, toGexf(graph, { version: "1.2" }));
    const out = JSON.parse(runPython(resolve(REPO_ROOT, "scripts/check-networkx.py"), ["gexf", file])) as {
      nodes: number;
      edges: number;
      labels: Record<string, string>;
      positions: Record<string, [number, number]>;
      edgeList: Array<[string, string, string, number]>;
    };
    expect(out.nodes).toBe(graph.order);
    expect(out.edges).toBe(graph.size);
    expect(out.edgeList).toEqual(graph.mapEdges((_k, a, s, t) => [s, t, a.type, a.evidence.length]).sort());
    graph.forEachNode((key, a) => {
      expect(out.positions[key]).toEqual([a.x, a.y]);
      expect(out.labels[key]).toBe(a.label);
    });
  });
});

describe("writeGexf", () => {
  it("writes atomically: the file appears whole and no temporary file is left", async () => {
    const sub = join(dir, "atomic");
    const file = join(sub, "out.gexf");
    await writeGexf(graph, file, { version: "1.3" });
    expect(readFileSync(file, "utf8")).toBe(toGexf(graph, { version: "1.3" }));
    expect(readdirSync(sub)).toEqual(["out.gexf"]);
  });
});
