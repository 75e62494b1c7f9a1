// GraphML and JSON exports: graphology parses them back to the same structure, networkx reads the
// GraphML, and exportGraph (shared by the CLI and the API) picks formats and file names.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/model/errors.ts";
import { exportGraph, toGraphml, toJson } from "../../src/export/index.ts";
import { graphFromJson, type KgGraph } from "../../src/query/index.ts";
import { loadMini } from "../fixtures/graph/load-mini.ts";
import { REPO_ROOT, networkx, requireTools, runPython, skipUnlessAvailable } from "./external-tools.ts";

const graph = loadMini();
const edgeSet = (g: KgGraph): string[] => g.mapEdges((k, a, s, t) => `${k} ${s}->${t} ${a.type}`).sort();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-graphml-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("GraphML", () => {
  const xml = toGraphml(graph);

  it("declares typed keys per domain and flattens evidence", () => {
    expect(xml).toContain('<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>');
    expect(xml).toContain('<key id="n_x" for="node" attr.name="x" attr.type="double"/>');
    expect(xml).toContain('<key id="e_evidence_count" for="edge" attr.name="evidence_count" attr.type="int"/>');
    expect(xml).not.toContain("[object Object]");
  });

  it("parses back with graphology-graphml to the same nodes and edges", () => {
    const back = parseGraphml(MultiDirectedGraph, xml) as KgGraph;
    expect(back.nodes().sort()).toEqual(graph.nodes().sort());
    expect(edgeSet(back)).toEqual(edgeSet(graph));
    expect(back.getNodeAttribute("person:he-lifeng", "aliases")).toBe("He Lap Phong; Hà Lập Phong");
  });

  it.skipIf(skipUnlessAvailable(networkx))("networkx.read_graphml reads it with the same counts and positions", () => {
    requireTools(networkx);
    const file = join(dir, "mini.graphml");
    writeFileSync(file, xml);
    const out = JSON.parse(runPython(resolve(REPO_ROOT, "scripts/check-networkx.py"), ["graphml", file])) as {
      class: string;
      nodes: number;
      edges: number;
      positions: Record<string, [number, number]>;
      edgeList: Array<[string, string, string, number]>;
    };
    expect(out.class).toBe("MultiDiGraph");
    expect([out.nodes, out.edges]).toEqual([graph.order, graph.size]);
    expect(out.edgeList).toEqual(graph.mapEdges((_k, a, s, t) => [s, t, a.type, a.evidence.length]).sort());
    graph.forEachNode((key, a) => expect(out.positions[key]).toEqual([a.x, a.y]));
  });
});

describe("JSON", () => {
  it("is graphology's export and loads back identically", () => {
    const back = graphFromJson(JSON.parse(toJson(graph)));
    expect(back.export()).toEqual(graph.export());
  });
});

describe("exportGraph", () => {
  it.each([
    ["gexf", {}, "application/gexf+xml; charset=utf-8", "newsgraph.gexf", 'version="1.3"'],
    ["gexf", { gexfVersion: "1.2" }, "application/gexf+xml; charset=utf-8", "newsgraph-1.2draft.gexf", 'version="1.2"'],
    ["graphml", {}, "application/graphml+xml; charset=utf-8", "newsgraph.graphml", "<graphml"],
    ["json", {}, "application/json; charset=utf-8", "newsgraph.json", '"nodes"'],
  ] as const)("%s %j", (format, options, contentType, filename, marker) => {
    const out = exportGraph(graph, format, options);
    expect(out).toMatchObject({ contentType, filename });
    expect(out.body).toContain(marker);
  });

  it("rejects unknown formats and versions", () => {
    expect(() => exportGraph(graph, "pdf" as never)).toThrow(InvalidInputError);
    expect(() => exportGraph(graph, "gexf", { gexfVersion: "1.1" as never })).toThrow(InvalidInputError);
  });
});
