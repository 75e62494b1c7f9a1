// A measure no sentence attributes goes to the one state the article shows imposing measures; not
// when two states impose, not when the state is named in the sentence in another role, not when the
// sentence is hedged.
import { describe, expect, it } from "vitest";
import { dominantCountry } from "../../src/extract/components.ts";
import { extractDocument } from "../../src/extract/extract-document.ts";

function imposes(text: string): string[] {
  const x = extractDocument({ id: "t", title: "", source: "t.txt", text, removed: [] });
  return x.claims.filter((c) => c.predicate === "imposes").map((c) => `${c.subject} ${c.object} ${c.rule}`);
}

describe("a person's state across the article", () => {
  it("carries the state a title gave a person to the sentences that name them by surname", () => {
    expect(imposes("Ecuador's president, Daniel Roca, spoke on Monday. Roca announced that he would impose a 30% tariff on Colombian imports.").join(" ")).toContain("country:ec measure:ec-tariffs-on-co-goods");
    // near miss: a person of no known state names no measure after them
    expect(imposes("Daniel Roca announced that he would impose a 30% tariff on Colombian imports.").join(" ")).not.toContain("daniel-roca-tariffs");
  });
});

describe("the article's state from its dateline", () => {
  it("reads 'the government' as the state the story is filed from when the article settles on no other", () => {
    expect(imposes("New Delhi: The government has introduced an import duty on lentils. Canada and Australia export lentils.")).toContain("country:in measure:in-tariffs-on-lentil impose-verb");
    // near misses: no dateline, or a capital named later in the first sentence
    expect(imposes("Canada and Australia export lentils. The government has introduced an import duty on lentils.").join(" ")).not.toContain("country:in");
    expect(imposes("The government has introduced an import duty on lentils, officials in New Delhi said. Canada and Australia export lentils.").join(" ")).not.toMatch(/country:in measure:in-tariffs-on-lentil impose-verb/);
  });
});

describe("implicit-imposer", () => {
  it("gives an unattributed measure to the article's only imposing state", () => {
    // the imposer comes later in the article, so no sentence-level rule can carry it over
    const got = imposes("Officials met on Friday. The tariff on sorghum and pork was raised to 25%. China imposed tariffs on soybeans later.");
    expect(got).toContain("country:cn measure:cn-tariffs-on-sorghum implicit-imposer");
    expect(got).toContain("country:cn measure:cn-tariffs-on-pork implicit-imposer");
  });

  it("reads past a state named in brackets or a dash aside, which says nothing of who imposes", () => {
    const got = imposes("Malaysia banned exports of chicken. Exports of broiler chickens - the birds shipped from Malaysia to Singapore - are banned. The export of cattle (code 0102 of the EEU tariff) is banned.");
    expect(got).toContain("country:my measure:my-export-controls-on-broiler-chicken implicit-imposer");
    expect(got).toContain("country:my measure:my-export-controls-on-cattle implicit-imposer");
    // nor a state named as a place
    expect(imposes("Malaysia banned exports of chicken. The export of cattle across the borders of Thailand is banned.")).toContain("country:my measure:my-export-controls-on-cattle implicit-imposer");
  });

  it.each([
    ["Malaysia banned exports of chicken. Exports of broiler chickens, which Singapore buys from Malaysia, are banned.", "near miss: outside an aside, the state named as the goods' origin blocks"],
    ["Malaysia banned exports of chicken. The export ban on cooking oil - a measure Indonesia adopted in 2022 - was lifted within weeks.", "near miss: a state that acts inside an aside may be the imposer"],
    ["The tariff on sorghum was raised by 10%. China imposed tariffs on soybeans. Canada imposed tariffs on steel.", "two states impose: the measure stays unattributed"],
    ["The tariff on Chinese sorghum was raised by 10%. China imposed tariffs on soybeans.", "the state is named as the goods' origin"],
    ["A tariff on sorghum would have hurt farmers. China imposed tariffs on soybeans.", "hedged"],
  ])("%s (%s)", (text) => {
    expect(imposes(text).filter((c) => c.endsWith("implicit-imposer"))).toEqual([]);
  });
});

