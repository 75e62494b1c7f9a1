// Resolution: one node per real entity across documents.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/graph.ts";

describe("resolve", () => {
  it("merges a surname in one article with the full name in another", async () => {
    const g = await graphOf(
      "Trade adviser Maria Gonzalez said tariffs would rise.",
      "Ms. Gonzalez said on Monday that talks would resume.",
    );
    expect(g.hasNode("person:maria-gonzalez")).toBe(true);
    expect(g.getNodeAttribute("person:maria-gonzalez", "docs")).toEqual(["t1", "t2"]);
  });

  it("merges renderings in other languages through the alias table", async () => {
    const g = await graphOf("Vice Premier He Lifeng led the talks.", "Deputy Prime Minister He Lap Phong led the delegation.", "Phó Thủ tướng Hà Lập Phong.");
    const he = g.filterNodes((_k, a) => a.type === "person" && /He Lifeng/.test(a.label));
    expect(he).toEqual(["person:he-lifeng"]);
    expect(g.getNodeAttribute("person:he-lifeng", "aliases")).toContain("He Lap Phong");
  });

  it("merges a company named with its suffix short and in full, not companies whose names differ otherwise", async () => {
    const g = await graphOf(
      "Quxbridge Mining Corp placed an order for coal on Monday.",
      "Quxbridge Mining Corporation said the order was its first. Quxbridge Mining Holdings said nothing.",
    );
    const firms = g.filterNodes((_k, a) => /Quxbridge Mining/.test(a.label as string));
    expect(firms.sort()).toEqual(["organization:quxbridge-mining-corporation", "organization:quxbridge-mining-holdings"]);
    const a = g.getNodeAttributes("organization:quxbridge-mining-corporation");
    expect([a.label, ...(a.aliases ?? [])].sort()).toEqual(["Quxbridge Mining Corp", "Quxbridge Mining Corporation"]);
  });

  it("takes a body named bare to be the one the same article named with its state, and only there", async () => {
    const g = await graphOf(
      "The Brazilian Ministry of Agriculture and Livestock welcomed the decision. The Ministry of Agriculture and Livestock said exports would resume.",
      "The Ministry of Agriculture and Livestock of another country said nothing.",
    );
    const bodies = g.filterNodes((_k, a) => /Ministry of Agriculture and Livestock/.test(a.label as string));
    // one node for the article that qualifies it; the bare name in the other article stays apart
    expect(bodies.sort()).toEqual(["agency:brazilian-ministry-of-agriculture-and-livestock", "agency:ministry-of-agriculture-and-livestock"]);
    expect(g.getNodeAttribute("agency:brazilian-ministry-of-agriculture-and-livestock", "docs")).toEqual(["t1"]);
    expect(g.getNodeAttribute("agency:ministry-of-agriculture-and-livestock", "docs")).toEqual(["t2"]);
  });

  it("takes a good named with an adjective, then without, for one good in that article ('thermal coal' ... 'the coal')", async () => {
    const g = await graphOf("Vietnam suspended imports of thermal coal from Laos. The coal ban would last a year.", "Kenya banned exports of coal.");
    const coal = g.filterNodes((_k, a) => a.type === "commodity" && /coal/.test(a.label as string)).sort();
    // the second article's coal is not the first one's thermal coal
    expect(coal).toEqual(["commodity:coal", "commodity:thermal-coal"]);
    expect(g.getNodeAttribute("commodity:thermal-coal", "aliases")).toContain("coal");
    expect(g.getNodeAttribute("commodity:coal", "docs")).toEqual(["t2"]);
  });

  it("gives a good the lexicon's other spellings of it as aliases, not its other names", async () => {
    const g = await graphOf("China imposed tariffs on aluminium and on electric vehicles.");
    expect(g.getNodeAttribute("commodity:aluminium", "aliases")).toContain("aluminum");
    // "EVs" and "electric cars" are other names the article did not use, not spellings
    expect(g.getNodeAttribute("commodity:electric-vehicles", "aliases") ?? []).not.toContain("EVs");
    expect(g.getNodeAttribute("commodity:electric-vehicles", "aliases") ?? []).not.toContain("electric cars");
  });

  it("keeps goods apart that an adjective sets apart: a participle, two adjectives of different senses, a plain name first", async () => {
    const labels = async (text: string): Promise<string[]> => {
      const g = await graphOf(text);
      return g.filterNodes((_k, a) => a.type === "commodity").map((k) => g.getNodeAttribute(k, "label") as string).sort();
    };
    // what was made of the good is a good of its own
    expect(await labels("Kenya banned imports of refined sugar. Sugar imports rose.")).toEqual(["refined sugar"]);
    // fresh and frozen are each other's opposites: "fish" could be either
    expect(await labels("Kenya banned imports of fresh fish and frozen fish. Fish prices rose.")).toEqual(["fish", "fresh fish", "frozen fish"]);
    // a plain name with no determiner does not refer back: all vehicles, all rice
    expect(await labels("Turkey imposed tariffs on electric vehicles. Turkey imposed a 40% tariff on imports of vehicles.")).toEqual(["electric vehicles", "vehicles"]);
    expect(await labels("India banned exports of broken rice. India imposed a 20% duty on exports of rice.")).toEqual(["broken rice", "rice"]);
    // named plain first: whole chickens are a kind of the chicken named before
    expect(await labels("Kenya imposed duties on chicken products. It set a duty on whole chickens and on boneless cuts.")).toEqual(["chicken", "whole chickens"]);
  });

  it("takes a name written with and without a particle for one person ('Mahathir bin Mohamad')", async () => {
    const g = await graphOf("Prime Minister Mahathir bin Mohamad criticised India.", "Former prime minister Mahathir Mohamad lost power.");
    const people = g.filterNodes((_k, a) => a.type === "person" && /Mahathir/.test(a.label as string));
    expect(people).toEqual(["person:mahathir-mohamad"]);
    const names = [g.getNodeAttribute("person:mahathir-mohamad", "label"), ...(g.getNodeAttribute("person:mahathir-mohamad", "aliases") as string[])];
    expect(names).toEqual(expect.arrayContaining(["Mahathir bin Mohamad", "Mahathir Mohamad"]));
  });

  it("keeps two people who share only a surname apart when merging name variants", async () => {
    const g = await graphOf("President Ferdinand R. Marcos Jr. ordered the suspension.", "Trade adviser Imelda Marcos spoke on Monday.");
    expect(g.filterNodes((_k, a) => a.type === "person" && /Marcos/.test(a.label as string))).toHaveLength(2);
  });

  it("takes a name with a middle initial and a suffix for the plain name ('Ferdinand R. Marcos Jr.')", async () => {
    const g = await graphOf("President Ferdinand R. Marcos Jr. ordered the suspension.", "Trade adviser Ferdinand Marcos spoke on Monday.");
    expect(g.filterNodes((_k, a) => a.type === "person" && /Marcos/.test(a.label as string))).toHaveLength(1);
  });

  it("treats a capital in political use, a demonym and the name as one country", async () => {
    const g = await graphOf("Washington accused Beijing of delays.", "The United States and China met.", "American officials met Chinese officials.");
    expect(g.filterNodes((_k, a) => a.type === "country").sort()).toEqual(["country:cn", "country:us"]);
    expect(g.getNodeAttribute("country:us", "aliases")).toEqual(expect.arrayContaining(["Washington", "American"]));
  });

  it("gives a body its unambiguous names and not names other bodies share", async () => {
    const g = await graphOf("Commerce Minister Wang Wentao met reporters.");
    const aliases = g.getNodeAttribute("agency:cn-commerce", "aliases") as string[];
    expect(aliases).toContain("MOFCOM");
    expect(aliases).not.toContain("Ministry of Commerce");
  });

  it("does not invent a person from an unknown bare surname", async () => {
    const g = await graphOf("Mr. Zorblat said tariffs would rise.");
    expect(g.filterNodes((_k, a) => a.type === "person")).toEqual([]);
  });
});

