// Goods the lexicons do not list, found by position (the object of a measure or trade phrase) and by
// what WordNet says the head noun is; and the words in those positions that are not goods.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.ts";
import { goodsClassOfWord } from "../../src/lexicon/wordnet.ts";

function restricted(text: string): string[] {
  const x = extractDocument({ id: "t", title: "", source: "t.txt", text, removed: [] });
  return x.claims.filter((c) => c.predicate === "restricts").map((c) => c.object);
}

describe("WordNet goods classes", () => {
  it.each([
    ["bauxite", "substance"],
    ["tomatoes", "food"],
    ["wheat", "plant"],
    ["shrimp", "food"],
    ["coil", "artifact"],
    ["cattle", "animal"],
    ["diamonds", "substance"],
    ["gold", "substance"],
  ])("%s is a good (%s)", (word, cls) => expect(goodsClassOfWord(word)).toBe(cls));

  it.each(["talks", "concerns", "companies", "tariffs", "investment", "travel", "officials", "measures", "assets", "services", "ministry", "table", "funds"])(
    "%s is no good",
    (word) => expect(goodsClassOfWord(word)).toBeUndefined(),
  );
});

describe("goods by position and meaning", () => {
  it.each([
    ["Jakarta banned exports of bauxite in June.", "commodity:bauxite"],
    ["India banned exports of broken rice in September.", "commodity:broken-rice"],
    ["Indonesia banned exports of nickel ore in 2020.", "commodity:nickel-ore"],
    ["Beijing imposed a 100% tariff on canola oil, canola meal and peas.", "commodity:canola-meal"],
    ["Beijing imposed a 100% tariff on canola oil, canola meal and peas.", "commodity:pea"],
    ["Hungary imposed a ban on imports of flour, honey and eggs.", "commodity:honey"],
    ["The EU imposed duties on hot-rolled coil from India.", "commodity:hot-rolled-coil"],
    // a rate between the measure and its goods, and goods named after a generic head
    ["China imposed additional tariffs of up to 15% on imports of pork and beef.", "commodity:pork"],
    ["China will impose tariffs of 25 percent on 106 items made in the US, including soybeans and airplanes.", "commodity:aircraft"],
    ["Beijing imposed duties on products from Canada such as canola oil and peas.", "commodity:pea"],
    // a flow ends the goods' phrase ("ore exports last year" names ore)
    ["Jakarta banned ore exports last year.", "commodity:ore"],
    // a word of state the tagger reads as a verb
    ["Canberra removed its ban on live cattle exports to Indonesia.", "commodity:live-cattle"],
    // an adjective of origin the lexicon does not read as a state
    ["Russia has blocked imports of Georgian and Moldovan wines and spirits.", "commodity:spirits"],
    // the items after a colon (ingest joins a bulleted list to its colon line)
    ["China will impose tariffs of 25% on the following US goods: soybeans, frozen pork, cotton.", "commodity:cotton"],
  ])("%s -> %s", (text, good) => expect(restricted(text)).toContain(good));

  it.each([
    ["Washington imposed a ban on travel to the region.", "travel is an act"],
    ["The ministry imposed restrictions on companies that trade with Russia.", "companies are a group"],
    ["China's decision to suspend exports of magnets upended the supply chains of carmakers.", "a list ends at its verb"],
    ["Beijing imposed new curbs on investment.", "investment is no good"],
  ])("%s restricts no unknown good (%s)", (text) => {
    // only the goods the lexicon knows ("magnets") are restricted
    expect(restricted(text).filter((k) => !k.includes("magnet"))).toEqual([]);
  });

  it("names no good for a generic head alone: '106 items' or 'products from Canada' are not goods", () => {
    expect(restricted("China imposed tariffs of 25 percent on 106 items made in the US.")).toEqual([]);
  });

  it("names no good for a category word alone after a list ('rice, poultry and other products')", () => {
    expect(restricted("Nigeria kept its ban on the importation of rice, poultry and other products.").sort()).toEqual(["commodity:poultry", "commodity:rice"]);
  });

  it("reads the goods of a flow named by its gerund ('a requirement for exporting photoresist')", () => {
    expect(restricted("Japan imposed a requirement for exporting photoresist to South Korea.")).toContain("commodity:photoresists");
    expect(restricted("Japan imposed a requirement for exporters in July.")).toEqual([]);
  });

  it("reads a list past an aside between dashes and past where the goods come from", () => {
    expect(restricted("Moscow banned imports of turbines -- except those used in civil aviation -- machinery and limestone.")).toEqual(expect.arrayContaining(["commodity:turbine", "commodity:machinery", "commodity:limestone"]));
    expect(restricted("Lima halted the import of several fresh fruits from Chile, including nectarines and plums.")).toEqual(expect.arrayContaining(["commodity:nectarine", "commodity:plum"]));
    // near miss: a hyphen joined to a noun continues a compound ("grouper-based"), it opens no aside
    expect(restricted("Seoul banned imports of grouper-based foods.")).not.toContain("commodity:grouper");
  });

  it("makes a kind of a known good with an adjective that says what kind, not one that grades or places it", () => {
    expect(restricted("India banned exports of non-basmati white rice.")).toEqual(["commodity:non-basmati-white-rice"]);
    expect(restricted("Mexico banned imports of white corn.")).toEqual(["commodity:white-corn"]);
    expect(restricted("Seoul imposed tariffs on cheap steel.")).toEqual(["commodity:steel"]);
    expect(restricted("Seoul imposed tariffs on foreign steel.")).toEqual(["commodity:steel"]);
    // (goods named by their origin take no classifier: "flat" qualifies "products")
    expect(restricted("Brussels imposed duties on flat products from Indonesia.")).toEqual(["commodity:id-goods"]);
  });

  it("reads a good known by its meaning before 'and' a known good as a good of its own, not a kind of it", () => {
    expect(restricted("Moscow banned the import of bread, caviar and wine.").sort()).toEqual(["commodity:bread", "commodity:caviar", "commodity:wine"]);
    // near miss: a classifier with no conjunction before the good still makes a kind of it
    expect(restricted("Moscow banned the import of sparkling wine.")).toEqual(["commodity:sparkling-wine"]);
  });

  it("reads the goods after 'as well as' and 'such as' that only their meaning makes goods", () => {
    expect(restricted("Russia will halt imports of beef as well as tomatoes and onions.").sort()).toEqual(["commodity:beef", "commodity:onion", "commodity:tomato"]);
    expect(restricted("Beijing banned imports of fruit such as mangoes and durians.").sort()).toEqual(["commodity:durian", "commodity:fruit", "commodity:mango"]);
    // near misses: what follows is no good, or the list has ended at a verb
    expect(restricted("Russia will halt imports of beef as well as talks with Turkish officials.")).toEqual(["commodity:beef"]);
    expect(restricted("Russia will halt imports of beef as well as talks on fish.")).toEqual(["commodity:beef"]);
    expect(restricted("Russia will halt imports of beef as well as suspend flights.")).toEqual(["commodity:beef"]);
  });

  it("reads past an unknown item of a few words once the list has named a good", () => {
    expect(restricted("Bogota banned imports of tires, gas cylinders and bottles, and insecticides.")).toEqual(expect.arrayContaining(["commodity:bottle", "commodity:insecticide"]));
    // near miss: what follows the comma is no item ("officials said")
    expect(restricted("India banned exports of rice, officials said.")).toEqual(["commodity:rice"]);
  });

  it("reads goods after the gerund of a flow with 'of', and a participle graded by an adverb", () => {
    expect(restricted("Kenya lifted the ban on the growing and importing of genetically modified food and animal feeds.")).toEqual(expect.arrayContaining(["commodity:genetically-modified-food", "commodity:animal-feed"]));
    expect(restricted("Kenya banned imports of genetically modified maize.")).toEqual(["commodity:genetically-modified-corn"]);
    // near misses: 'food' alone is a category word; a verb with an object is no plural noun
    expect(restricted("Beijing imposed new curbs on food.")).toEqual([]);
    expect(restricted("India banned imports of rice, and the army feeds troops.")).toEqual(["commodity:rice"]);
  });

  it("reads the next item after an origin between items ('X from A and Y from B')", () => {
    expect(restricted("Taipei has banned the import of hairy crabs from the Chinese mainland and mangosteens from Thailand.").sort()).toEqual(["commodity:hairy-crab", "commodity:mangosteen"]);
    // near miss: a verb after the origin's 'and' ends the list
    expect(restricted("Taipei banned imports of crabs from China and said it would review them.")).toEqual(["commodity:crab"]);
  });

  it("takes a good before a noun that is no good, flow or measure as what that noun is for, not an item", () => {
    expect(restricted("Bogota banned imports of tires, gas cylinders and bottles.").sort()).toEqual(["commodity:bottle", "commodity:tire"]);
    expect(restricted("The US imposed sanctions on Russian oil companies, banks and gold.")).toEqual(["commodity:gold"]);
    // near misses: a flow, a good or a category after the good keeps it an item
    expect(restricted("The EU banned Russian gas imports and coal.").sort()).toEqual(["commodity:coal", "commodity:natural-gas"]);
    expect(restricted("Beijing imposed duties on steel products and wine.").sort()).toEqual(["commodity:steel", "commodity:wine"]);
    // nor does a noun for a form of the good ("steel billets" restrict steel)
    expect(restricted("Turkey imposed duties on steel billets.")).toEqual(["commodity:steel"]);
  });

  it("names refined fuels apart from crude oil", () => {
    expect(restricted("Russia restricted gasoline and diesel exports until November.").sort()).toEqual(["commodity:diesel", "commodity:gasoline"]);
    expect(restricted("India raised duties on petroleum products.")).toEqual(["commodity:petroleum-products"]);
    // near miss: crude stays oil
    expect(restricted("India raised duties on crude oil.")).toEqual(["commodity:oil"]);
  });

  it("does not take a word for the plural of a two-letter one ('gas' is no plural of 'Ga')", () => {
    expect(goodsClassOfWord("gas")).toBeUndefined();
    expect(restricted("Washington lifted the sanctions on Venezuelan oil, gas and gold.")).toContain("commodity:natural-gas");
  });

  it("reads goods listed after a generic head and where it comes from, past a rate the measure was raised to", () => {
    expect(restricted("Delhi raised the customs duty to 200 per cent on all goods imported from the neighbouring country, including fresh fruits and cement.")).toEqual(expect.arrayContaining(["commodity:fresh-fruit", "commodity:cement"]));
    // near miss: a generic head with no list names no good
    expect(restricted("Delhi raised the duty on all goods imported from the neighbouring country, officials said.")).toEqual([]);
  });

  it("takes a quantity or group before 'of' as no good: the goods follow it", () => {
    expect(restricted("The duty raised the tariff on a large basket of Indian goods.")).toEqual(["commodity:in-goods"]);
    expect(restricted("Canberra imposed duties on a range of steel products.")).toEqual(["commodity:steel"]);
  });

  it("keeps one node for a good and its plural, and a good with a grading word is that good", () => {
    expect(restricted("Seoul imposed tariffs on tomatoes.")).toEqual(["commodity:tomato"]);
    expect(restricted("Seoul imposed tariffs on advanced steel.")).toEqual(["commodity:steel"]);
  });
});

