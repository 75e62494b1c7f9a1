// Query and API speed on a generated graph of 100k nodes and 300k edges shaped like ours (typed nodes,
// typed edges between the right kinds of node, evidence on every edge, a skewed degree distribution):
// neighbourhood depth 1 and 2, a two-pattern query and ask, median and p99; then loopback HTTP
// throughput for neighbourhood requests with autocannon. Targets: depth-2 median < 5 ms, >= 5,000
// req/s. Run alone with `node bin/run-ts.js bench/query.bench.ts`, or through `npm run bench`.
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { MultiDirectedGraph } from "graphology";
import type { EdgeType, EntityType } from "../src/model/types.ts";
import { ask, type KgGraph, neighborhood, runPattern, search, searchIndex } from "../src/query/index.ts";
import { start } from "../src/server/index.ts";
import { random } from "./random.ts";

const NODES = 100_000;
const EDGES = 300_000;
const SAMPLES = 2_000;
const HTTP_SECONDS = 5;


// Share of nodes per type, and which types each edge type joins, as in the design.
const TYPE_SHARE: Array<[EntityType, number]> = [
  ["person", 0.35],
  ["agency", 0.1],
  ["organization", 0.15],
  ["country", 0.005],
  ["commodity", 0.1],
  ["measure", 0.2],
  ["place", 0.045],
  ["event", 0.05],
];
const EDGE_SHAPES: Array<[EdgeType, EntityType[], EntityType[], number]> = [
  ["leads", ["person"], ["agency", "organization", "country"], 0.08],
  ["member-of", ["person"], ["agency", "organization"], 0.2],
  ["imposes", ["country", "agency"], ["measure"], 0.15],
  ["restricts", ["measure"], ["commodity"], 0.25],
  ["offers-to-lift", ["country", "agency", "person"], ["measure"], 0.06],
  ["demands-lift", ["country", "agency", "person"], ["measure"], 0.06],
  ["lifts", ["country", "agency"], ["measure"], 0.03],
  ["attends", ["person", "agency"], ["event"], 0.1],
  ["located-in", ["event", "place"], ["place"], 0.07],
];

// Names built from syllables, so words repeat about as often as surnames and place words do in news
// (each of a few thousand words is shared by tens of labels), rather than one word in every label.
const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ren",
  "su",
  "ta",
  "vo",
  "zhi",
  "an",
  "bel",
  "cor",
  "dan",
  "el",
  "fu",
  "gan",
  "hou",
  "ir",
  "jin",
  "kur",
  "lan",
  "mar",
  "nov",
  "or",
  "pet",
];
function word(n: number): string {
  const a = SYLLABLES[n % SYLLABLES.length]!;
  const b = SYLLABLES[Math.floor(n / SYLLABLES.length) % SYLLABLES.length]!;
  const c = SYLLABLES[Math.floor(n / SYLLABLES.length ** 2) % SYLLABLES.length]!;
  const w = n < SYLLABLES.length ** 2 ? a + b : a + b + c;
  return w[0]!.toUpperCase() + w.slice(1);
}
const KIND_WORD: Partial<Record<EntityType, string>> = {
  agency: "Ministry",
  organization: "Group",
  measure: "controls",
  event: "talks",
};

