// Two hand-written, realistic pages (not from the seeds, not about US–China) with the usual
// chrome: cookie banner, navigation, newsletter box, photo credits, related links, comments.
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../src/ingest/read-corpus.ts";

const { documents, problems } = await readCorpus(["test/fixtures/ingest"]);
const byId = (id: string) => {
  const d = documents.find((x) => x.id === id);
  if (!d) throw new Error(`fixture ${id} not read`);
  return d;
};

describe("HTML fixtures", () => {
  it("reads both pages without problems", () => {
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(["eu-mercosur", "japan-korea-curbs"]);
  });

  describe("eu-mercosur.html (semantic HTML5 page)", () => {
    const d = byId("eu-mercosur");
    it("takes og:title as the title", () => expect(d.title).toBe("EU farmers protest as Brussels signs Mercosur trade pact"));
    it.each([
      "European Commission President Ursula von der Leyen signed a political agreement with the Mercosur bloc in Montevideo on Friday",
      "French farmers, who fear cheaper beef and poultry imports from South America, blocked roads near Strasbourg",
      "France’s agriculture minister Annie Genevard said Paris would seek a blocking minority",
      "Under the agreement, Mercosur countries would phase out their 35 percent tariff on European cars over 15 years",
      "The agreement must still be approved by the European Council and the European Parliament before it can take effect.",
    ])("keeps %j", (s) => expect(d.text).toContain(s));
    it.each([
      "cookies", "Accept all", "World", "Opinion", "Subscribe", "By Ana Ribeiro", "Published", "Photo: Jean Dupont/EPA",
      "Farmers drive tractors", "Trade Brief", "newsletter", "Read more", "Share on", "Related stories",
      "Brazil’s beef exports hit record", "No comments yet", "All rights reserved", "Privacy policy",
    ])("drops %j", (s) => expect(d.text).not.toContain(s));
    it("has exactly the eight article paragraphs", () => expect(d.text.split("\n\n")).toHaveLength(8));
  });

  describe("japan-korea-curbs.html (div soup with furniture inside the story)", () => {
    const d = byId("japan-korea-curbs");
    it("takes the h1 as the title", () => expect(d.title).toBe("Seoul and Tokyo end chip materials dispute"));
    it.each([
      "Japan said on Thursday it would lift export curbs on three materials used to make semiconductors and displays",
      "the restrictions on fluorinated polyimide, photoresists and hydrogen fluoride would be removed",
      "The announcement followed a summit in Tokyo between South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida",
      "“This is a first step towards restoring trust between our two countries,” Yoon told reporters.",
      // A sentence the page broke around a link comes back whole.
      "coordinate on supply chains for advanced chips and critical minerals.",
      "Seoul also agreed to restore Japan to its “white list” of trusted trading partners",
    ])("keeps %j", (s) => expect(d.text).toContain(s));
    it.each([
      "SEOUL (Asia Wire)", "Advertisement", "Log in", "3 hours ago", "pose for a photo", "PHOTO: EPA", "Read more",
      "Reporting by", "Download the Asia Wire app", "App Store", "You may also like", "Chip stocks rally", "Copyright 2023",
    ])("drops %j", (s) => expect(d.text).not.toContain(s));
    it("records what it removed, with reasons", () => {
      const reasons = new Set(d.removed.map((r) => r.reason));
      for (const r of ["photo-caption", "photo-credit", "related-link", "byline", "dateline"]) expect(reasons).toContain(r);
    });
  });
});
