// runPattern: SPARQL-like basic graph patterns, their bounds and their errors.
import { describe, expect, it } from "vitest";
import { InvalidInputError, NotFoundError, TooLargeError } from "../../src/model/errors.ts";
import { runPattern } from "../../src/query/index.ts";
import { loadMini } from "../fixtures/graph/load-mini.ts";

const graph = loadMini();

describe("runPattern", () => {
  it("joins two triples on a shared variable, with the evidence of each edge", () => {
    const r = runPattern(graph, {
      where: [
        { s: "country:cn", p: "demands-lift", o: "?m" },
        { s: "?m", p: "restricts", o: "?c" },
      ],
    });
    expect(r.bindings).toHaveLength(1);
    expect(r.bindings[0]?.vars).toEqual({ m: "measure:us-export-controls-chips", c: "commodity:chips" });
    expect(r.bindings[0]?.edges.map((e) => e.type)).toEqual(["demands-lift", "restricts"]);
    expect(r.bindings[0]?.edges.every((e) => e.evidence.length > 0)).toBe(true);
    expect(r.nodes["commodity:chips"]).toEqual({ key: "commodity:chips", label: "chips", type: "commodity" });
    expect(r.variables.sort()).toEqual(["c", "m"]);
  });

  it.each([
    [[{ s: "?p", p: "leads", o: "?org" }], 3],
    [[{ s: "?p", p: "member-of", o: "agency:us-delegation" }], 2],
    [[{ s: "?x", p: "type", o: "person" }], 5],
    [
      [
        { s: "?p", p: "type", o: "person" },
        { s: "?p", p: "leads", o: "?org" },
      ],
      3,
    ],
    [[{ s: "person:he-lifeng", p: "?rel", o: "agency:cn-delegation" }], 2], // parallel edges, two types
    [
      [
        { s: "?a", p: "imposes", o: "?m" },
        { s: "?b", p: "demands-lift", o: "?m" },
      ],
      2,
    ],
    [[{ s: "country:us", p: "lifts", o: "?m" }], 0],
  ])("%j -> %i bindings", (where, n) => {
    expect(runPattern(graph, { where }).bindings).toHaveLength(n);
  });

  it("binds a predicate variable to the edge type", () => {
    const types = runPattern(graph, {
      where: [{ s: "person:he-lifeng", p: "?rel", o: "agency:cn-delegation" }],
    }).bindings.map((b) => b.vars.rel);
    expect(types.sort()).toEqual(["leads", "member-of"]);
  });

  it("stops at the limit and says so", () => {
    const r = runPattern(graph, { where: [{ s: "?x", p: "type", o: "commodity" }], limit: 3 });
    expect(r.bindings).toHaveLength(3);
    expect(r.truncated).toBe(true);
  });

  it("refuses a pattern with no constant at all", () => {
    expect(() => runPattern(graph, { where: [{ s: "?s", p: "?p", o: "?o" }] })).toThrow(InvalidInputError);
  });

  it("fails with TooLargeError past the work budget instead of running on", () => {
    const where = [
      { s: "?a", p: "?p1", o: "?b" },
      { s: "?c", p: "?p2", o: "?d" },
      { s: "?x", p: "type", o: "person" },
    ];
    // 5 people x 27 edges x 27 edges would be found, but the budget runs out first.
    expect(() => runPattern(graph, { where, limit: 1000 }, { maxWork: 100 })).toThrow(TooLargeError);
    expect(runPattern(graph, { where, limit: 1000 }).bindings).toHaveLength(1000);
  });

  it.each([
    [{ where: [] }, InvalidInputError],
    [{ where: Array.from({ length: 9 }, () => ({ s: "?a", p: "leads", o: "?b" })) }, TooLargeError],
    [{ where: [{ s: "country:xx", p: "leads", o: "?b" }] }, NotFoundError],
    [{ where: [{ s: "?a", p: "likes", o: "?b" }] }, InvalidInputError],
    [{ where: [{ s: "?a", p: "type", o: "planet" }] }, InvalidInputError],
    [
      {
        where: [
          { s: "?a", p: "leads", o: "?b" },
          { s: "?b", p: "?a", o: "?c" },
        ],
      },
      InvalidInputError,
    ], // ?a both node and predicate
    [{ where: [{ s: "?1bad", p: "leads", o: "?b" }] }, InvalidInputError],
    [{ where: [{ s: "?a", p: "leads", o: "?b" }], limit: 10 ** 9 }, InvalidInputError],
  ])("rejects %j", (query, cls) => {
    expect(() => runPattern(graph, query as never)).toThrow(cls);
  });
});
