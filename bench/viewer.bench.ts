// Time to the viewer's first frame on a generated 10k-node / 30k-edge graph, in headless
// Chromium against the real server. Target: under 3 s. Run alone with
// `node bin/run-ts.js bench/viewer.bench.ts`, or through `npm run bench`.
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { buildWeb, launchBrowser, startViewerServer } from "../test/browser/harness.ts";
import type { ViewerGlobal } from "../test/browser/page-types.ts";
import { random } from "./random.ts";

const NODES = 10_000;
const EDGES = 30_000;
const TARGET_MS = 3_000;
const NODE_TYPES = ["person", "agency", "organization", "country", "commodity", "measure", "place", "event"];
const EDGE_TYPES = ["leads", "member-of", "imposes", "restricts", "offers-to-lift", "demands-lift", "lifts", "attends", "located-in"];


/** A clustered graph shaped like ours: stored positions, typed nodes and edges, evidence on every edge. */
export function generateGraph(nodes = NODES, edges = EDGES): ReturnType<MultiDirectedGraph["export"]> {
  const rand = random(42);
  const graph = new MultiDirectedGraph();
  graph.setAttribute("documents", [{ id: "doc-0", title: "Generated article", source: "bench", chars: 1000 }]);
  const clusters = 40;
  for (let i = 0; i < nodes; i++) {
    const c = i % clusters;
    const angle = (2 * Math.PI * c) / clusters;
    const type = NODE_TYPES[i % NODE_TYPES.length] ?? "person";
    graph.addNode(`${type}:n${i}`, {
      label: `Entity ${i}`,
      type,
      aliases: [`E${i}`],
      x: Math.cos(angle) * 100 + (rand() - 0.5) * 30,
      y: Math.sin(angle) * 100 + (rand() - 0.5) * 30,
    });
  }
  const keys = graph.nodes();
  for (let i = 0; i < edges; i++) {
    const s = Math.floor(rand() * nodes);
    // Mostly within a cluster, as real disputes are.
    const t = rand() < 0.8 ? (s + clusters * (1 + Math.floor(rand() * 5))) % nodes : Math.floor(rand() * nodes);
    const type = EDGE_TYPES[i % EDGE_TYPES.length] ?? "leads";
    const source = keys[s] ?? "";
    const target = keys[t === s ? (t + 1) % nodes : t] ?? "";
    graph.addEdgeWithKey(`${source}|${type}|${target}|${i}`, source, target, {
      type,
      weight: 1,
      evidence: [{ doc: "doc-0", sentence: i % 50, start: 0, end: 10, quote: `Sentence ${i} about a relation.` }],
    });
  }
  return graph.export();
}

export async function run(): Promise<void> {
  buildWeb();
  const server = await startViewerServer(generateGraph());
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const started = Date.now();
    await page.goto(server.url);
    await page.waitForFunction(() => (globalThis as unknown as ViewerGlobal).newsgraph !== undefined, null, {
      timeout: 60_000,
      polling: 50,
    });
    const wall = Date.now() - started;
    // firstFrameMs is performance.now() at the first presented frame: ms since navigation start.
    const firstFrame = await page.evaluate(() => {
      const ng = (globalThis as unknown as ViewerGlobal).newsgraph;
      ng?.layout.kill();
      const marks = performance
        .getEntriesByType("mark")
        .filter((m) => m.name.startsWith("newsgraph:"))
        .map((m) => `${m.name.slice(10)} ${Math.round(m.startTime)}`);
      return { ms: ng?.firstFrameMs ?? Number.NaN, marks: marks.join(", ") };
    });
    if (errors.length) throw new Error(`bench/viewer: page errors: ${errors.join("; ")}`);
    const verdict = firstFrame.ms < TARGET_MS ? "ok" : "SLOW";
    console.log(
      `viewer first frame (${NODES} nodes, ${EDGES} edges, headless Chromium): ${Math.round(firstFrame.ms)} ms ` +
        `[target < ${TARGET_MS} ms: ${verdict}] (marks: ${firstFrame.marks}; wall clock incl. page load: ${wall} ms)`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await run();
}
