// search: names, aliases, accents, prefixes and typos, as a table of query -> expected top hit.
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/model/errors.ts";
import { search } from "../../src/query/index.ts";
import { loadMini } from "../fixtures/graph/load-mini.ts";

const graph = loadMini();

describe("search", () => {
  it.each([
    ["Howard Lutnick", "person:howard-lutnick"],
    ["Lutnik", "person:howard-lutnick"], // typo
    ["lutn", "person:howard-lutnick"], // prefix
    ["he lap", "person:he-lifeng"], // prefix of an alias
    ["He Lap Phong", "person:he-lifeng"],
    ["Hà Lập Phong", "person:he-lifeng"], // accented alias
    ["ha lap phong", "person:he-lifeng"], // accents dropped by the user
    ["HE LIFENG", "person:he-lifeng"],
    ["Vương Văn Đào", "person:wang-wentao"], // đ does not decompose under NFD
    ["vuong van dao", "person:wang-wentao"],
    ["US", "country:us"],
    ["U.S.", "country:us"],
    ["the United States", "country:us"],
    ["Beijing", "country:cn"],
    ["Chinese delegation", "agency:cn-delegation"],
    ["rare earth", "commodity:rare-earths"],
    ["dysprosum", "commodity:dysprosium"], // typo
    ["country:cn", "country:cn"], // a key finds its node
  ])("%s -> %s", (query, key) => {
    expect(search(graph, query)[0]?.key).toBe(key);
  });

  it("marks exact matches and says which name matched", () => {
    const [hit] = search(graph, "he lap phong");
    expect(hit).toMatchObject({ key: "person:he-lifeng", exact: true, matched: "He Lap Phong", label: "He Lifeng" });
  });

  it("filters by type and honours the limit", () => {
    const hits = search(graph, "us", { types: ["agency"], limit: 2 });
    expect(hits.length).toBeLessThanOrEqual(2);
    expect(hits.every((h) => h.type === "agency")).toBe(true);
  });

  it("finds nothing for unrelated words", () => {
    expect(search(graph, "zzyzx quux")).toEqual([]);
  });

  it.each([[""], ["   "], ["x".repeat(201)]])("rejects the query %j", (q) => {
    expect(() => search(graph, q)).toThrow(InvalidInputError);
  });

  it.each([[0], [101], [1.5]])("rejects limit %s", (limit) => {
    expect(() => search(graph, "us", { limit })).toThrow(InvalidInputError);
  });

  it("rebuilds its index when nodes change", () => {
    const g = loadMini();
    expect(search(g, "Kevin Hassett")).toEqual([]);
    g.addNode("person:kevin-hassett", { label: "Kevin Hassett", type: "person", aliases: ["Hassett"] });
    expect(search(g, "Hassett")[0]?.key).toBe("person:kevin-hassett");
  });
});

describe("names in other scripts", () => {
  it("keeps a lexicon name no article used, in a script with no Latin letter, apart from the aliases, and still finds it", async () => {
    const { graphOf } = await import("../helpers/graph.ts");
    const graph = await graphOf("President Xi Jinping met trade officials in Beijing on Monday.");
    const attrs = graph.getNodeAttributes("person:xi-jinping");
    expect(attrs.aliases ?? []).not.toContain("习近平");
    expect(attrs.otherScripts).toContain("习近平");
    expect(search(graph, "习近平").map((h) => h.key)).toContain("person:xi-jinping");
  });
});
