// Exports of the graph the real pipeline builds from seeds/ (with its layout): both GEXF versions
// validate, networkx reads 1.2draft and GraphML with the same counts, edge types and positions.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGexf, toGraphml } from "../../src/export/index.ts";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { readCorpus } from "../../src/ingest/index.ts";
import { graphFromJson, type KgGraph } from "../../src/query/index.ts";
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

let graph: KgGraph;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-seeds-export-"));
  const corpus = await readCorpus([resolve(REPO_ROOT, "seeds")]);
  graph = graphFromJson(JSON.parse(JSON.stringify((await buildGraph(corpus.documents)).export())));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(skipUnlessAvailable(xmllint, sharedSchemas))("seed graph: GEXF validates", () => {
  beforeAll(() => requireTools(xmllint, sharedSchemas));
  it.each([
    ["1.2", "1.2draft"],
    ["1.3", "1.3"],
  ] as const)("GEXF %s", (version, folder) => {
    const file = join(dir, `seeds-${version}.gexf`);
    writeFileSync(file, toGexf(graph, { version }));
    expect(relaxngErrors(resolve(SCHEMA_DIR, `${folder}/gexf.rng`), file)).toBeUndefined();
  });
});

describe.skipIf(skipUnlessAvailable(networkx))("seed graph: networkx reads the exports", () => {
  beforeAll(() => requireTools(networkx));
  it.each([
    ["gexf", "seeds.gexf", () => toGexf(graph, { version: "1.2" })],
    ["graphml", "seeds.graphml", () => toGraphml(graph)],
  ] as const)("%s", (kind, name, render) => {
    const file = join(dir, name);
    writeFileSync(file, render());
    const out = JSON.parse(runPython(resolve(REPO_ROOT, "scripts/check-networkx.py"), [kind, file])) as {
      nodes: number;
      edges: number;
      positions: Record<string, [number, number]>;
      edgeList: Array<[string, string, string, number]>;
    };
    expect([out.nodes, out.edges]).toEqual([graph.order, graph.size]);
    expect(out.edgeList).toEqual(graph.mapEdges((_k, a, s, t) => [s, t, a.type, a.evidence.length]).sort());
    graph.forEachNode((key, a) => {
      if (typeof a.x === "number" && typeof a.y === "number") {
        // GEXF positions are xsd:float in the schema; networkx reads them as Python floats.
        expect(out.positions[key]?.[0]).toBeCloseTo(a.x, 4);
        expect(out.positions[key]?.[1]).toBeCloseTo(a.y, 4);
      }
    });
  });
});
