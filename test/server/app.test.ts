// The HTTP API against the real app on port 0: every endpoint, and the bad requests that must get
// 400/404/413 with {"error": {code, message}} rather than a 500.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ASK_FORMS, ask, type KgGraph } from "../../src/query/index.ts";
import { type RunningServer, start } from "../../src/server/index.ts";
import { loadMini } from "../fixtures/graph/load-mini.ts";

// Response bodies are read ad hoc (body.hits[0].key); typing each endpoint's shape here would only
// restate the query layer's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let server: RunningServer;
let graph: KgGraph;
let staticDir: string;

beforeAll(async () => {
  graph = loadMini();
  staticDir = mkdtempSync(join(tmpdir(), "newsgraph-static-"));
  writeFileSync(join(staticDir, "index.html"), "<!doctype html><title>viewer</title>");
  server = await start({ graph, port: 0, staticDir });
});
afterAll(async () => {
  await server.stop();
  rmSync(staticDir, { recursive: true, force: true });
});

async function get(path: string): Promise<{ status: number; body: Json; headers: Headers }> {
  const res = await fetch(server.url + path);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON (exports, static files) */
  }
  return { status: res.status, body, headers: res.headers };
}

async function post(
  path: string,
  body: string,
  contentType = "application/json",
): Promise<{ status: number; body: Json }> {
  const res = await fetch(server.url + path, { method: "POST", body, headers: { "content-type": contentType } });
  return { status: res.status, body: await res.json() };
}

function expectError(r: { status: number; body: Json }, status: number, code?: string): void {
  expect(r.status).toBe(status);
  expect(typeof r.body.error?.message).toBe("string");
  if (code) expect(r.body.error.code).toBe(code);
}

describe("GET /api/health, /api/stats, /api/graph", () => {
  it("health", async () => {
    expect(await get("/api/health")).toMatchObject({
      status: 200,
      body: { status: "ok", nodes: graph.order, edges: graph.size },
    });
  });
  it("stats count nodes and edges by type, and documents", async () => {
    const { body } = await get("/api/stats");
    expect(body).toMatchObject({ nodes: graph.order, edges: graph.size, documents: 3 });
    expect(body.nodesByType.person).toBe(5);
    expect(body.edgesByType["offers-to-lift"]).toBe(1);
  });
  it("graph is the graphology export", async () => {
    expect((await get("/api/graph")).body).toEqual(JSON.parse(JSON.stringify(graph.export())));
  });
});

describe("GET /api/search", () => {
  it.each([
    ["Lutnik", "person:howard-lutnick"],
    ["he%20lap", "person:he-lifeng"],
    ["H%C3%A0%20L%E1%BA%ADp%20Phong", "person:he-lifeng"],
  ])("q=%s", async (q, key) => {
    expect((await get(`/api/search?q=${q}`)).body.hits[0].key).toBe(key);
  });
  it("filters types (comma list or repeated)", async () => {
    for (const qs of ["types=agency,organization", "types=agency&types=organization"]) {
      const { body } = await get(`/api/search?q=us&${qs}`);
      expect(body.hits.length).toBeGreaterThan(0);
      expect(body.hits.every((h: { type: string }) => h.type === "agency")).toBe(true);
    }
  });
  it.each(["", "?q=", "?q=us&limit=1000000000", "?q=us&limit=abc", "?q=us&types=planet", "?q=us&q=them"])(
    "400 for %s",
    async (qs) => {
      expectError(await get(`/api/search${qs}`), 400, "invalid_input");
    },
  );
});

describe("GET /api/nodes/:id", () => {
  it("details with edges grouped by type", async () => {
    const { status, body } = await get("/api/nodes/agency%3Acn-delegation");
    expect(status).toBe(200);
    expect(body.degree).toEqual({ in: 3, out: 1, total: 4 });
    expect(body.edgeGroups.find((g: { type: string }) => g.type === "leads").edges[0]).toMatchObject({
      direction: "in",
      other: { key: "person:he-lifeng", label: "He Lifeng", type: "person" },
    });
  });
  it("404 for an unknown id", async () => {
    expectError(await get("/api/nodes/country:atlantis"), 404, "not_found");
  });
});

