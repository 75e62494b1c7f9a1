// Countries from the world-countries dataset with our overlay: every state and territory is there, the
// dataset is read by its rules (no bare ISO codes, English plurals), and names shared with people, words
// and other places are kept from making a country (near-misses), while the country is still found.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.ts";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { defaultLexicon } from "../../src/lexicon/index.ts";
import { countriesFromDataset, demonymPlural, readDataset } from "../../src/lexicon/world-countries.ts";
import type { Document } from "../../src/model/types.ts";

const lex = defaultLexicon();
const byId = new Map(lex.countries.map((c) => [c.id, c]));

function doc(id: string, text: string): Document {
  return { id, title: id, source: `${id}.txt`, text } as Document;
}

/** The keys of everything extraction finds in one sentence. */
function keysIn(text: string): string[] {
  return extractDocument(doc("probe", text)).mentions.map((m) => m.key);
}

describe("the dataset", () => {
  it("gives every state and territory it holds, and the EU besides", () => {
    const records = readDataset();
    expect(records.length).toBeGreaterThanOrEqual(245);
    for (const r of records) expect(byId.has(r.cca2.toLowerCase()), r.cca2).toBe(true);
    expect(byId.get("eu")?.label).toBe("European Union");
  });

  it("never gives a bare ISO code as a name: the abbreviations matched are the ones our overlay gives", () => {
    const short = lex.countries.flatMap((c) =>
      [...c.names, ...c.demonyms, ...c.capitals].filter((n) => /^[A-Z]{2,3}$/.test(n)).map((n) => `${c.id}:${n}`),
    );
    expect(short.sort()).toEqual(
      [
        "ae:UAE",
        "cd:DRC",
        "cn:PRC",
        "eu:EU",
        "eu:EU",
        "gb:UK",
        "gb:UK",
        "kr:ROK",
        "sa:KSA",
        "tw:ROC",
        "us:USA",
        "us:US",
        "us:US",
      ].sort(),
    );
    for (const code of ["IN", "IS", "IT", "NO", "ME", "TO", "AS"]) {
      expect(
        lex.countries.some((c) => c.names.includes(code)),
        code,
      ).toBe(false);
    }
  });

  it.each([
    ["Ivorian", "Ivorians"],
    ["Iraqi", "Iraqis"],
    ["New Zealander", "New Zealanders"],
    ["Cypriot", "Cypriots"],
    ["Chinese", undefined],
    ["Swiss", undefined],
    ["French", undefined],
    ["Irish", undefined],
    ["Greenlandic", undefined],
    ["Malagasy", undefined],
    ["Turkmen", undefined],
    ["I-Kiribati", undefined],
    ["Ni-Vanuatu", undefined],
  ])("the plural of %s is %s", (demonym, plural) => {
    expect(demonymPlural(demonym)).toBe(plural);
  });

  it("gives a name two entries claim to the one sovereign state among them, or to neither", () => {
    const base = new Map(countriesFromDataset().map((c) => [c.id, c]));
    // India, not the British Indian Ocean Territory
    expect(base.get("in")?.demonyms).toContain("Indian");
    expect(base.get("io")?.demonyms).not.toContain("Indian");
    // both Congos are sovereign: neither is "Congolese" in the dataset (our overlay gives it to the DRC)
    expect(base.get("cd")?.demonyms).not.toContain("Congolese");
    expect(base.get("cg")?.demonyms).not.toContain("Congolese");
    expect(byId.get("cd")?.demonyms).toContain("Congolese");
  });
});

describe("our overlay", () => {
  it.each([
    ["us", "names", "U.S."],
    ["us", "names", "America"],
    ["cn", "demonyms", "Sino-"],
    ["kr", "names", "Korea"],
    ["eu", "capitals", "Brussels"],
    ["nl", "capitals", "The Hague"],
    ["cd", "names", "Congo"],
    ["tr", "names", "Turkey"],
  ] as const)("%s has %s %s", (id, field, name) => {
    expect(byId.get(id)?.[field]).toContain(name);
  });

  it.each([
    ["be", "Brussels"],
    ["nl", "Amsterdam"],
    ["cg", "Congo"],
    ["kp", "Korea"],
    ["il", "Jerusalem"],
  ])("%s is not %s", (id, name) => {
    const c = byId.get(id);
    expect([...(c?.names ?? []), ...(c?.demonyms ?? []), ...(c?.capitals ?? [])]).not.toContain(name);
  });

  it("keeps the labels our graphs know", () => {
    expect(byId.get("tr")?.label).toBe("Turkey");
    expect(byId.get("cz")?.label).toBe("Czech Republic");
    expect(byId.get("cd")?.label).toBe("Democratic Republic of the Congo");
  });
});