describe("implicit-imposer between the two parties of a dispute", () => {
  const INTRO = "India and Malaysia are at odds over palm oil. India accused Malaysia of meddling. ";
  it("gives a measure on imports from one party to the other", () => {
    expect(imposes(`${INTRO}The government has imposed restrictions on imports of refined palm oil from Malaysia.`)).toContain("country:in measure:in-restrictions-on-refined-palm-oil implicit-imposer");
    expect(imposes(`${INTRO}Duties on Malaysian steel rose.`)).toContain("country:in measure:in-tariffs-on-steel implicit-imposer");
  });

  it("names a measure two sentences give to two states as two measures", () => {
    const got = imposes(`${INTRO}Duties on Malaysian steel rose. Duties on Indian steel rose too.`);
    expect(got).toContain("country:in measure:in-tariffs-on-steel implicit-imposer");
    expect(got).toContain("country:my measure:my-tariffs-on-steel implicit-imposer");
    expect(got).not.toContain("country:in measure:my-tariffs-on-steel implicit-imposer");
  });

  it("takes the goods' origin from elsewhere in the article when the sentence names none", () => {
    const text = "India is the world's biggest buyer of almonds from the USA. India and the US are at odds. The commerce ministry named varieties of almonds that would carry higher import taxes.";
    expect(imposes(text)).toContain("country:in measure:in-tariffs-on-almond implicit-imposer");
    // near miss: a definite measure refers back to one the article named, whoever's goods it hits
    expect(imposes(text.replace("varieties of almonds that would carry higher import taxes", "that the import taxes on almonds stay")).filter((c) => c.endsWith("implicit-imposer"))).toEqual([]);
    // near miss: the article gives the goods two origins
    expect(imposes(`${text} It also buys almonds from India.`.replace("The commerce", "Then the commerce")).filter((c) => c.endsWith("implicit-imposer"))).toEqual([]);
  });

  it.each([
    [`${INTRO}Restrictions on the export of palm oil to India began.`, "an export measure: the state goods leave is left open"],
    [`${INTRO}Duties on Chinese steel rose.`, "goods from neither party"],
    [`${INTRO}Indonesia said duties on Malaysian steel rose.`, "another state acts in the sentence"],
    [`${INTRO}Duties on Malaysian steel might rise.`, "hedged"],
    ["India, Malaysia, Indonesia, Thailand and Vietnam trade palm oil. Duties on Malaysian steel rose.", "no two states the article is about"],
  ])("%s (%s)", (text) => {
    expect(imposes(text).filter((c) => c.endsWith("implicit-imposer"))).toEqual([]);
  });
});

describe("implicit-imposer with no imposer anywhere in the article", () => {
  function measures(text: string): string[] {
    const x = extractDocument({ id: "t", title: "", source: "t.txt", text, removed: [] });
    return x.derived.filter((d) => d.type === "measure").map((d) => d.key);
  }

  it("gives the measure to the one state the article names", () => {
    const got = imposes("Malaysia's ministry will stop chicken exports. Malaysian farmers worry. Questions on the chicken export ban go to the ministry.");
    expect(got).toContain("country:my measure:my-export-controls-on-chicken implicit-imposer");
  });

  it("gives it to the state the article names as an actor in most of its mentions, past goods of another origin", () => {
    const got = imposes("Canada said so. Canada confirmed it. Ottawa agreed. Chinese-made cars sell well. Officials confirmed a surtax on electric vehicles.");
    expect(got).toContain("country:ca measure:ca-tariffs-on-electric-vehicles implicit-imposer");
  });

  it("takes the only state an article names, even named once, as the state it is about", () => {
    const x = extractDocument({ id: "t", title: "", source: "t.txt", text: "Nigeria kept its rice ban. President Muhammadu Buhari has ordered the reopening of borders.", removed: [] });
    expect(x.claims.map((c) => `${c.subject} ${c.predicate} ${c.object}`)).toContain("person:muhammadu-buhari leads country:ng");
  });

  it("does not count a state named only as the origin of goods towards the article's state", () => {
    // Poland twice as an actor, Ukraine three times only as where the grain comes from
    const text = "Poland said so. The Polish government agreed. Ukrainian grain and Ukrainian sugar flooded in, with Ukrainian imports. The government banned the importation of grain.";
    expect(imposes(text).some((c) => c.startsWith("country:pl "))).toBe(true);
  });

  it("near miss: two states named as actors alike leave the measure unattributed, under its unattributed name", () => {
    const text = "Canada and China talked. China and Canada met. A surtax on electric vehicles was confirmed.";
    expect(imposes(text).filter((c) => c.endsWith("implicit-imposer"))).toEqual([]);
    expect(measures(text)).toContain("measure:unattributed-tariffs-on-electric-vehicles");
  });
});