describe("resolve: ministries derived from a minister's title", () => {
  it("names a derived ministry in the forms that say whose it is, and takes the article's bare name for it", async () => {
    const g = await graphOf("Kazakhstan banned sugar exports. Kazakhstan says so. Deputy Agriculture Minister Erbol Taszhurekov said the Agriculture Ministry would act.");
    const a = g.getNodeAttributes("agency:kz-agriculture");
    expect(a.aliases).toEqual(expect.arrayContaining(["Kazakhstani Ministry of Agriculture", "Ministry of Agriculture of Kazakhstan", "Agriculture Ministry"]));
    expect(g.filterNodes((_k, n) => n.type === "agency")).toEqual(["agency:kz-agriculture"]);
    // a deputy sits in the ministry; he does not head it
    expect(g.edges("person:erbol-taszhurekov", "agency:kz-agriculture").map((e) => g.getEdgeAttribute(e, "type"))).toEqual(["member-of"]);
  });

  it("near miss: a bare ministry in an article that derived none stays apart", async () => {
    const g = await graphOf("Kazakhstan banned sugar exports. The Agriculture Ministry would act.");
    expect(g.hasNode("agency:kz-agriculture")).toBe(false);
  });
});

describe("resolve: a name shortened to its first words", () => {
  it("is the person the article named in full", async () => {
    const g = await graphOf("Malaysia's commodities minister, Mohd Khairuddin Aman Razali, said so. Mohd Khairuddin said talks would follow.");
    expect(g.filterNodes((_k, a) => a.type === "person")).toEqual(["person:mohd-khairuddin-aman-razali"]);
  });

  it("near miss: two full names that start so leave the short one apart", async () => {
    const g = await graphOf("Trade adviser Ana Maria Lopez said so. Trade adviser Ana Maria Ruiz agreed. Ana Maria said talks would follow.");
    expect(g.filterNodes((_k, a) => a.type === "person").length).toBeGreaterThanOrEqual(2);
    expect(g.getNodeAttribute("person:ana-maria-lopez", "aliases") ?? []).not.toContain("Ana Maria");
  });
});

describe("resolve: misspellings", () => {
  it("merges a misspelt public figure with the lexicon's spelling", async () => {
    const g = await graphOf("Treasury Secretary Scott Bessant met Vice Premier He Lifung in Geneva.");
    expect(g.hasNode("person:scott-bessent")).toBe(true);
    expect(g.hasNode("person:he-lifeng")).toBe(true);
    expect(g.getNodeAttribute("person:scott-bessent", "aliases")).toContain("Scott Bessant");
  });

  it("merges a rarer spelling of an unknown name with its commoner one", async () => {
    const g = await graphOf("Analyst Margarethe Vollstedt said so.", "Margarethe Vollstedt said tariffs would rise.", "Analyst Margarethe Volstedt disagreed.");
    expect(g.filterNodes((_k, a) => a.type === "person")).toEqual(["person:margarethe-vollstedt"]);
  });

  it("keeps short names that differ apart", async () => {
    const g = await graphOf("Foreign Minister Wang Yi met analyst Wang Ye.");
    expect(g.filterNodes((_k, a) => a.type === "person").length).toBe(2);
  });

  it("resolves a misspelt surname to the one person it is a letter off", async () => {
    const g = await graphOf("Commerce Secretary Howard Lutnick arrived.", "Mr. Lutnik said talks went well.");
    expect(g.getNodeAttribute("person:howard-lutnick", "docs")).toEqual(["t1", "t2"]);
  });
});