describe("GET /api/nodes/:id/neighborhood", () => {
  it("a graphology-serialised subgraph with evidence", async () => {
    const { status, body } = await get(
      "/api/nodes/country:cn/neighborhood?depth=2&direction=out&edgeTypes=imposes,restricts",
    );
    expect(status).toBe(200);
    expect(body.graph.options).toEqual({ type: "directed", multi: true, allowSelfLoops: true });
    expect(body.graph.nodes.map((n: { key: string }) => n.key).sort()).toEqual([
      "commodity:dysprosium",
      "commodity:rare-earths",
      "country:cn",
      "measure:cn-export-controls-rare-earths",
    ]);
    expect(
      body.graph.edges.every((e: { attributes: { evidence: unknown[] } }) => e.attributes.evidence.length > 0),
    ).toBe(true);
  });
  it.each([
    "depth=100",
    "depth=0",
    "depth=two",
    "limit=1000000000",
    "limit=-1",
    "direction=sideways",
    "edgeTypes=likes",
    "nodeTypes=planet",
  ])("400 for %s", async (qs) => {
    expectError(await get(`/api/nodes/country:us/neighborhood?${qs}`), 400, "invalid_input");
  });
  it("404 for an unknown id", async () => {
    expectError(await get("/api/nodes/nope/neighborhood"), 404);
  });
});

describe("GET /api/paths", () => {
  it("shortest paths with evidence on every edge", async () => {
    const { status, body } = await get("/api/paths?from=person:wang-wentao&to=person:he-lifeng");
    expect(status).toBe(200);
    expect(body.length).toBe(2);
    expect(body.paths).toHaveLength(2);
    expect(body.paths[0].edges[0].evidence[0].quote).toContain("Vuong Van Dao");
  });
  it.each([
    "",
    "?from=country:us",
    "?from=country:us&to=country:cn&maxLength=100",
    "?from=country:us&to=country:cn&limit=1000000000",
  ])("400 for %s", async (qs) => {
    expectError(await get(`/api/paths${qs}`), 400);
  });
  it("404 for an unknown endpoint", async () => {
    expectError(await get("/api/paths?from=country:us&to=country:atlantis"), 404);
  });
});

describe("POST /api/query", () => {
  const twoPatterns = {
    where: [
      { s: "country:us", p: "offers-to-lift", o: "?m" },
      { s: "?m", p: "restricts", o: "?c" },
    ],
    limit: 100,
  };
  it("bindings with the evidence of each matched edge", async () => {
    const { status, body } = await post("/api/query", JSON.stringify(twoPatterns));
    expect(status).toBe(200);
    expect(body.bindings.map((b: { vars: { c: string } }) => b.vars.c).sort()).toEqual([
      "commodity:chemicals",
      "commodity:chip-design-software",
      "commodity:jet-engine-parts",
      "commodity:nuclear-materials",
    ]);
    expect(body.bindings[0].edges).toHaveLength(2);
    expect(body.bindings[0].edges[0].evidence.length).toBeGreaterThan(0);
  });
  it("400 for malformed JSON", async () => {
    expectError(await post("/api/query", '{"where": [{"s": '), 400, "invalid_json");
  });
  it("413 for an oversize body", async () => {
    const huge = JSON.stringify({ where: [{ s: "x".repeat(200_000), p: "leads", o: "?o" }] });
    expectError(await post("/api/query", huge), 413, "too_large");
  });
  it("400 for an unbounded (all-variable) pattern", async () => {
    const r = await post("/api/query", JSON.stringify({ where: [{ s: "?s", p: "?p", o: "?o" }] }));
    expectError(r, 400, "invalid_input");
    expect(r.body.error.message).toMatch(/every term is a variable/);
  });
  it.each([
    ["no body", ""],
    ["not an object", "[1,2]"],
    ["empty where", '{"where": []}'],
    [
      "too many triples",
      JSON.stringify({ where: Array.from({ length: 9 }, () => ({ s: "?a", p: "leads", o: "?b" })) }),
    ],
    ["huge limit", JSON.stringify({ ...twoPatterns, limit: 1e9 })],
    ["unknown field", JSON.stringify({ ...twoPatterns, select: ["?c"] })],
    ["unknown predicate", JSON.stringify({ where: [{ s: "?a", p: "likes", o: "?b" }] })],
  ])("400 for %s", async (_name, body) => {
    expectError(await post("/api/query", body), 400);
  });
  it("404 for an unknown node constant", async () => {
    expectError(await post("/api/query", JSON.stringify({ where: [{ s: "country:xx", p: "leads", o: "?b" }] })), 404);
  });
});

