// paths: shortest connections with evidence on every edge.
import { describe, expect, it } from "vitest";
import { InvalidInputError, NotFoundError } from "../../src/model/errors.ts";
import { paths } from "../../src/query/index.ts";
import { loadMini } from "../fixtures/graph/load-mini.ts";

const graph = loadMini();

describe("paths", () => {
  it("finds every shortest path, edges in either direction, each with evidence", () => {
    const r = paths(graph, "person:wang-wentao", "person:he-lifeng");
    expect(r.length).toBe(2);
    // He Lifeng both leads and is a member of the delegation: two distinct paths.
    expect(r.paths).toHaveLength(2);
    for (const p of r.paths) {
      expect(p.nodes.map((n) => n.key)).toEqual(["person:wang-wentao", "agency:cn-delegation", "person:he-lifeng"]);
      expect(p.edges.every((e) => e.evidence.length > 0)).toBe(true);
    }
  });

  it("respects direction", () => {
    expect(paths(graph, "country:us", "commodity:chips", { direction: "out" }).length).toBe(2);
    expect(paths(graph, "commodity:chips", "country:us", { direction: "out" }).paths).toEqual([]);
  });

  it("returns no path beyond maxLength", () => {
    const r = paths(graph, "person:wang-wentao", "commodity:dysprosium", { maxLength: 2 });
    expect(r).toMatchObject({ length: null, paths: [] });
  });

  it("from a node to itself is the empty path", () => {
    expect(paths(graph, "country:us", "country:us").length).toBe(0);
  });

  it.each([[{ maxLength: 0 }], [{ maxLength: 7 }], [{ limit: 10 ** 9 }]])("rejects %j", (o) => {
    expect(() => paths(graph, "country:us", "country:cn", o)).toThrow(InvalidInputError);
  });

  it("404s unknown endpoints", () => {
    expect(() => paths(graph, "country:us", "country:nowhere")).toThrow(NotFoundError);
  });
});