export function generateGraph(nodes = NODES, edges = EDGES, seed = 7): KgGraph {
  const rand = random(seed);
  const graph: KgGraph = new MultiDirectedGraph();
  graph.setAttribute("documents", [{ id: "doc-0", title: "generated", source: "bench", chars: 1000 }]);
  const pools = new Map<EntityType, string[]>();
  let i = 0;
  for (const [type, share] of TYPE_SHARE) {
    const pool: string[] = [];
    const n = Math.max(1, Math.round(nodes * share));
    for (let j = 0; j < n && i < nodes; j++, i++) {
      const key = `${type}:${type}-${j}`;
      graph.addNode(key, {
        label: [word(i % 400), word(((i * 7919) % 6000) + 576), KIND_WORD[type]].filter(Boolean).join(" "),
        type,
        aliases: j % 3 === 0 ? [word(((i * 104729) % 12000) + 576)] : [],
        docs: ["doc-0"],
        mentions: 1 + (j % 5),
        x: rand() * 1000,
        y: rand() * 1000,
        size: 3,
        color: "#888888",
      });
      pool.push(key);
    }
    pools.set(type, pool);
  }
  // Skewed endpoints: a quarter of picks come from the first 1% of a pool, giving hubs as in news
  // (the US, China, their delegations) without making every neighbourhood the whole graph.
  const pick = (types: EntityType[]): string => {
    const pool = pools.get(types[Math.floor(rand() * types.length)]!)!;
    const hub = rand() < 0.25;
    const span = hub ? Math.max(1, Math.ceil(pool.length * 0.01)) : pool.length;
    return pool[Math.floor(rand() * span)]!;
  };
  const total = EDGE_SHAPES.reduce((s, e) => s + e[3], 0);
  const quote = "A generated sentence standing in for the one that supports this edge.";
  // Keys are source|type|target as in graph.json, so a repeated claim adds evidence, not an edge.
  for (let e = 0; graph.size < edges; e++) {
    let r = rand() * total;
    let shape = EDGE_SHAPES[0]!;
    for (const s of EDGE_SHAPES)
      if ((r -= s[3]) <= 0) {
        shape = s;
        break;
      }
    const [type, from, to] = shape;
    const s = pick(from);
    const t = pick(to);
    const key = `${s}|${type}|${t}`;
    const ev = { doc: "doc-0", sentence: e % 50, start: 0, end: quote.length, quote, modality: "asserted" as const };
    if (graph.hasEdge(key)) {
      const evidence = graph.getEdgeAttribute(key, "evidence");
      if (evidence.length < 5) evidence.push(ev);
      graph.setEdgeAttribute(key, "weight", evidence.length);
    } else graph.addEdgeWithKey(key, s, t, { type, weight: 1, evidence: [ev] });
  }
  return graph;
}

function stats(ms: number[]): { median: number; p99: number; mean: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p99: at(0.99), mean: ms.reduce((s, x) => s + x, 0) / ms.length };
}

function time(
  samples: number,
  fn: (i: number) => unknown,
): { median: number; p99: number; mean: number; extra: number } {
  for (let i = 0; i < Math.min(200, samples); i++) fn(i); // warm up the JIT
  const ms: number[] = [];
  let extra = 0;
  for (let i = 0; i < samples; i++) {
    const t0 = process.hrtime.bigint();
    const out = fn(i);
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (typeof out === "number") extra += out;
  }
  return { ...stats(ms), extra: extra / samples };
}

const fmt = (x: number): string => (x < 1 ? x.toFixed(3) : x.toFixed(2));
function report(name: string, r: { median: number; p99: number }, note = "", target?: number): void {
  const verdict = target === undefined ? "" : ` [target median < ${target} ms: ${r.median < target ? "ok" : "SLOW"}]`;
  console.log(
    `${name.padEnd(34)} median ${fmt(r.median).padStart(7)} ms   p99 ${fmt(r.p99).padStart(7)} ms${note}${verdict}`,
  );
}

