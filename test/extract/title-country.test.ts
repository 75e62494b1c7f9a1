// A minister named with no state takes the article's state, except where the sentence shows that
// state as the other side: its counterpart, or the state the minister asks to act.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.ts";

function leads(text: string): string[] {
  const x = extractDocument({ id: "t", title: "", source: "t.txt", text, removed: [] });
  return x.claims.filter((c) => c.predicate === "leads").map((c) => `${c.subject} ${c.object}`);
}

const INTRO = "India imposed duties on jute. India said the duties would stay. India exports jute too. ";

describe("the article's state for an unplaced minister", () => {
  it("does not give a minister the state the sentence asks to act", () => {
    expect(leads(`${INTRO}Textiles and Jute Minister Jahangir Kabir Nanak requested India to lift the duty.`).join(" ")).not.toContain("agency:in-");
    expect(leads(`${INTRO}Agriculture Minister Jahangir Kabir Nanak urged India to lift the duty.`).join(" ")).not.toContain("agency:in-");
  });

  it("still gives the article's state to a minister who only speaks of it (near miss)", () => {
    expect(leads(`${INTRO}Textiles and Jute Minister Jahangir Kabir Nanak said India would lift the duty.`)).toContain("person:jahangir-kabir-nanak agency:in-textiles-and-jute");
  });
});
