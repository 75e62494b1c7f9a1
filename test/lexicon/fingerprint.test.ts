// The pipeline fingerprint (src/graph/fingerprint.ts) covers the lexicon's data as well as the code, in
// folders at any depth, so `newsgraph start` rebuilds a graph when a data file changes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fingerprintOf } from "../../src/graph/fingerprint.ts";

const root = mkdtempSync(join(tmpdir(), "newsgraph-fingerprint-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe("the pipeline fingerprint", () => {
  write("lexicon/load.ts", "export {};\n");
  write("lexicon/data/people.yaml", "people: []\n");
  write("extract/rules/leads.ts", "export {};\n");
  write("extract/notes.md", "not code\n");
  const stages = ["lexicon", "extract"];

  it.each([
    ["a data file", "lexicon/data/people.yaml", "people:\n  - {id: x, label: X, country: fr, aliases: []}\n"],
    ["a new JSON data file", "lexicon/data/extra.json", '{"cities": ["Tromsø"]}\n'],
    ["a source in a subfolder", "extract/rules/leads.ts", "export const x = 1;\n"],
    ["a source two folders down", "extract/rules/deep/x.ts", "export {};\n"],
  ])("changes with %s", async (_what, path, text) => {
    const before = await fingerprintOf(root, stages);
    write(path, text);
    expect(await fingerprintOf(root, stages)).not.toBe(before);
  });

  it("ignores files that are neither code nor data, and is stable", async () => {
    const before = await fingerprintOf(root, stages);
    write("extract/notes.md", "still not code\n");
    expect(await fingerprintOf(root, stages)).toBe(before);
    expect(await fingerprintOf(root, stages)).toBe(before);
  });
});
