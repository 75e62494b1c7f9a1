import { describe, expect, it } from "vitest";
import { normalizeToken, splitSentences, tokenize } from "../../src/extract/sentences.ts";

describe("tokenize", () => {
  it.each([
    ["U.S. officials", ["U.S.", "officials"]],
    ["Mr. Lutnick said", ["Mr.", "Lutnick", "said"]],
    ["China's exports", ["China", "'s", "exports"]],
    ["Trump’s call", ["Trump", "’s", "call"]],
    ["O'Brien spoke", ["O'Brien", "spoke"]],
    ["rare-earth magnets", ["rare", "-", "earth", "magnets"]],
    ["Hà Lập Phong", ["Hà", "Lập", "Phong"]],
    ["It ended.", ["It", "ended", "."]],
    ["fell 34.5% to $28.8 billion", ["fell", "34.5", "%", "to", "$", "28.8", "billion"]],
  ])("%s", (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it("gives offsets into the text", () => {
    const text = "  Vice-Premier He Lifeng met Mr. Bessent.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it.each([
    ["Hà Lập Phong", "ha lap phong"],
    ["Vương Văn Đào", "vuong van dao"],
    ["Šefčovič", "sefcovic"],
    ["China’s", "china's"],
  ])("normalises %s", (text, expected) => {
    expect(tokenize(text).map((t) => t.normal).join(" ").replace(/ '/g, "'")).toBe(expected);
    expect(normalizeToken(text.split(" ")[0] ?? "")).toBe(expected.split(" ")[0]);
  });
});

describe("splitSentences", () => {
  it("splits on sentence ends and on every line break", () => {
    const text = "Talks began in London. Officials met.\nA heading without a stop\nLast line.";
    const s = splitSentences(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual([
      "Talks began in London.",
      "Officials met.",
      "A heading without a stop",
      "Last line.",
    ]);
  });

  it("does not split after abbreviations and acronyms", () => {
    const s = splitSentences("Mr. Lutnick met U.S. officials in Washington on Monday.");
    expect(s).toHaveLength(1);
  });

  it("tags parts of speech", () => {
    const [s] = splitSentences("China suspended exports of gallium.");
    expect(s?.tokens.map((t) => t.pos)).toEqual(["PROPN", "VERB", "NOUN", "ADP", "NOUN", "PUNCT"]);
  });

  it("tags a lower-case word before a full stop the tagger read as an abbreviation ('ore.' for Oregon) a noun", () => {
    const [s] = splitSentences("They banned nickel ore.");
    expect(s?.tokens.map((t) => `${t.text}/${t.pos}`).slice(-2)).toEqual(["ore/NOUN", "./PUNCT"]);
    // near miss: the abbreviation itself, capitalised, stays a name
    const [t] = splitSentences("Exports to Salem, Ore. rose.");
    expect(t?.tokens.find((x) => x.text === "Ore")?.pos).toBe("PROPN");
  });

  it("tags a verb of trade measures in -s after a name a verb ('South Korea bans seafood imports')", () => {
    const [s] = splitSentences("South Korea bans seafood imports from Japan.");
    expect(s?.tokens.find((t) => t.text === "bans")?.pos).toBe("VERB");
    // near miss: a plural noun before a verb stays a noun
    const [t] = splitSentences("Korea bans are strict.");
    expect(t?.tokens.find((x) => x.text === "bans")?.pos).toBe("NOUN");
  });

  it("cuts a run-on 'sentence' of thousands of words into bounded pieces with exact offsets", () => {
    const text = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? "China" : "tariffs")).join(" ");
    const parts = splitSentences(text);
    expect(parts.length).toBeGreaterThan(10);
    for (const p of parts) {
      expect(p.tokens.length).toBeLessThanOrEqual(250);
      expect(text.slice(p.start, p.end).startsWith(p.tokens[0]?.text ?? "")).toBe(true);
    }
  });
});
