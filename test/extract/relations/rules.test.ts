// Every relation rule's own examples and near-misses, each run on its one sentence: the claims the
// rule stamps must include what the example yields, and must not include what a near-miss must not
// yield (or, when the near-miss lists nothing, the rule must not fire at all).
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/extract-document.ts";
import { RELATION_RULES, checkRegistry } from "../../../src/extract/relations/registry.ts";

function claimsOf(text: string, rule: string): string[] {
  const x = extractDocument({ id: "t", title: "", source: "t.txt", text, removed: [] });
  return x.claims.filter((c) => c.rule === rule).map((c) => `${c.subject} ${c.predicate} ${c.object}`);
}

const examples = RELATION_RULES.flatMap((r) => r.examples.map((e) => ({ rule: r.id, ...e })));
const nearMisses = RELATION_RULES.flatMap((r) => r.nearMisses.map((e) => ({ rule: r.id, ...e })));

describe("relation rules", () => {
  it("run in the order RULE_IDS declares", () => {
    expect(() => checkRegistry()).not.toThrow();
  });

  it.each(RELATION_RULES.map((r) => [r.id, r] as const))("%s has examples and near-misses", (_id, rule) => {
    expect(rule.examples.length).toBeGreaterThan(0);
    expect(rule.nearMisses.length).toBeGreaterThan(0);
  });

  it.each(examples)("$rule: $text", ({ rule, text, yields }) => {
    const got = claimsOf(text, rule);
    for (const y of yields) expect(got).toContain(y);
  });

  it.each(nearMisses)("$rule must not: $text ($why)", ({ rule, text, notYields }) => {
    const got = claimsOf(text, rule);
    if (notYields.length === 0) expect(got).toEqual([]);
    for (const n of notYields) expect(got).not.toContain(n);
  });
});
