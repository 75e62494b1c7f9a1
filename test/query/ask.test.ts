// ask: the question forms analysts use, answered from the mini graph with evidence and a pattern.
import { describe, expect, it } from "vitest";
import { InvalidInputError, NotFoundError } from "../../src/model/errors.ts";
import { ASK_FORMS, ask, parseQuestion, runPattern } from "../../src/query/index.ts";
import { loadMini } from "../fixtures/graph/load-mini.ts";

const graph = loadMini();
const keys = (q: string): string[] =>
  ask(graph, q)
    .answers.map((a) => a.key)
    .sort();

describe("parseQuestion", () => {
  it.each([
    ["what does the US offer to lift?", "offers-to-lift", "the US"],
    ["What is Washington prepared to lift", "offers-to-lift", "Washington"],
    ["what is the US willing to ease", "offers-to-lift", "the US"],
    ["what does China want lifted", "demands-lift", "China"],
    ["what does China want the US to lift?", "demands-lift", "China"],
    ["what does Beijing demand", "demands-lift", "Beijing"],
    ["what has the US lifted", "lifts", "the US"],
    ["what does China restrict", "restricts", "China"],
    ["what does the US impose", "imposes", "the US"],
    ["who restricts rare earths", "who-restricts", "rare earths"],
    ["who imposes export controls on chips", "who-restricts", "chips"],
    ["who leads the Chinese delegation?", "who-leads", "the Chinese delegation"],
    ["who heads the Commerce Department", "who-leads", "the Commerce Department"],
    ["who is in China's delegation", "members", "China's delegation"],
    ["who is on the US delegation", "members", "the US delegation"],
    ["who is He Lap Phong?", "who-is", "He Lap Phong"],
    ["who's Lutnick", "who-is", "Lutnick"],
  ])("%s -> %s(%s)", (q, form, x) => {
    expect(parseQuestion(q)).toEqual({ form, x });
  });

  it("reads connection questions with two names", () => {
    expect(parseQuestion("how is Lutnick connected to rare earths?")).toEqual({
      form: "connection",
      x: "Lutnick",
      y: "rare earths",
    });
  });

  it.each([["hello"], ["list everything"], ["why is the sky blue"]])("does not parse %j", (q) => {
    expect(parseQuestion(q)).toBeNull();
  });
});

describe("ask", () => {
  it("what does the US offer to lift: the commodities of the offered measure, not AI chips", () => {
    const r = ask(graph, "what does the US offer to lift?");
    expect(r.subject.key).toBe("country:us");
    expect(r.answers.map((a) => a.key).sort()).toEqual([
      "commodity:chemicals",
      "commodity:chip-design-software",
      "commodity:jet-engine-parts",
      "commodity:nuclear-materials",
    ]);
    for (const a of r.answers) {
      expect(a.via.map((v) => v.key)).toEqual(["measure:us-export-controls-chip-design-software"]);
      expect(a.evidence.some((e) => e.relation === "offers-to-lift" && e.quote.includes("prepared to lift"))).toBe(
        true,
      );
      expect(a.evidence.every((e) => e.doc && typeof e.start === "number")).toBe(true);
    }
    expect(r.pattern.where).toEqual([
      { s: "country:us", p: "offers-to-lift", o: "?measure" },
      { s: "?measure", p: "restricts", o: "?commodity" },
    ]);
  });

  it("returns a pattern that POST /api/query answers the same way", () => {
    const r = ask(graph, "what does the US offer to lift");
    const viaPattern = runPattern(graph, r.pattern)
      .bindings.map((b) => b.vars.commodity)
      .sort();
    expect(viaPattern).toEqual(r.answers.map((a) => a.key).sort());
  });

  it.each([
    ["what does China want lifted", ["commodity:chips"]],
    ["what does the US want China to lift", ["commodity:dysprosium", "commodity:rare-earths"]],
    ["who leads the Chinese delegation", ["person:he-lifeng"]],
    ["who leads the US delegation", ["person:scott-bessent"]],
    ["who leads the Commerce Department", ["person:howard-lutnick"]],
    ["who is in China's delegation", ["person:he-lifeng", "person:wang-wentao"]],
    ["who is in the US delegation", ["person:howard-lutnick", "person:jamieson-greer", "person:scott-bessent"]],
    ["who is He Lap Phong", ["person:he-lifeng"]],
    ["who is Hà Lập Phong", ["person:he-lifeng"]],
    ["who restricts rare earths", ["country:cn"]],
    ["who restricts dysprosium", ["country:cn"]],
    ["what does China impose", ["measure:cn-export-controls-rare-earths"]],
    ["what has the US lifted", []],
  ])("%s", (q, expected) => {
    expect(keys(q)).toEqual(expected);
  });

  it("what does the US restrict: through its measures and directly", () => {
    expect(keys("what does the US restrict")).toEqual([
      "commodity:advanced-ai-chips",
      "commodity:chemicals",
      "commodity:chip-design-software",
      "commodity:chips",
      "commodity:jet-engine-parts",
      "commodity:nuclear-materials",
    ]);
  });

  it("who is: the node itself, via what it leads, with evidence", () => {
    const [a] = ask(graph, "who is He Lap Phong").answers;
    expect(a?.via.map((v) => v.key)).toEqual(["agency:cn-delegation"]);
    expect(a?.evidence.length).toBeGreaterThan(0);
  });

  it("how is X connected to Y: shortest paths as answers", () => {
    const r = ask(graph, "how is Lutnick connected to rare earths");
    expect(r.object?.key).toBe("commodity:rare-earths");
    expect(r.answers[0]?.via.length).toBeGreaterThan(0);
    expect(r.pattern.where.length).toBeGreaterThan(1);
  });

  it("ignores edges whose every sentence is negated", () => {
    const g = loadMini();
    g.addEdgeWithKey(
      "country:us|offers-to-lift|measure:us-export-controls-ai-chips",
      "country:us",
      "measure:us-export-controls-ai-chips",
      {
        type: "offers-to-lift",
        weight: 1,
        evidence: [
          { doc: "doc-bloomberg", sentence: 3, start: 0, end: 10, quote: "not longstanding ones", modality: "negated" },
        ],
      },
    );
    expect(ask(g, "what does the US offer to lift").answers.map((a) => a.key)).not.toContain(
      "commodity:advanced-ai-chips",
    );
  });

  it.each([[""], ["   "], ["what is the meaning of life, really, and why"], ["tell me a story"]])(
    "rejects %j with the supported forms listed",
    (q) => {
      let err: unknown;
      try {
        ask(graph, q);
      } catch (e) {
        err = e;
      }
      // "what is ..." parses as who-is; anything else must list the forms
      if (err instanceof NotFoundError) return;
      expect(err).toBeInstanceOf(InvalidInputError);
      for (const f of ASK_FORMS) expect((err as Error).message).toContain(f.example);
    },
  );

  it("says what it could not find", () => {
    expect(() => ask(graph, "who is Zbigniew Qwertyuiop")).toThrow(NotFoundError);
  });
});
