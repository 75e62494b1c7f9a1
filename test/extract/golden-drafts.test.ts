// Extraction's output over the seeds and every fixture set, frozen: see test/helpers/drafts.ts.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { goldenDrafts, repoRoot } from "../helpers/drafts.ts";

const file = path.join(repoRoot, "test/extract/golden/drafts.jsonl");

it("extraction drafts match the golden file", { timeout: 120_000 }, async () => {
  const actual = await goldenDrafts();
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) writeFileSync(file, actual);
  const expected = readFileSync(file, "utf8");
  // Compare line sets first for a readable failure, then the bytes.
  const a = actual.split("\n");
  const e = expected.split("\n");
  expect(a.filter((l) => !e.includes(l)), "lines extraction now produces that the golden file lacks").toEqual([]);
  expect(e.filter((l) => !a.includes(l)), "golden lines extraction no longer produces").toEqual([]);
  expect(actual).toBe(expected);
});
