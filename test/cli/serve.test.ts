// `newsgraph serve`: a real process on a free port prints its address, answers the API, and stops
// cleanly on SIGTERM. The command is registered on its own program so the test does not depend on
// the rest of the CLI.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { MINI_PATH } from "../fixtures/graph/load-mini.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const ENTRY = `
import { Command } from "commander";
import { registerServe } from "./src/cli/commands/serve.ts";
const program = new Command();
registerServe(program);
await program.parseAsync(process.argv.slice(1), { from: "user" });
`;

describe("newsgraph serve", () => {
  it("serves the graph on the given port and stops on SIGTERM", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", ENTRY, "serve", "--graph", MINI_PATH, "--port", "0"],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stderr.on("data", (d) => (output += d));
    const url = await new Promise<string>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no address printed: ${output}`)), 20_000);
      child.stdout.on("data", (d) => {
        output += d;
        const m = /at (http:\/\/\S+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          ok(m[1]!);
        }
      });
      child.on("exit", (code) => fail(new Error(`exited ${code}: ${output}`)));
    });
    try {
      const health = await (await fetch(`${url}/api/health`)).json();
      expect(health).toEqual({ status: "ok", nodes: 24, edges: 27 });
    } finally {
      const exited = new Promise<number | null>((ok) => child.on("exit", (code) => ok(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  });

  it("fails with a message for a missing graph file", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", ENTRY, "serve", "--graph", "/nonexistent.json", "--port", "0"],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    const code = await new Promise<number | null>((ok) => child.on("exit", ok));
    expect(code).not.toBe(0);
    expect(err).toContain("no graph at /nonexistent.json");
  });
});
