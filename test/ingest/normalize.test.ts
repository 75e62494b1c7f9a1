import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/ingest/normalize.ts";

describe("normalizeText", () => {
  it.each([
    ["CRLF becomes LF", "a\r\nb\rc", "a\nb\nc"],
    ["no-break space becomes a space", "10\u00a0per cent", "10 per cent"],
    ["narrow no-break and thin spaces become spaces", "10\u202f000\u2009km", "10 000 km"],
    ["ideographic space becomes a space", "a\u3000b", "a b"],
    ["tab becomes a space", "a\tb", "a b"],
    ["zero-width space is removed", "Xi\u200bJinping", "XiJinping"],
    ["zero-width joiner and BOM are removed", "\ufeffa\u200db\u2060c", "abc"],
    ["soft hyphen is removed", "nego\u00adtiations", "negotiations"],
    ["curly double quotes are kept", "“very positive conclusion”", "“very positive conclusion”"],
    ["curly apostrophe is kept", "Trump’s", "Trump’s"],
    ["decomposed accents are composed (NFC)", "Pe\u0301rez", "Pérez"],
    ["compatibility forms are NOT folded (no NFKC)", "ﬁve ²", "ﬁve ²"],
    ["paragraph separator becomes a blank line", "a\u2029b", "a\n\nb"],
    ["line separator becomes a newline", "a\u2028b", "a\nb"],
    ["control characters are removed", "a\u0007b\u001bc", "abc"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("is idempotent, so normalising once is enough", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });
});

describe("normalizeText edge cases", () => {
  it("composes a combining mark that a zero-width character separated from its letter", () => {
    const once = normalizeText("e\u200b\u0301");
    expect(once).toBe("é");
    expect(normalizeText(once)).toBe(once);
  });
});
