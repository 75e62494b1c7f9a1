// `newsgraph explain`: the mentions with their finders and each claim with its rule and the words it
// matched, for a sentence given on the command line or a sentence of an article file.
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.ts";
import { repoRoot } from "../helpers/drafts.ts";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => out.push(String(s)) > 0);
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => err.push(String(s)) > 0);
  const l = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(`${a.join(" ")}\n`));
  const c = vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(`${a.join(" ")}\n`));
  try {
    const code = await main(["node", "newsgraph", "explain", ...args]);
    return { code, out: out.join(""), err: err.join("") };
  } finally {
    o.mockRestore();
    e.mockRestore();
    l.mockRestore();
    c.mockRestore();
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsgraph-explain-"));
  await writeFile(join(dir, "a.txt"), "Gallium talks\n\nTrade officials met on Monday. Beijing lifted its export controls on gallium, the ministry said.\n");
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe("newsgraph explain", () => {
  it("prints the claims of the issue's sentence with their rules (as a user runs it)", () => {
    const out = execFileSync(process.execPath, [join(repoRoot, "bin/newsgraph.js"), "explain", "The Commerce Department said it would ease export controls on ethane."], { encoding: "utf8" });
    expect(out).toContain('mention  agency       "Commerce Department" -> agency:us-commerce  [lexicon:agency]');
    expect(out).toContain("claim    agency:us-commerce -offers-to-lift-> measure:us-export-controls-on-ethane");
    expect(out).toMatch(/rule lift-verb, modality=expected .*matched "it would ease export controls on ethane"/);
    expect(out).toContain("claim    measure:us-export-controls-on-ethane -restricts-> commodity:ethane");
  });

  it("explains one sentence of an article as build reads it", async () => {
    const r = await run(["--file", join(dir, "a.txt"), "--sentence", "1"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("sentence 1: Beijing lifted its export controls on gallium, the ministry said.");
    expect(r.out).toContain("country:cn -lifts-> measure:cn-export-controls-on-gallium");
    expect(r.out).not.toContain("sentence 0:");
  });

  it("prints the extraction as JSON", async () => {
    const r = await run(["--json", "Beijing lifted its export controls on gallium."]);
    const json = JSON.parse(r.out) as { claims: { rule: string; predicate: string }[]; mentions: { source: string }[] };
    expect(json.claims.some((c) => c.rule === "lift-verb" && c.predicate === "lifts")).toBe(true);
    expect(json.mentions.map((m) => m.source)).toContain("lexicon:capital");
  });

  it.each([
    [[], /give a text to explain/],
    [["some text", "--file", "x.txt"], /either a text or --file/],
    [["--sentence", "two", "text"], /expected a sentence number/],
  ])("usage error %j exits 2 with what to do", async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("says so when the file cannot be read", async () => {
    const r = await run(["--file", join(dir, "missing.txt")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/explain: cannot read .*missing\.txt/);
  });
});