describe("the state an article is about", () => {
  const of = (counts: Record<string, number>) => dominantCountry(new Map(Object.entries(counts)), 0.6);
  it("is the state with most of its country mentions, or one named three times as often as any other", () => {
    expect(of({ id: 5, jp: 1, kr: 1, ph: 1, us: 1 })).toBe("id");
    expect(of({ pl: 6, ua: 2, ru: 1, eu: 1 })).toBe("pl");
    expect(of({ ng: 1 })).toBe("ng");
  });
  it("near miss: no state when two are named alike, or one only once beside another", () => {
    expect(of({ us: 4, cn: 3, eu: 1 })).toBeUndefined();
    expect(of({ us: 1, cn: 1 })).toBeUndefined();
  });
});

describe("implicit-imposer by the same measure on a listed good", () => {
  const INTRO = "India raised import duties on almonds. The US imposed tariffs on steel and Canada imposed tariffs on aluminium. ";
  it("gives a list under an unowned measure to the state that imposes that kind of measure on one of its goods", () => {
    const got = imposes(`${INTRO}The ministry named varieties of almonds, apples and lentils that would carry higher import taxes.`);
    expect(got).toContain("country:in measure:in-tariffs-on-apple implicit-imposer");
    expect(got).toContain("country:in measure:in-tariffs-on-lentil implicit-imposer");
  });

  it.each([
    [`${INTRO}The ministry named varieties of apples and lentils that would carry higher import taxes.`, "no good of the list bears the same measure elsewhere"],
    [`${INTRO}China imposed tariffs on almonds. Varieties of almonds and apples will carry higher import taxes.`, "two states impose that measure on the good"],
    [`${INTRO}Pakistan named varieties of almonds and apples that would carry higher import taxes.`, "a state acts in the sentence: the measure is not given across sentences"],
    [`${INTRO}Varieties of almonds and apples could carry higher import taxes.`, "hedged"],
  ])("%s (%s)", (text) => {
    expect(imposes(text).filter((c) => c.includes("apple") && c.endsWith("implicit-imposer"))).toEqual([]);
  });
});

describe("implicit-imposer: a ban stated by a state's official", () => {
  const INTRO = "Ukraine and Poland argued. Brazil and Chile traded. ";
  it("gives an unowned ban on goods coming in to the state whose official states it", () => {
    expect(imposes(`${INTRO}Polish Agriculture Minister Robert Telus said imports of wheat from Ukraine are banned.`)).toContain("country:pl measure:pl-import-bans-on-wheat implicit-imposer");
  });

  it.each([
    [`${INTRO}Polish Agriculture Minister Robert Telus said exports of wheat are banned.`, "an export ban is the exporter's, whoever speaks of it"],
    [`${INTRO}Polish Agriculture Minister Robert Telus said duties against Poland's wheat are unfair.`, "the speaker's own goods are the ones restricted"],
    [`${INTRO}Polish Agriculture Minister Robert Telus said Hungary says imports of wheat are banned.`, "another state acts in the sentence"],
    [`${INTRO}Polish Agriculture Minister Robert Telus said imports of wheat could be banned.`, "hedged"],
  ])("%s (%s)", (text) => {
    expect(imposes(text).filter((c) => c.startsWith("country:pl") && c.endsWith("implicit-imposer"))).toEqual([]);
  });
});