describe("goods in a list: glosses and participle clauses", () => {
  it("reads a word glossed in brackets by a good as a good of that kind", () => {
    expect(restricted("Pakistan banned exports of fine atta (flour) to Afghanistan.")).toContain("commodity:fine-atta");
  });
  it("near miss: a gloss that is no good makes no good", () => {
    expect(restricted("Pakistan banned exports of kuchh (officials said) to Afghanistan.")).not.toContain("commodity:kuchh");
  });
  it("reads on past a participle clause after an item", () => {
    const got = restricted("Pakistan banned exports of semolina, refined flour used in bakery items and fine atta (flour) to Afghanistan.");
    expect(got).toEqual(expect.arrayContaining(["commodity:semolina", "commodity:refined-flour", "commodity:fine-atta"]));
  });
});

describe("goods named with where they are made", () => {
  it("reads a state's name hyphened to 'made' as the goods' origin", () => {
    expect(restricted("South Korea imposed a tariff on Japan-made stainless steel bars.")).toContain("commodity:stainless-steel-bars");
  });
  it("near miss: a state's name alone before a hyphen is no origin of goods", () => {
    expect(restricted("South Korea imposed a tariff on Japan-wide steel bars.")).not.toContain("commodity:japan");
  });
});

describe("one good under its singular and plural", () => {
  it("keys a plural WordNet knows the singular of by that singular", () => {
    const got = restricted("India restricted processed food from Bangladesh. Imports of processed foods from Bangladesh will not be allowed.");
    expect(got.filter((o) => o.startsWith("commodity:processed-food"))).toEqual(["commodity:processed-food", "commodity:processed-food"]);
  });
  it("near miss: a word WordNet lists as it is keeps its -s", () => {
    expect(restricted("India restricted imports of glass from China.")).toContain("commodity:glass");
  });
});

describe("goods named by a scientific name and glossed", () => {
  it("reads 'Momordica (bitter gourd)' as the good the gloss names, in a dash list after a generic head", () => {
    const got = restricted("Shipments from India of four other products – Momordica (bitter gourd), Colocasia (patra leaves) and Trichosanthes (snake gourd) – remain banned.");
    expect(got).toEqual(expect.arrayContaining(["commodity:bitter-gourd", "commodity:patra-leaf", "commodity:snake-gourd"]));
  });
  it("near miss: a name glossed by what is no good makes no good", () => {
    expect(restricted("The EU banned Momordica (officials said) and mangoes from India.").some((o) => /official/.test(o))).toBe(false);
  });
});
