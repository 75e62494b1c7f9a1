// Every relation rule and every mention finder fires somewhere in the real-style articles (seeds and
// fixture sets), not only in its own examples: a rule that never fires on an article is dead weight
// or tuned to a sentence nobody writes. Read from the golden drafts, which the golden test keeps equal
// to what extraction produces today.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MENTION_FINDERS } from "../../src/extract/mentions/finders.ts";
import { RULE_IDS } from "../../src/extract/relations/types.ts";
import { repoRoot } from "../helpers/drafts.ts";

const lines = readFileSync(path.join(repoRoot, "test/extract/golden/drafts.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l !== "")
  .map((l) => JSON.parse(l) as { doc: string; rule?: string; alsoBy?: string[]; source?: string; derived?: string });

function docsWhere(pred: (l: (typeof lines)[number]) => boolean): string[] {
  return [...new Set(lines.filter(pred).map((l) => l.doc))];
}

describe("coverage over seeds and fixtures", () => {
  it.each(RULE_IDS.map((id) => [id]))("relation rule %s fires in some article", (id) => {
    expect(docsWhere((l) => l.rule === id || (l.alsoBy ?? []).includes(id)).length).toBeGreaterThan(0);
  });

  // A finder fires when a mention with one of its sources appears. The two finders that only refine
  // mentions others found (a body's country taken into its name, a title attached after a name)
  // produce no source of their own and are checked by their examples only.
  it.each(MENTION_FINDERS.filter((f) => f.produces.length > 0).map((f) => [f.id, f.produces] as const))("mention finder %s fires in some article", (_id, sources) => {
    expect(docsWhere((l) => l.source !== undefined && (sources as readonly string[]).includes(l.source)).length).toBeGreaterThan(0);
  });

  it("finds goods named by an unknown noun phrase with a commodity head in some article", () => {
    expect(docsWhere((l) => l.derived !== undefined && /^commodity:/.test(l.derived)).length).toBeGreaterThan(0);
  });
});
