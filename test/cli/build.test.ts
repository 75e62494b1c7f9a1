// `newsgraph build` with the graph stage and the exporters mocked: what is read, what is printed,
// what is written, and the exit status.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Document } from "../../src/model/types.ts";

const state = vi.hoisted(() => ({
  built: [] as Document[][],
  failGexf: false,
  gexfCalls: [] as unknown[][],
}));

// A small real graphology graph: one node per document plus a shared country, one edge each.
vi.mock("../../src/graph/build-graph.ts", async () => {
  const { MultiDirectedGraph } = await import("graphology");
  return {
    buildGraph: vi.fn(async (documents: Document[], opts?: { onProgress?: (done: number, total: number) => void }) => {
      state.built.push(documents);
      const graph = new MultiDirectedGraph();
      graph.mergeNode("country:cl", { label: "Chile", type: "country" });
      documents.forEach((d, i) => {
        graph.addNode(`person:${d.id}`, { label: d.title, type: "person" });
        graph.addEdgeWithKey(`e${i}`, `person:${d.id}`, "country:cl", { type: "member-of", evidence: [] });
        opts?.onProgress?.(i + 1, documents.length);
      });
      return graph;
    }),
  };
});
vi.mock("../../src/graph/io.ts", () => ({
  writeGraphJson: vi.fn(async (graph: { export(): unknown }, path: string) => {
    await writeFile(path, JSON.stringify(graph.export()));
  }),
}));
vi.mock("../../src/export/gexf.ts", () => ({
  writeGexf: vi.fn(async (graph: unknown, path: string, options: unknown) => {
    state.gexfCalls.push([graph, path, options]);
    if (state.failGexf) throw new Error("disk full");
    await writeFile(path, "<gexf/>");
  }),
}));

const { main } = await import("../../src/cli/main.ts");

const ARTICLE = (n: number): string =>
  `Copper talks ${n}\n\nThe trade ministers of Chile and Peru met in Lima on Tuesday to discuss copper export quotas, round ${n}.\n`;

let dir: string;
let out: string[];
let err: string[];
let stderrTTY: boolean | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsgraph-build-"));
  out = [];
  err = [];
  state.built = [];
  state.failGexf = false;
  state.gexfCalls = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void err.push(`${args.join(" ")}\n`));
  stderrTTY = process.stderr.isTTY;
  process.stderr.isTTY = false;
});
afterEach(async () => {
  vi.restoreAllMocks();
  process.stderr.isTTY = stderrTTY as boolean;
  await rm(dir, { recursive: true, force: true });
});

const build = (...args: string[]): Promise<number> => main(["node", "newsgraph", "build", ...args]);
const stdout = (): string => out.join("");
const stderr = (): string => err.join("");

async function articles(folder: string, n: number): Promise<string> {
  const path = join(dir, folder);
  await mkdir(path, { recursive: true });
  for (let i = 0; i < n; i++) await writeFile(join(path, `${String(i).padStart(3, "0")}.txt`), ARTICLE(i));
  return path;
}

