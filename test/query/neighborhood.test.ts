// neighbourhood: filters, limits and the law neighbourhood(k) ⊆ neighbourhood(k + 1), on the mini graph
// and (by property test) on random multigraphs.
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { InvalidInputError, NotFoundError } from "../../src/model/errors.ts";
import { EDGE_TYPES, ENTITY_TYPES } from "../../src/model/types.ts";
import { type KgGraph, neighborhood, nodeDetails } from "../../src/query/index.ts";
import { loadMini } from "../fixtures/graph/load-mini.ts";

const graph = loadMini();
const nodeKeys = (r: ReturnType<typeof neighborhood>): string[] => r.graph.nodes.map((n) => n.key).sort();

describe("neighborhood", () => {
  it("depth 1 around the Chinese delegation: its leader, member, venue", () => {
    const r = neighborhood(graph, "agency:cn-delegation");
    expect(nodeKeys(r)).toEqual([
      "agency:cn-delegation",
      "person:he-lifeng",
      "person:wang-wentao",
      "place:lancaster-house",
    ]);
    expect(r.graph.edges.every((e) => Array.isArray(e.attributes?.evidence) && e.attributes.evidence.length > 0)).toBe(
      true,
    );
    expect(r.distances["person:he-lifeng"]).toBe(1);
    // Parallel edges (leads and member-of) both come through.
    expect(r.graph.edges.filter((e) => e.source === "person:he-lifeng")).toHaveLength(2);
  });

  it.each([
    [
      { direction: "out" as const },
      [
        "country:us",
        "commodity:advanced-ai-chips",
        "measure:us-export-controls-ai-chips",
        "measure:us-export-controls-chip-design-software",
        "measure:us-export-controls-chips",
        "measure:cn-export-controls-rare-earths",
      ],
    ],
    [{ direction: "in" as const }, ["country:us", "agency:us-delegation"]],
    [{ edgeTypes: ["offers-to-lift" as const] }, ["country:us", "measure:us-export-controls-chip-design-software"]],
    [{ nodeTypes: ["agency" as const] }, ["country:us", "agency:us-delegation"]],
  ])("filters %j", (options, expected) => {
    expect(nodeKeys(neighborhood(graph, "country:us", options))).toEqual([...expected].sort());
  });

  it("depth 2 reaches commodities through measures", () => {
    expect(nodeKeys(neighborhood(graph, "country:cn", { depth: 2, direction: "out" }))).toContain(
      "commodity:dysprosium",
    );
  });

  it("truncates at the limit and says so", () => {
    const r = neighborhood(graph, "country:us", { depth: 3, limit: 5 });
    expect(r.graph.nodes).toHaveLength(5);
    expect(r.truncated).toBe(true);
  });

  it.each([
    [{ depth: 0 }],
    [{ depth: 4 }],
    [{ depth: 100 }],
    [{ limit: 10 ** 9 }],
    [{ limit: 0 }],
    [{ edgeTypes: ["likes"] }],
    [{ direction: "up" }],
  ])("rejects %j", (options) => {
    expect(() => neighborhood(graph, "country:us", options as never)).toThrow(InvalidInputError);
  });

  it("404s an unknown node", () => {
    expect(() => neighborhood(graph, "country:atlantis")).toThrow(NotFoundError);
    expect(() => nodeDetails(graph, "country:atlantis")).toThrow(NotFoundError);
  });
});

describe("nodeDetails", () => {
  it("groups edges by type with degree counts", () => {
    const d = nodeDetails(graph, "agency:us-delegation");
    expect(d.degree).toEqual({ in: 3, out: 2, total: 5 });
    expect(d.edgeGroups.map((g) => [g.type, g.count])).toEqual([
      ["attends", 1],
      ["leads", 1],
      ["member-of", 3],
    ]);
    expect(d.attributes.label).toBe("US delegation");
  });
});

// Random multigraphs with typed nodes and edges, for the subset law.
const arbGraph = fc
  .record({
    n: fc.integer({ min: 1, max: 25 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...EDGE_TYPES)), { maxLength: 60 }),
    types: fc.array(fc.constantFrom(...ENTITY_TYPES), { minLength: 25, maxLength: 25 }),
  })
  .map(({ n, edges, types }) => {
    const g: KgGraph = new MultiDirectedGraph();
    for (let i = 0; i < n; i++) g.addNode(`n${i}`, { label: `n${i}`, type: types[i]! });
    edges.forEach(([a, b, type], i) =>
      g.addEdgeWithKey(`e${i}`, `n${a % n}`, `n${b % n}`, {
        type,
        evidence: [{ doc: "d", sentence: 0, start: 0, end: 1, quote: "x" }],
      }),
    );
    return g;
  });

describe("neighborhood laws", () => {
  it("neighbourhood(k) ⊆ neighbourhood(k + 1), nodes and edges, under any filters and limit", () => {
    fc.assert(
      fc.property(
        arbGraph,
        fc.nat(),
        fc.integer({ min: 1, max: 2 }),
        fc.constantFrom("out", "in", "both"),
        fc.option(fc.subarray([...EDGE_TYPES], { minLength: 1 }), { nil: undefined }),
        fc.option(fc.subarray([...ENTITY_TYPES], { minLength: 1 }), { nil: undefined }),
        fc.integer({ min: 1, max: 30 }),
        (g, c, k, direction, edgeTypes, nodeTypes, limit) => {
          const center = `n${c % g.order}`;
          const opts = {
            direction,
            limit,
            ...(edgeTypes ? { edgeTypes } : {}),
            ...(nodeTypes ? { nodeTypes } : {}),
          } as const;
          const small = neighborhood(g, center, { ...opts, depth: k });
          const big = neighborhood(g, center, { ...opts, depth: k + 1 });
          const bigNodes = new Set(big.graph.nodes.map((x) => x.key));
          const bigEdges = new Set(big.graph.edges.map((x) => x.key));
          expect(small.graph.nodes.every((x) => bigNodes.has(x.key))).toBe(true);
          expect(small.graph.edges.every((x) => bigEdges.has(x.key!))).toBe(true);
          // Every edge returned joins two returned nodes, once, in its own direction.
          const smallNodes = new Set(small.graph.nodes.map((x) => x.key));
          expect(small.graph.edges.every((x) => smallNodes.has(x.source) && smallNodes.has(x.target))).toBe(true);
          expect(new Set(small.graph.edges.map((x) => x.key)).size).toBe(small.graph.edges.length);
          expect(small.graph.edges.every((x) => g.source(x.key!) === x.source && g.target(x.key!) === x.target)).toBe(
            true,
          );
          // Without a limit cut and the edge cap, the subgraph is induced: every edge among its nodes.
          if (!small.truncated) {
            const induced = g.filterEdges(
              (_k, a, s, t) => smallNodes.has(s) && smallNodes.has(t) && (!edgeTypes || edgeTypes.includes(a.type)),
            );
            expect(small.graph.edges.map((x) => x.key).sort()).toEqual(induced.sort());
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