describe("countries the hand-typed list missed are found", () => {
  it("Bhutan, Eswatini and Côte d'Ivoire become country nodes", async () => {
    const docs = [
      doc(
        "himalaya",
        "Bhutan seeks tariff relief\n\nBhutan asked India on Tuesday to lift duties on its hydropower equipment, Thimphu said, as the kingdom's exports fell for a third month.\n",
      ),
      doc(
        "cocoa",
        "Cocoa and sugar\n\nEswatini imposed export duties on raw sugar on Monday. Ivorian cocoa farmers, meanwhile, said Côte d'Ivoire would not cut its farm-gate price despite new European Union rules on imports of cocoa.\n",
      ),
    ];
    const graph = await buildGraph(docs, { layout: false });
    expect(graph.getNodeAttribute("country:bt", "label")).toBe("Bhutan");
    expect(graph.getNodeAttribute("country:sz", "label")).toBe("Eswatini");
    expect(graph.getNodeAttribute("country:ci", "type")).toBe("country");
    expect(graph.getNodeAttribute("country:ci", "aliases")).toEqual(
      expect.arrayContaining(["Côte d'Ivoire", "Ivorian"]),
    );
  });

  it.each([
    ["Ivorian cocoa exports rose.", "country:ci"],
    ["Thais and Ivorians protested.", "country:th"],
    ["Swaziland, now Eswatini, exports sugar.", "country:sz"],
    ["Tbilisi said it would respond.", "country:ge"],
    ["The Republic of Georgia imposed duties.", "country:ge"],
    ["Congolese cobalt exports to China rose.", "country:cd"],
    ["Brussels said it would respond.", "country:eu"],
    ["Amman said it would retaliate.", "country:jo"],
    ["Jordan imposed tariffs on steel.", "country:jo"],
    ["Chad banned exports of gum arabic.", "country:td"],
    ["Dominicans cheered the CAFTA-DR ruling.", "country:do"],
  ])("%s -> %s", (text, key) => {
    expect(keysIn(text)).toContain(key);
  });
});

describe("names shared with people, words and other places make no country (near-misses)", () => {
  it.each([
    // capitals that are given names or surnames
    ["Victoria Nuland said the talks would resume.", "country:sc"],
    ["Victoria's premier said the state would lose.", "country:sc"],
    ["Hamilton said the deal was close.", "country:bm"],
    ["Kingston said it would retaliate.", "country:jm"],
    ["Stanley said the rules were clear.", "country:fk"],
    ["Santiago Peña said Paraguay would cut tariffs.", "country:cl"],
    // capitals that are English words
    ["Male workers were hit hardest by the tariffs.", "country:mv"],
    ["Male and female workers alike lost jobs.", "country:mv"],
    // capitals shared with other places
    ["The deal was struck at Georgetown University.", "country:gy"],
    ["A San Jose-based chipmaker cut jobs.", "country:cr"],
    ["A firm in Saint John's signed the contract.", "country:ag"],
    ["Nassau County officials opposed the tariffs.", "country:bs"],
    ["The port of Tripoli in Lebanon reopened.", "country:ly"],
    // countries named like people, US states, words
    ["Chad Bown said the tariffs would hurt farmers.", "country:td"],
    ["Jordan Bardella said France would veto the deal.", "country:jo"],
    ["Hyundai is building a battery plant in Georgia, Governor Brian Kemp said.", "country:ge"],
    ["An opulent Georgian mansion hosted the talks.", "country:ge"],
    ["New Jersey Governor Phil Murphy said the port was busy.", "country:je"],
    ["Officials in New Mexico said the border crossing was closed.", "country:mx"],
    ["Factories on Long Island ran short of parts.", "country:is"],
    ["Emirates said it would add flights.", "country:ae"],
    ["Thomas Mann wrote about trade.", "country:im"],
  ])("%s is not %s", (text, key) => {
    expect(keysIn(text)).not.toContain(key);
  });

  it("a capital inside a longer name is not made a place either", () => {
    expect(keysIn("Santiago Peña said Paraguay would cut tariffs.")).not.toContain("place:santiago");
    expect(keysIn("Singapore Airlines said it would cut flights.")).not.toContain("place:singapore");
  });
});