describe("implicit-imposer between two parties: a state the measure is against", () => {
  // (India the article's own state, so "the government" is India's; who imposes is left to the article)
  const INTRO = "India and Malaysia are at odds over palm oil. India accused Malaysia of meddling. India buys palm oil. India grows little of it. ";
  it("reads a state after 'against' (past a noun describing it) as the one hit, not an actor", () => {
    expect(imposes(`${INTRO}The government has imposed restrictions on imports of refined palm oil, a move in retaliation against top supplier Malaysia.`)).toContain("country:in measure:in-restrictions-on-refined-palm-oil implicit-imposer");
  });
  it("near miss: a state acting in the sentence still leaves the measure to it", () => {
    expect(imposes(`${INTRO}The government has imposed restrictions on imports of refined palm oil, and Malaysia protested.`).filter((c) => c.endsWith("implicit-imposer"))).toEqual([]);
  });
});

describe("implicit-imposer: an export measure in an article about one state", () => {
  // (Indonesia named most as an actor; the EU imposes too, so no state imposes nearly all of it)
  const INTRO = "Indonesia banned nickel ore exports in 2020. The EU imposed duties on Indonesian steel. Indonesia said it would appeal. Indonesia wants smelters. Indonesia grows fast. ";
  it("gives an unowned export measure to the state the article is about", () => {
    expect(imposes(`${INTRO}The ore export ban will stay, officials said.`)).toContain("country:id measure:id-export-controls-on-ore implicit-imposer");
  });
  it.each([
    [`${INTRO}The duties on steel imports will stay, officials said.`, "a measure on goods coming in is not the exporter's"],
    [`${INTRO}The ore export ban will stay, Malaysia said.`, "another state acts in the sentence"],
    [`${INTRO}The ore export ban could stay, officials said.`, "hedged"],
  ])("%s (%s)", (text) => {
    expect(imposes(text).filter((c) => c.includes("implicit-imposer") && (c.includes("-on-ore") || c.includes("-on-steel")) && c.startsWith("country:id"))).toEqual([]);
  });
});

describe("implicit-imposer: a state named where goods come from does not act", () => {
  it("gives the dominant imposer a ban on shipments from another state", () => {
    const got = imposes("The EU banned mangoes from India. The EU banned vegetables from India. Shipments from India of bitter gourd and aubergine remain banned.");
    expect(got).toContain("country:eu measure:eu-import-bans-on-bitter-gourd implicit-imposer");
  });
  it("near miss: another state acting in the sentence still blocks it", () => {
    const got = imposes("The EU banned mangoes from India. The EU banned vegetables from India. India said shipments of bitter gourd remain banned.");
    expect(got.filter((c) => c.includes("bitter-gourd") && c.endsWith("implicit-imposer"))).toEqual([]);
  });
});

describe("implicit-imposer: a ban reported by a news agency", () => {
  it("is not the agency's home state's (near miss of an official's statement)", () => {
    const got = imposes("Ukraine and Poland argued. Brazil and Chile traded. Reuters reported that imports of wheat from Ukraine are banned.");
    expect(got.filter((c) => c.startsWith("country:gb") && c.endsWith("implicit-imposer"))).toEqual([]);
  });
});

describe("implicit-imposer by the same measure: another state's voice", () => {
  it("does not give a guess voiced by another state's people to the imposing state", () => {
    const got = imposes("India raised import duties on almonds from the US. American farmers said walnuts and apples would carry higher import taxes in future rounds.");
    expect(got.filter((c) => c.includes("walnut") && c.endsWith("implicit-imposer"))).toEqual([]);
  });
});

describe("implicit-imposer: a denied clause", () => {
  it("gives no imposer to a measure a sentence denies", () => {
    const got = imposes("Russia banned wheat exports. Russia is big. The minister denied that restrictions on gasoline exports had been imposed.");
    expect(got.filter((c) => c.includes("gasoline") && c.endsWith("implicit-imposer"))).toEqual([]);
  });
});
