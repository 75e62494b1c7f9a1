import { describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.ts";
import { start } from "../../src/server/lifecycle.ts";
import { ResponseCache } from "../../src/server/response-cache.ts";
import { graphOf } from "../helpers/graph.ts";
import type { KgGraph } from "../../src/query/index.ts";

describe("ResponseCache", () => {
  it("keeps the most recently used bodies within its bound", () => {
    const c = new ResponseCache(80);
    c.set("a", "x".repeat(10));
    c.set("b", "y".repeat(10));
    expect(c.get("a")).toBe("x".repeat(10));
    for (let i = 0; i < 10; i++) c.set(`k${i}`, "z".repeat(10));
    expect(c.get("b")).toBeUndefined();
    expect(c.entries).toBeLessThanOrEqual(8);
  });

  it("is off at size 0", () => {
    const c = new ResponseCache(0);
    c.set("a", "x");
    expect(c.get("a")).toBeUndefined();
  });
});

describe("cached responses", () => {
  it("answer the same as uncached ones, errors included", async () => {
    const graph = (await graphOf("Commerce Secretary Gina Raimondo met Japanese officials.")) as unknown as KgGraph;
    expect(createApp({ graph })).toBeDefined();
    const withCache = await start({ graph, port: 0 });
    const without = await start({ graph, port: 0, responseCacheChars: 0 });
    try {
      for (const path of [
        "/api/nodes/person:gina-raimondo/neighborhood?depth=2",
        "/api/nodes/person:gina-raimondo",
        "/api/search?q=raimondo",
        "/api/ask?q=who%20leads%20the%20US%20Department%20of%20Commerce",
        "/api/nodes/nope",
        "/api/nodes/person:gina-raimondo/neighborhood?depth=9",
      ]) {
        const a1 = await fetch(withCache.url + path);
        const a2 = await fetch(withCache.url + path);
        const b = await fetch(without.url + path);
        const [t1, t2, tb] = [await a1.text(), await a2.text(), await b.text()];
        expect([a1.status, a2.status], path).toEqual([b.status, b.status]);
        expect(t2, path).toBe(t1);
        expect(t1, path).toBe(tb);
      }
    } finally {
      await withCache.stop();
      await without.stop();
    }
  });
});
