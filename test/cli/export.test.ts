// `newsgraph export`: each format written to --out, the GEXF version honoured, bad options refused.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { registerExport } from "../../src/cli/commands/export.ts";
import { MINI_PATH } from "../fixtures/graph/load-mini.ts";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-cli-export-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<string> {
  const lines: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void lines.push(a.join(" ")));
  const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    const program = new Command().exitOverride();
    registerExport(program);
    await program.parseAsync(["export", ...args], { from: "user" });
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
  return lines.join("\n");
}

describe("newsgraph export", () => {
  it.each([
    [["--format", "gexf"], "x.gexf", 'version="1.3"', "GEXF 1.3"],
    [
      ["--format", "gexf", "--gexf-version", "1.2"],
      "x12.gexf",
      'xmlns="http://www.gexf.net/1.2draft"',
      "GEXF 1.2draft",
    ],
    [["--format", "graphml"], "x.graphml", "<graphml", "graphml"],
    [["--format", "json"], "x.json", '"nodes"', "json"],
  ])("%j", async (args, name, marker, said) => {
    const out = join(dir, name);
    const printed = await run(["--graph", MINI_PATH, ...args, "--out", out]);
    expect(readFileSync(out, "utf8")).toContain(marker);
    expect(printed).toContain(`wrote ${said} with 24 nodes`);
  });

  it.each([
    [["--format", "pdf", "--out", "x"]],
    [["--format", "gexf", "--gexf-version", "1.1", "--out", "x"]],
    [["--format", "gexf"]], // no --out
  ])("refuses %j", async (args) => {
    await expect(run(["--graph", MINI_PATH, ...args])).rejects.toBeInstanceOf(CommanderError);
  });
});
