import { describe, expect, it } from "vitest";
import { PhraseMatcher } from "../../src/extract/phrase-matcher.ts";
import { tokenize } from "../../src/extract/sentences.ts";

function matches(m: PhraseMatcher<string>, text: string): string[] {
  const toks = tokenize(text);
  return m.findAll(toks).map((x) => `${x.value}:${text.slice(toks[x.from]?.start, toks[x.to - 1]?.end)}`);
}

describe("PhraseMatcher", () => {
  const m = new PhraseMatcher<string>();
  m.add("US", "country");
  m.add("United States", "country");
  m.add("China", "country");
  m.add("rare earths", "commodity", { caseSensitive: false });
  m.add("rare earth magnets", "commodity", { caseSensitive: false });
  m.add("Commerce Secretary", "title");

  it.each([
    ["the US and China", ["country:US", "country:China"]],
    ["talk to us about it", []],
    ["fine china plates", []],
    ["Rare earths and rare-earth magnets", ["commodity:Rare earths", "commodity:rare-earth magnets"]],
    ["the United States imposed", ["country:United States"]],
    ["US-China talks", ["country:US", "country:China"]],
    ["Commerce Secretary Howard Lutnick", ["title:Commerce Secretary"]],
  ])("%s", (text, expected) => {
    expect(matches(m, text)).toEqual(expected);
  });

  it("prefers the longest name", () => {
    expect(matches(m, "rare earth magnets")).toEqual(["commodity:rare earth magnets"]);
  });
});
