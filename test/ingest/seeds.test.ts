// The seed pages that carry real furniture (003: Japan Today/Daily8 copy of a Reuters story;
// 004: The Straits Times) after ingest: furniture gone, every news sentence kept.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../src/ingest/read-corpus.ts";
import { normalizeText } from "../../src/ingest/normalize.ts";

const { documents, problems } = await readCorpus(["seeds"]);
const doc = (prefix: string) => {
  const d = documents.find((x) => x.id.startsWith(prefix));
  if (!d) throw new Error(`seed ${prefix} not read`);
  return d;
};

describe("seeds", () => {
  it("reads all five seeds without problems, ids are the file stems", () => {
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual([
      "000_aa642f4219704cad",
      "001_f0ea74bb8518f971",
      "002_a47d68a45776695b",
      "003_ef67b877941a8041",
      "004_89b19f438948666a",
    ]);
  });

  it.each(["000", "001", "002"])("leaves the clean seed %s exactly as written", (prefix) => {
    const d = doc(prefix);
    expect(d.text).toBe(normalizeText(readFileSync(d.source, "utf8")).trim());
    expect(d.removed).toEqual([]);
  });

  describe("003 (Reuters story inside a Japan Today / Daily8 page)", () => {
    const d = doc("003");
    it("takes the headline as the title", () => {
      expect(d.title).toBe("U.S. and Chinese officials meet in London for pivotal trade talks");
    });
    it.each([
      "Related Articles",
      "Nikkei Asia",
      "Kyodo News",
      "KYODO NEWS",
      "time17 minutes ago",
      "US and China talk rare earths and chip controls in London",
      "Does US law allow Trump to send troops",
      "DOWNLOAD THE APP",
      "app store",
      "No comments yet",
      "Try Our AI Features",
      "Orange background",
      "Thomson Reuters 2025",
      "REUTERS/Toby Melville",
      "By Kate Holton",
      "Japan Today",
      "logo",
      "POSITIVE CONCLUSION",
    ])("drops %j", (furniture) => {
      expect(d.text).not.toContain(furniture);
    });
    it("keeps every paragraph of the Reuters story body", () => {
      const raw = normalizeText(readFileSync(d.source, "utf8")).split("\n");
      const first = raw.findIndex((l) => l.startsWith("Top U.S. and Chinese officials"));
      const last = raw.findIndex((l) => l.startsWith("\"Everyone around Trump is still hawkish"));
      const body = raw.slice(first, last + 1).filter((l) => l !== "POSITIVE CONCLUSION");
      expect(body.length).toBeGreaterThan(20);
      for (const p of body) expect(d.text).toContain(p);
      expect(d.text.endsWith("he said in an analyst note.")).toBe(true);
    });
  });

  describe("004 (The Straits Times page)", () => {
    const d = doc("004");
    it.each(["Sign up now", "Follow topic", "See more on", "MANDATORY CREDIT", "Photo by", "PHOTO: AFP", "(From left)", "(L/R)"])(
      "drops %j",
      (furniture) => expect(d.text).not.toContain(furniture),
    );
    it.each([
      "US and Chinese officials are set to meet on June 10 for a second day of trade talks in London",
      "Chinese Vice-Premier He Lifeng is again heading the team in London",
      "Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick and Trade Representative Jamieson Greer are leading the US delegation.",
      "This issue was raised last week in US President Donald Trump’s first publicly announced telephone talks with Chinese President Xi Jinping since the Republican’s return to the White House.",
      "Mr Hassett said he expected “a big, strong handshake” at the trade negotiations.",
      "The Geneva pact to cool tensions temporarily brought new US tariffs on Chinese goods from 145 per cent to 30 per cent, and Chinese countermeasures from 125 per cent to 10 per cent.",
      "Beijing has also proposed establishing a “green channel” to ease exports of rare earths to the European Union",
      "Finance Minister Rachel Reeves took advantage of the London talks to meet with her US counterpart Bessent and Chinese Vice-Premier He on June 8.",
    ])("keeps %j", (sentence) => expect(d.text).toContain(sentence));

    it("keeps every raw line that ends a sentence and is not a caption, credit or prompt", () => {
      const raw = normalizeText(readFileSync(d.source, "utf8")).split("\n").map((l) => l.trim().replace(/^- /, ""));
      const sentences = raw.filter((l) => /[.!?]["”’]?$/.test(l) && l.split(" ").length > 6 && !/photo|PHOTO|Sign up/.test(l));
      for (const s of sentences) expect(d.text).toContain(s.replace(/ AFP$/, ""));
    });
  });
});
