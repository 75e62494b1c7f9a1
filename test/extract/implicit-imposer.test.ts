// A measure no sentence attributes goes to the one state the article shows imposing measures; not
// when two states impose, not when the state is named in the sentence in another role, not when the
// sentence is hedged.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.ts";

function imposes(text: string): string[] {
  const x = extractDocument({ id: "t", title: "", source: "t.txt", text, removed: [] });
  return x.claims.filter((c) => c.predicate === "imposes").map((c) => `${c.subject} ${c.object} ${c.rule}`);
}

describe("implicit-imposer", () => {
  it("gives an unattributed measure to the article's only imposing state", () => {
    // the imposer comes later in the article, so no sentence-level rule can carry it over
    const got = imposes("Officials met on Friday. The tariff on sorghum and pork was raised to 25%. China imposed tariffs on soybeans later.");
    expect(got).toContain("country:cn measure:cn-tariffs-on-sorghum implicit-imposer");
    expect(got).toContain("country:cn measure:cn-tariffs-on-pork implicit-imposer");
  });

  it.each([
    ["The tariff on sorghum was raised by 10%. China imposed tariffs on soybeans. Canada imposed tariffs on steel.", "two states impose: the measure stays unattributed"],
    ["The tariff on Chinese sorghum was raised by 10%. China imposed tariffs on soybeans.", "the state is named as the goods' origin"],
    ["A tariff on sorghum would have hurt farmers. China imposed tariffs on soybeans.", "hedged"],
  ])("%s (%s)", (text) => {
    expect(imposes(text).filter((c) => c.endsWith("implicit-imposer"))).toEqual([]);
  });
});