export async function run(): Promise<void> {
  let t0 = Date.now();
  const graph = generateGraph();
  console.log(`generated ${graph.order} nodes, ${graph.size} edges in ${Date.now() - t0} ms`);
  const rand = random(99);
  const nodes = graph.nodes();
  const centers = Array.from({ length: SAMPLES }, () => nodes[Math.floor(rand() * nodes.length)]!);
  const countries = graph.filterNodes((_k, a) => a.type === "country");
  const agencies = graph.filterNodes((_k, a) => a.type === "agency");

  report(
    "neighbourhood depth 1",
    time(SAMPLES, (i) => neighborhood(graph, centers[i]!, { depth: 1 }).graph.nodes.length),
    "",
  );
  const d2 = time(SAMPLES, (i) => neighborhood(graph, centers[i]!, { depth: 2 }).graph.nodes.length);
  report("neighbourhood depth 2 (limit 200)", d2, `   (mean ${Math.round(d2.extra)} nodes)`, 5);
  const d2big = time(500, (i) => neighborhood(graph, centers[i]!, { depth: 2, limit: 5000 }).graph.nodes.length);
  report("neighbourhood depth 2 (limit 5000)", d2big, `   (mean ${Math.round(d2big.extra)} nodes)`);

  t0 = Date.now();
  runPattern(graph, { where: [{ s: countries[0]!, p: "imposes", o: "?m" }], limit: 1 });
  console.log(`type indexes built in ${Date.now() - t0} ms (once per graph)`);
  const q2 = time(
    SAMPLES,
    (i) =>
      runPattern(graph, {
        where: [
          { s: countries[i % countries.length]!, p: "imposes", o: "?m" },
          { s: "?m", p: "restricts", o: "?c" },
        ],
        limit: 100,
      }).bindings.length,
  );
  report("pattern: X imposes ?m . ?m restricts ?c", q2, `   (mean ${Math.round(q2.extra)} bindings, limit 100)`);
  const q3 = time(
    500,
    (i) =>
      runPattern(graph, {
        where: [
          { s: "?p", p: "leads", o: agencies[i % agencies.length]! },
          { s: "?p", p: "member-of", o: "?org" },
        ],
        limit: 100,
      }).bindings.length,
  );
  report("pattern: ?p leads A . ?p member-of ?o", q3, `   (mean ${Math.round(q3.extra)} bindings)`);

  t0 = Date.now();
  searchIndex(graph);
  console.log(`search index built in ${Date.now() - t0} ms (once per graph; the server builds it before listening)`);
  const someLabels = centers.map((c) => graph.getNodeAttribute(c, "label"));
  // A typo (one letter dropped from the second word) plus a prefix of the third, as users type.
  const typo = (label: string): string =>
    label
      .split(" ")
      .map((w, k) => (k === 1 && w.length > 5 ? w.slice(0, 2) + w.slice(3) : k === 2 ? w.slice(0, 4) : w))
      .join(" ");
  report(
    "search: exact label",
    time(SAMPLES, (i) => search(graph, someLabels[i]!).length),
  );
  report(
    "search: typo + prefix",
    time(SAMPLES, (i) => search(graph, typo(someLabels[i]!)).length),
  );
  const labels = countries.map((c) => graph.getNodeAttribute(c, "label"));
  const a1 = time(SAMPLES, (i) => ask(graph, `what does ${labels[i % labels.length]} offer to lift`).answers.length);
  report("ask: what does X offer to lift", a1, `   (mean ${Math.round(a1.extra)} answers)`);
  const agencyLabels = agencies.slice(0, 500).map((a) => graph.getNodeAttribute(a, "label"));
  report(
    "ask: who leads X",
    time(500, (i) => ask(graph, `who leads ${agencyLabels[i % agencyLabels.length]}`).answers.length),
  );

  // Loopback HTTP throughput on the same graph. autocannon runs in a worker thread so the load
  // generator does not share the server's event loop (on a 2-core machine they get a core each).
  // Two servers: the default one, whose response cache serves repeated URLs from memory (the bench
  // cycles through ${SAMPLES} centres, so after the first pass every request is a repeat), and one
  // with the cache off, which computes every answer.
  const server = await start({ graph, port: 0 });
  const uncached = await start({ graph, port: 0, responseCacheChars: 0 });
  try {
    const neighbourhoods = (depth: number) =>
      centers.map((c) => ({ method: "GET", path: `/api/nodes/${encodeURIComponent(c)}/neighborhood?depth=${depth}` }));
    const probes: Array<[string, string, Array<{ method: string; path: string }>]> = [
      ["GET /api/health (framework floor)", server.url, [{ method: "GET", path: "/api/health" }]],
      ["GET neighbourhood depth 1", server.url, neighbourhoods(1)],
      ["GET neighbourhood depth 1, no cache", uncached.url, neighbourhoods(1)],
      ["GET neighbourhood depth 2", server.url, neighbourhoods(2)],
      ["GET neighbourhood depth 2, no cache", uncached.url, neighbourhoods(2)],
    ];
    console.log(
      `loopback HTTP, ${HTTP_SECONDS} s each, 32 connections, autocannon in a worker thread, ${availableParallelism()} CPUs:`,
    );
    for (const [name, url, requests] of probes) {
      // Event-loop utilisation gives the server thread's own cost per request, which (unlike req/s)
      // does not depend on how much CPU the load generator and other processes leave it.
      const before = performance.eventLoopUtilization();
      const result = await autocannon({
        url,
        connections: 32,
        duration: HTTP_SECONDS,
        workers: 1,
        requests,
      });
      const elu = performance.eventLoopUtilization(before);
      const perRequestUs = (elu.active * 1000) / Math.max(1, result.requests.total);
      const target = name.endsWith("depth 1")
        ? `   [target >= 5000 req/s: ${result.requests.average >= 5000 ? "ok" : "SLOW"}]`
        : "";
      console.log(
        `${name.padEnd(38)} ${String(Math.round(result.requests.average)).padStart(6)} req/s   p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms` +
          `   server thread ${perRequestUs.toFixed(0)} µs/request (busy ${(elu.utilization * 100).toFixed(0)}%)` +
          `   (${result.requests.total} requests, ${result.non2xx} non-2xx, ${result.errors} errors)${target}`,
      );
    }
  } finally {
    await server.stop();
    await uncached.stop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await run();
}
