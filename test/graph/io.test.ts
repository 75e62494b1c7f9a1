import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { parseGraphJson, readGraphJson, writeGraphJson } from "../../src/graph/io.ts";
import { InvalidInputError, NotFoundError } from "../../src/model/errors.ts";
import { doc } from "../helpers/graph.ts";

describe("graph.json I/O", () => {
  it("round-trips a graph and leaves no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ng-io-"));
    const g = await buildGraph([doc("Beijing is prepared to lift its export controls on gallium.")]);
    const file = join(dir, "out", "graph.json");
    await writeGraphJson(g, file);
    const back = await readGraphJson(file);
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(readdirSync(join(dir, "out"))).toEqual(["graph.json"]);
  });

  it.each([
    ["not JSON", "{nope", /not JSON/],
    ["not a graph", '{"nodes": 3}', /not a newsgraph graph/],
    ["an edge without evidence", JSON.stringify({ nodes: [{ key: "a", attributes: { label: "A", type: "country" } }], edges: [{ source: "a", target: "a", attributes: { type: "leads", evidence: [] } }] }), /evidence/],
  ])("refuses %s with a clear message", (_name, text, message) => {
    expect(() => parseGraphJson(text, "x.json")).toThrow(InvalidInputError);
    expect(() => parseGraphJson(text, "x.json")).toThrow(message);
  });

  it("says how to build a missing graph", async () => {
    await expect(readGraphJson("/nonexistent/graph.json")).rejects.toThrow(NotFoundError);
    await expect(readGraphJson("/nonexistent/graph.json")).rejects.toThrow(/newsgraph build/);
  });

  it("refuses a file that is not UTF-8 JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ng-io-"));
    writeFileSync(join(dir, "g.json"), Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    await expect(readGraphJson(join(dir, "g.json"))).rejects.toThrow(InvalidInputError);
  });
});
