// Words a scraper glued together are split at the one seam no compound has, in a text with several.
import { describe, expect, it } from "vitest";
import { glueSeam, gluedSeams } from "../../src/text/glued.ts";
import { splitSentences } from "../../src/extract/sentences.ts";
import { extractDocument } from "../../src/extract/extract-document.ts";

const split = (w: string): string => {
  const k = glueSeam(w);
  return k === undefined ? w : `${w.slice(0, k)}|${w.slice(k)}`;
};

describe("glueSeam", () => {
  it.each([
    ["previouslybanned", "previously|banned"],
    ["productsfigure", "products|figure"],
    ["crossingthe", "crossing|the"],
    ["twocountries", "two|countries"],
    ["migrationand", "migration|and"],
  ])("splits %s after an inflected word, at a function word or after a number", (w, want) => {
    expect(split(w)).toBe(want);
  });

  it.each([
    ["photoresist", "a compound of two plain words"],
    ["chipmaking", "a compound of a noun and a gerund"],
    ["smartphones", "a compound WordNet does not list"],
    ["overfishing", "a prefix-like preposition first"],
    ["whether", "a function word WordNet does not list, and short"],
    ["everything", "a closed-class word"],
    ["shipments", "a word WordNet knows by its inflection"],
  ])("leaves %s whole (%s)", (w) => {
    expect(glueSeam(w)).toBeUndefined();
  });
});

describe("gluedSeams", () => {
  const GLUED = "Haiti had previouslybanned the entry of eggs. Among the barred productsfigure wheat flour. The dispute between twocountries grew.";
  it("finds the seams of a text with several glued tokens", () => {
    expect(gluedSeams(GLUED, 3)).toHaveLength(3);
  });
  it("finds none in a text with fewer (one unknown word is more likely a term)", () => {
    expect(gluedSeams("Haiti had previouslybanned the entry of eggs. Timespan data grew.", 3)).toEqual([]);
  });
});

describe("sentences over glued words", () => {
  const TEXT = "Haiti had previouslybanned the entry of eggs and bananas. Among the barred productsfigure wheat flour and cement. The dispute between twocountries grew.";
  it("tokenises and tags each glued word as the word it is, with offsets into the text as given", () => {
    const [first] = splitSentences(TEXT);
    const toks = first?.tokens ?? [];
    const at = toks.findIndex((t) => t.text === "previously");
    expect(toks[at]?.pos).toBe("ADV");
    expect(toks[at + 1]).toMatchObject({ text: "banned", pos: "VERB" });
    expect(TEXT.slice(toks[at + 1]?.start, toks[at + 1]?.end)).toBe("banned");
  });
  it("reads the glued sentence's relation, quoting the text as given", () => {
    const x = extractDocument({ id: "t", title: "", source: "t.txt", text: TEXT, removed: [] });
    const claim = x.claims.find((c) => c.predicate === "restricts" && c.object === "commodity:banana");
    expect(claim).toBeDefined();
  });
});