describe("newsgraph build", () => {
  it("reads the seeds, reports a missing path, writes graph.json and prints a summary (exit 0)", async () => {
    const graphFile = join(dir, "graph", "graph.json");
    const code = await build("seeds", join(dir, "missing.txt"), "--out", graphFile);
    expect(code).toBe(0);
    expect(stderr()).toBe(`skip ${join(dir, "missing.txt")}: no such file or folder\n`);
    const json = JSON.parse(await readFile(graphFile, "utf8")) as { nodes: unknown[]; edges: unknown[] };
    expect(json.nodes).toHaveLength(6);
    expect(json.edges).toHaveLength(5);
    expect(state.built[0]?.map((d) => d.id)).toEqual([
      "000_aa642f4219704cad",
      "001_f0ea74bb8518f971",
      "002_a47d68a45776695b",
      "003_ef67b877941a8041",
      "004_89b19f438948666a",
    ]);
    expect(stdout()).toMatch(/^read 5 documents, skipped 1\n/);
    expect(stdout()).toContain("nodes: 6 (person 5, country 1)\n");
    expect(stdout()).toContain("edges: 5 (member-of 5)\n");
    expect(stdout()).toMatch(new RegExp(`wrote ${graphFile.replace(/[.]/g, "\\.")} in \\d+\\.\\d s\\n$`));
  });

  it("also writes GEXF 1.3 with --gexf", async () => {
    const folder = await articles("in", 2);
    const gexf = join(dir, "g.gexf");
    expect(await build(folder, "--out", join(dir, "g.json"), "--gexf", gexf)).toBe(0);
    expect(await readFile(gexf, "utf8")).toBe("<gexf/>");
    expect(state.gexfCalls[0]?.[2]).toEqual({ version: "1.3" });
    expect(stdout()).toContain(`wrote ${join(dir, "g.json")} and ${gexf}`);
  });

  it("skips bad files and builds from the good ones", async () => {
    const folder = await articles("mixed", 1);
    await writeFile(join(folder, "empty.txt"), "");
    await writeFile(join(folder, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    expect(await build(folder, "--out", join(dir, "g.json"))).toBe(0);
    expect(stderr().split("\n").filter(Boolean)).toEqual([
      `skip ${join(folder, "empty.txt")}: file is empty`,
      expect.stringMatching(new RegExp(`^skip ${folder.replace(/[.]/g, "\\.")}/latin1\\.txt: not valid UTF-8 \\(first bad byte at offset 3\\)`)),
    ]);
    expect(state.built[0]?.map((d) => d.id)).toEqual(["000"]);
    expect(stdout()).toMatch(/^read 1 document, skipped 2\n/);
  });

  it.each([
    ["only bad files", async () => [await writeFile(join(dir, "e.txt"), ""), join(dir, "e.txt")][1] as string],
    ["a folder without articles", async () => (await mkdir(join(dir, "none")), join(dir, "none"))],
    ["a missing path", async () => join(dir, "nope")],
  ])("exits 1 and writes nothing for %s", async (_name, setup) => {
    const input = await setup();
    const graphFile = join(dir, "out", "graph.json");
    expect(await build(input, "--out", graphFile)).toBe(1);
    expect(stderr()).toMatch(/^skip .+\nnewsgraph: build: no articles could be read from .+ \(1 skipped, see above\); nothing was written\n$/);
    expect(state.built).toEqual([]);
    await expect(readdir(join(dir, "out"))).rejects.toThrow();
  });

  it("applies --max-file-size and says how to raise it", async () => {
    const folder = await articles("big", 1);
    expect(await build(folder, "--out", join(dir, "g.json"), "--max-file-size", "0.00005")).toBe(1);
    expect(stderr()).toMatch(/skip .*000\.txt: file is \d+ bytes, over the 52 bytes limit.*--max-file-size/);
  });

  it("--quiet prints problems but no summary", async () => {
    const folder = await articles("q", 1);
    expect(await build(folder, join(dir, "missing"), "--out", join(dir, "g.json"), "--quiet")).toBe(0);
    expect(stdout()).toBe("");
    expect(stderr()).toBe(`skip ${join(dir, "missing")}: no such file or folder\n`);
  });

  it.each([
    ["no paths", []],
    ["a non-numeric --max-file-size", ["seeds", "--max-file-size", "lots"]],
    ["a negative --max-file-size", ["seeds", "--max-file-size", "-3"]],
    ["an unknown option", ["seeds", "--frobnicate"]],
    ["--out naming a folder", ["seeds", "--out", "seeds"]],
    ["--gexf naming the --out file", ["seeds", "--out", "x/g.json", "--gexf", "x/g.json"]],
  ])("exits 2 for a usage error: %s", async (_name, args) => {
    expect(await build(...args)).toBe(2);
    expect(stderr()).toMatch(/error/);
    expect(state.built).toEqual([]);
  });

  it("never leaves a half-written output: a failing writer keeps the old files and removes temporaries", async () => {
    const folder = await articles("w", 1);
    const graphFile = join(dir, "out", "graph.json");
    await mkdir(join(dir, "out"));
    await writeFile(graphFile, "OLD");
    state.failGexf = true;
    expect(await build(folder, "--out", graphFile, "--gexf", join(dir, "out", "g.gexf"))).toBe(1);
    expect(stderr()).toMatch(/newsgraph: build: could not write .*graph\.json and .*g\.gexf: disk full/);
    expect(await readFile(graphFile, "utf8")).toBe("OLD");
    expect(await readdir(join(dir, "out"))).toEqual(["graph.json"]);
  });

  it("shows progress on stderr for more than 20 documents even when stderr is not a terminal", async () => {
    const folder = await articles("many", 25);
    expect(await build(folder, "--out", join(dir, "g.json"))).toBe(0);
    expect(stderr()).toMatch(/^reading 1\/25 \(4%\)\n/m);
    expect(stderr()).toMatch(/^building 25\/25 \(100%\)\n/m);
    expect(stderr().split("\n").filter((l) => l.startsWith("building")).length).toBeLessThanOrEqual(11);
  });

  it("shows no progress for a few documents off a terminal, nor with --quiet", async () => {
    const few = await articles("few", 3);
    expect(await build(few, "--out", join(dir, "g.json"))).toBe(0);
    const many = await articles("many", 25);
    expect(await build(many, "--out", join(dir, "g2.json"), "--quiet")).toBe(0);
    expect(stderr()).toBe("");
  });

  it("redraws one progress line on a terminal and clears it at the end", async () => {
    process.stderr.isTTY = true;
    const folder = await articles("tty", 3);
    expect(await build(folder, "--out", join(dir, "g.json"))).toBe(0);
    expect(stderr()).toContain("\r\x1b[Kbuilding 3/3 (100%)");
    expect(stderr().endsWith("\r\x1b[K")).toBe(true);
    expect(stderr()).not.toContain("\n");
  });
});
