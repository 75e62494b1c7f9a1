// `newsgraph start` (npm start): rebuilds the graph only when it is missing or older than the newest
// article, then serves it. Runs the real command in a child process against a copy of the seeds.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphIsStale, newestArticleTime } from "../../src/cli/commands/start.ts";
import { pipelineFingerprint } from "../../src/graph/fingerprint.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const ENTRY = `
import { Command } from "commander";
import { registerStart } from "./src/cli/commands/start.ts";
const program = new Command();
registerStart(program);
await program.parseAsync(process.argv.slice(1), { from: "user" });
`;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-start-"));
  cpSync(join(ROOT, "seeds"), join(dir, "seeds"), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("graphIsStale", () => {
  it("is stale when the graph is missing, older than the newest article, or from another pipeline", async () => {
    const seeds = join(dir, "seeds");
    const graph = join(dir, "stale.json");
    expect(await graphIsStale(graph, seeds)).toBe(true);
    writeFileSync(graph, JSON.stringify({ attributes: { pipeline: await pipelineFingerprint() }, nodes: [], edges: [] }));
    const newest = await newestArticleTime(seeds);
    utimesSync(graph, new Date(newest + 60_000), new Date(newest + 60_000));
    expect(await graphIsStale(graph, seeds)).toBe(false);
    utimesSync(graph, new Date(newest - 60_000), new Date(newest - 60_000));
    expect(await graphIsStale(graph, seeds)).toBe(true);
    // newer than the articles, but built by another version of the pipeline
    writeFileSync(graph, JSON.stringify({ attributes: { pipeline: "0000" }, nodes: [], edges: [] }));
    utimesSync(graph, new Date(newest + 60_000), new Date(newest + 60_000));
    expect(await graphIsStale(graph, seeds)).toBe(true);
  });
});

describe("newsgraph start", () => {
  it("builds the graph from the seeds, serves it, prints the address, stops on SIGTERM", async () => {
    const graphPath = join(dir, "graph", "graph.json");
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        ENTRY,
        "start",
        "--seeds",
        join(dir, "seeds"),
        "--graph",
        graphPath,
      ],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PORT: "0" } },
    );
    let output = "";
    child.stderr.on("data", (d) => (output += d));
    const url = await new Promise<string>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no address printed: ${output}`)), 90_000);
      child.stdout.on("data", (d) => {
        output += d;
        const m = /serving .* at (http:\/\/\S+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          ok(m[1]!);
        }
      });
      child.on("exit", (code) => fail(new Error(`exited ${code}: ${output}`)));
    });
    try {
      expect(output).toMatch(/built .*graph\.json/);
      expect(statSync(graphPath).size).toBeGreaterThan(0);
      const health = (await (await fetch(`${url}/api/health`)).json()) as { status: string; nodes: number };
      expect(health.status).toBe("ok");
      expect(health.nodes).toBeGreaterThan(10);
    } finally {
      const exited = new Promise<number | null>((ok) => child.on("exit", (code) => ok(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  }, 120_000);
});