describe("GET /api/ask", () => {
  it.each([
    "what does the US offer to lift",
    "what does China want lifted",
    "who leads the Chinese delegation",
    "who is He Lap Phong",
  ])("%s: the same answers as ask()", async (q) => {
    const { status, body } = await get(`/api/ask?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body).toEqual(JSON.parse(JSON.stringify(ask(graph, q))));
    expect(body.answers.length).toBeGreaterThan(0);
    expect(body.pattern.where.length).toBeGreaterThan(0);
  });
  it("the US offers to lift chip design software and not advanced AI chips", async () => {
    const { body } = await get(`/api/ask?q=${encodeURIComponent("what does the US offer to lift?")}`);
    const labels = body.answers.map((a: { label: string }) => a.label);
    expect(labels).toEqual(
      expect.arrayContaining(["chip design software", "jet engine parts", "chemicals", "nuclear materials"]),
    );
    expect(labels).not.toContain("advanced AI chips");
  });
  it.each(["?q=", "", "?q=%20%20", "?q=tell%20me%20a%20story"])("400 listing the forms for %j", async (qs) => {
    const r = await get(`/api/ask${qs}`);
    expectError(r, 400, "invalid_input");
    for (const f of ASK_FORMS) expect(r.body.error.message).toContain(f.example);
  });
  it("404 when the subject is not in the graph", async () => {
    expectError(await get(`/api/ask?q=${encodeURIComponent("who leads Atlantis Inc")}`), 404);
  });
});

describe("GET /api/export", () => {
  it.each([
    ["", "application/gexf+xml", "newsgraph.gexf", 'version="1.3"'],
    ["?format=gexf&version=1.2", "application/gexf+xml", "newsgraph-1.2draft.gexf", 'version="1.2"'],
    ["?format=graphml", "application/graphml+xml", "newsgraph.graphml", "<graphml"],
    ["?format=json", "application/json", "newsgraph.json", '"nodes"'],
  ])("%s", async (qs, type, filename, marker) => {
    const res = await fetch(`${server.url}/api/export${qs}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain(type);
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="?${filename}"?$`));
    expect(await res.text()).toContain(marker);
  });
  it.each(["?format=pdf", "?format=gexf&version=1.1"])("400 for %s", async (qs) => {
    expectError(await get(`/api/export${qs}`), 400);
  });
});

describe("everything else", () => {
  it("unknown API paths get a JSON 404", async () => {
    expectError(await get("/api/nope"), 404, "not_found");
  });
  it("serves the viewer's static files at /", async () => {
    const { status, body } = await get("/");
    expect(status).toBe(200);
    expect(body).toContain("<title>viewer</title>");
  });
  it("never answers bad input with a 500 (random query strings and bodies)", async () => {
    const paths = [
      "/api/search",
      "/api/nodes/country:us",
      "/api/nodes/country:us/neighborhood",
      "/api/paths",
      "/api/ask",
      "/api/export",
    ];
    const param = fc.tuple(
      fc.constantFrom(
        "q",
        "types",
        "limit",
        "depth",
        "edgeTypes",
        "nodeTypes",
        "direction",
        "from",
        "to",
        "maxLength",
        "format",
        "version",
      ),
      fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.integer().map(String),
        fc.constantFrom("country:us", "1e309", "NaN", "-0", "[]", "{}"),
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.array(param, { maxLength: 4 }), async (path, params) => {
        const qs = new URLSearchParams(params).toString();
        const res = await fetch(`${server.url}${path}?${qs}`);
        await res.arrayBuffer();
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 50 }), fc.json()), async (body) => {
        const res = await fetch(`${server.url}/api/query`, {
          method: "POST",
          body,
          headers: { "content-type": "application/json" },
        });
        await res.arrayBuffer();
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });
});
