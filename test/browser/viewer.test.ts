// The viewer in a real browser: Debian's Chromium driven by playwright-core against a server
// on port 0. Assertions are about behaviour (what is selected, hidden, answered), not pixels.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import {
  buildWeb,
  inkedShare,
  launchBrowser,
  loadTestGraph,
  openViewer,
  startViewerServer,
  waitForViewer,
  type ViewerServer,
} from "./harness.ts";
import type { ViewerGlobal } from "./page-types.ts";

let browser: Browser;
let server: ViewerServer;
const pages: Page[] = [];

beforeAll(async () => {
  buildWeb();
  const { json } = await loadTestGraph();
  server = await startViewerServer(json);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  for (const page of pages) await page.context().close();
  await browser?.close();
  await server?.close();
});

async function open(options: { acceptDownloads?: boolean } = {}) {
  const viewer = await openViewer(browser, server.url, options);
  pages.push(viewer.page);
  return viewer;
}

const selected = (page: Page) => page.evaluate(() => (globalThis as unknown as ViewerGlobal).newsgraph?.store.get().selected ?? null);

describe("web viewer", () => {
  it("draws a first frame without page errors and exposes window.newsgraph", async () => {
    const { page, errors } = await open();
    const info = await page.evaluate(() => {
      const ng = (globalThis as unknown as ViewerGlobal).newsgraph;
      return { order: ng?.graph.order ?? 0, firstFrameMs: ng?.firstFrameMs ?? -1 };
    });
    expect(info.order).toBeGreaterThan(0);
    expect(info.firstFrameMs).toBeGreaterThan(0);
    expect(await inkedShare(page)).toBeGreaterThan(0.002);
    await expect.poll(() => page.locator('[data-testid="legend"] li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("runs ForceAtlas2 in a worker on demand and stops it", async () => {
    const { page, errors } = await open();
    // openViewer killed the layout; a fresh page with its own control is needed to start one.
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => (globalThis as unknown as ViewerGlobal).newsgraph !== undefined);
    const positions = () =>
      page.evaluate(() => {
        const ng = (globalThis as unknown as ViewerGlobal).newsgraph;
        let sum = 0;
        ng?.graph.forEachNode((_node, attr) => {
          sum += Math.abs((attr as unknown as { x: number }).x);
        });
        return sum;
      });
    const before = await positions();
    await page.click("#layout-toggle");
    await expect.poll(positions, { timeout: 15_000 }).not.toBe(before);
    await page.click("#layout-toggle");
    expect(await page.evaluate(() => (globalThis as unknown as ViewerGlobal).newsgraph?.layout.isRunning())).toBe(false);
    expect(await page.locator("#layout-toggle").textContent()).toBe("Run layout");
    await page.evaluate(() => (globalThis as unknown as ViewerGlobal).newsgraph?.layout.kill());
    expect(errors).toEqual([]);
  });

  it("search: 'Lutnick' suggests Howard Lutnick and choosing him shows quoted sentences", async () => {
    const { page, errors } = await open();
    await page.getByTestId("search").fill("Lutnick");
    const option = page.locator("#search-suggestions li", { hasText: "Howard Lutnick" });
    await option.waitFor();
    await option.dispatchEvent("mousedown");
    const details = page.getByTestId("details");
    await expect.poll(() => details.locator("h3").textContent()).toBe("Howard Lutnick");
    expect(await details.locator("blockquote.quote").count()).toBeGreaterThanOrEqual(1);
    expect(await details.locator("blockquote.quote").first().textContent()).toMatch(/Lutnick/);
    expect(await selected(page)).toMatch(/lutnick/i);
    expect(errors).toEqual([]);
  });

  it("search is accent- and case-insensitive over aliases", async () => {
    const { page } = await open();
    await page.getByTestId("search").fill("he lap");
    await expect.poll(() => page.locator("#search-suggestions li").first().textContent()).toMatch(/He Lifeng/);
    await page.getByTestId("search").press("Enter");
    await expect.poll(() => selected(page)).toMatch(/he-lifeng/);
  });

  it("unticking a node type hides exactly the nodes of that type", async () => {
    const { page } = await open();
    await page.locator('[data-testid="legend"] input[data-node-type="person"]').uncheck();
    const counts = await page.evaluate(() => {
      const ng = (globalThis as unknown as ViewerGlobal).newsgraph;
      let persons = 0;
      let hiddenPersons = 0;
      let hiddenOthers = 0;
      ng?.graph.forEachNode((node, attr) => {
        const hidden = ng.sigma.getNodeDisplayData(node)?.hidden ?? false;
        if (attr.type === "person") {
          persons++;
          if (hidden) hiddenPersons++;
        } else if (hidden) hiddenOthers++;
      });
      return { persons, hiddenPersons, hiddenOthers };
    });
    expect(counts.persons).toBeGreaterThan(0);
    expect(counts.hiddenPersons).toBe(counts.persons);
    expect(counts.hiddenOthers).toBe(0);
    expect(new URL(page.url()).searchParams.get("hide")).toBe("person");
  });

  it("depth filter keeps only the selection's neighbourhood; min sources hides thinly sourced edges", async () => {
    const { page } = await open();
    await page.getByTestId("search").fill("Lutnick");
    await page.getByTestId("search").press("Enter");
    await expect.poll(() => selected(page)).toMatch(/lutnick/i);
    await page.selectOption("#depth", "1");
    const shown = await page.evaluate(() => {
      const ng = (globalThis as unknown as ViewerGlobal).newsgraph;
      const visible: string[] = [];
      ng?.graph.forEachNode((node) => {
        if (!ng.sigma.getNodeDisplayData(node)?.hidden) visible.push(node);
      });
      return { visible, selected: ng?.store.get().selected ?? "", order: ng?.graph.order ?? 0 };
    });
    expect(shown.visible).toContain(shown.selected);
    expect(shown.visible.length).toBeGreaterThan(1);
    expect(shown.visible.length).toBeLessThan(shown.order);
    expect(new URL(page.url()).searchParams.get("depth")).toBe("1");

    await page.selectOption("#depth", "0");
    await page.fill("#min-sources", "2");
    await page.locator("#min-sources").dispatchEvent("change");
    const edges = await page.evaluate(() => {
      const ng = (globalThis as unknown as ViewerGlobal).newsgraph;
      let hidden = 0;
      ng?.graph.forEachEdge((edge) => {
        if (ng.sigma.getEdgeDisplayData(edge)?.hidden) hidden++;
      });
      return { hidden, total: ng?.graph.size ?? 0 };
    });
    expect(edges.hidden).toBeGreaterThan(0);
    expect(edges.hidden).toBeLessThan(edges.total);
  });

  it("ask: 'what does the US offer to lift' answers chip design software and shows the pattern", async () => {
    const { page, errors } = await open();
    await page.getByTestId("ask").fill("what does the US offer to lift");
    await page.getByTestId("ask").press("Enter");
    const answers = page.getByTestId("answers");
    await answers.locator("li").first().waitFor();
    expect(await answers.locator("li").allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/chip design software/i)]));
    expect(await answers.locator(".pattern").textContent()).toMatch(/offers-to-lift/);
    expect(await answers.locator("blockquote.quote").count()).toBeGreaterThan(0);
    // The answer subgraph is in focus: the answers are highlighted on the map.
    const highlighted = await page.evaluate(() => {
      const ng = (globalThis as unknown as ViewerGlobal).newsgraph;
      let n = 0;
      ng?.graph.forEachNode((node) => {
        if (ng.sigma.getNodeDisplayData(node)?.highlighted) n++;
      });
      return n;
    });
    expect(highlighted).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("exports the visible graph as GEXF that parses", async () => {
    const { page } = await open({ acceptDownloads: true });
    await page.locator('[data-testid="legend"] input[data-node-type="place"]').uncheck();
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-gexf")]);
    const path = await download.path();
    const gexf = parse(MultiDirectedGraph, await readFile(path, "utf8"));
    const visible = await page.evaluate(() => {
      const ng = (globalThis as unknown as ViewerGlobal).newsgraph;
      let n = 0;
      ng?.graph.forEachNode((node) => {
        if (!ng.sigma.getNodeDisplayData(node)?.hidden) n++;
      });
      return n;
    });
    expect(gexf.order).toBe(visible);
    expect(gexf.size).toBeGreaterThan(0);
    gexf.forEachNode((_node, attr) => expect(attr.type).not.toBe("place"));
  });

  it("exports the current view as PNG", async () => {
    const { page, errors } = await open({ acceptDownloads: true });
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const png = await readFile(await download.path());
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.length).toBeGreaterThan(5_000);
    expect(errors).toEqual([]);
  });

  it("a reload restores selection, filters and question from the URL", async () => {
    const { page } = await open();
    await page.getByTestId("ask").fill("what does the US offer to lift");
    await page.getByTestId("ask").press("Enter");
    await page.getByTestId("answers").locator("li").first().waitFor();
    await page.locator('[data-testid="legend"] input[data-node-type="place"]').uncheck();
    await page.getByTestId("search").fill("Lutnick");
    await page.getByTestId("search").press("Enter");
    await expect.poll(() => selected(page)).toMatch(/lutnick/i);
    const before = page.url();

    await page.reload();
    await waitForViewer(page);
    expect(page.url()).toBe(before);
    expect(await selected(page)).toMatch(/lutnick/i);
    await expect.poll(() => page.getByTestId("details").locator("h3").textContent()).toBe("Howard Lutnick");
    expect(await page.locator('[data-testid="legend"] input[data-node-type="place"]').isChecked()).toBe(false);
    expect(await page.getByTestId("ask").inputValue()).toBe("what does the US offer to lift");
    await page.getByTestId("answers").locator("li").first().waitFor();
  });
});
