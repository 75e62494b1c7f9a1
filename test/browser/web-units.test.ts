// The viewer's pure pieces (name folding, suggestions, URL codec, quote marks' ranges), tested
// without a browser. Only DOM-free modules of web/src are imported here.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { fold } from "../../web/src/normalize.ts";
import { SearchIndex } from "../../web/src/search-index.ts";
import { markEvidence } from "../../web/src/quote-marks.ts";
import { formatUrlState, parseUrlState } from "../../web/src/url-codec.ts";
import type { NewsGraph } from "../../web/src/types.ts";

describe("fold", () => {
  it.each([
    ["Hà Lập Phong", "ha lap phong"],
    ["Vương Văn Đào", "vuong van dao"],
    ["  He-Lap ", "he lap"],
    ["U.S.", "u s"],
  ])("%s -> %s", (input, expected) => expect(fold(input)).toBe(expected));
});

describe("SearchIndex", () => {
  const graph = new MultiDirectedGraph() as unknown as NewsGraph;
  const node = (key: string, label: string, type: string, aliases: string[] = []) =>
    graph.addNode(key, { label, type, aliases, x: 0, y: 0, size: 1, color: "#000" });
  node("person:he-lifeng", "He Lifeng", "person", ["He Lap Phong", "Hà Lập Phong"]);
  node("person:howard-lutnick", "Howard Lutnick", "person", ["Lutnick", "Mr. Lutnick"]);
  node("agency:us-commerce", "US Department of Commerce", "agency", ["Commerce Department"]);
  node("commodity:helium", "helium", "commodity");

  it.each([
    ["he lap", "person:he-lifeng"],
    ["HÉ LẬP", "person:he-lifeng"],
    ["lutnick", "person:howard-lutnick"],
    ["commerce", "agency:us-commerce"],
  ])("%s finds %s first", (query, key) => expect(index().suggest(query)[0]?.node).toBe(key));

  it("says which alias matched", () => {
    expect(index().suggest("lap phong")[0]?.matched).toBe("He Lap Phong");
  });

  it("ranks a name prefix above a mid-word match", () => {
    expect(index().suggest("he").map((s) => s.node).slice(0, 2)).toEqual(["person:he-lifeng", "commodity:helium"]);
  });

  it("suggests nothing for an empty query", () => expect(index().suggest("  ")).toEqual([]));

  function index(): SearchIndex {
    return new SearchIndex(graph);
  }
});

describe("URL state", () => {
  it("round-trips selection, filters and question", () => {
    const state = {
      selected: "person:howard-lutnick",
      filters: { hiddenNodeTypes: ["place", "event"].sort(), hiddenEdgeTypes: ["attends"], minSources: 2, depth: 1 },
      question: "what does the US offer to lift",
    };
    expect(parseUrlState(formatUrlState(state))).toEqual(state);
  });

  it("leaves defaults out and ignores nonsense", () => {
    expect(formatUrlState(parseUrlState(""))).toBe("");
    expect(parseUrlState("?min=-3&depth=abc").filters).toMatchObject({ minSources: 1, depth: 0 });
  });
});

describe("markEvidence", () => {
  const base = { doc: "d", sentence: 0 };
  it("marks the exact span inside the sentence when the evidence carries its context", () => {
    const context = "Sources said the Trump administration is prepared to lift export controls.";
    const quote = "Trump administration is prepared to lift export controls";
    const contextStart = 100;
    const start = contextStart + context.indexOf(quote);
    const marked = markEvidence({ ...base, start, end: start + quote.length, quote, context, contextStart }, []);
    expect(marked.text).toBe(context);
    expect(marked.ranges.map(([s, e]) => marked.text.slice(s, e))).toEqual([quote]);
  });

  it("falls back to the entities' names, whole words only", () => {
    const quote = "The US will discuss curbs with China.";
    const marked = markEvidence({ ...base, start: 0, end: quote.length, quote }, ["US", "China"]);
    expect(marked.ranges.map(([s, e]) => quote.slice(s, e))).toEqual(["US", "China"]);
  });
});
