// Shared set-up for the browser tests and the viewer benchmark: build web/dist, serve a graph,
// drive Debian's Chromium through playwright-core, and wait for the viewer's first frame.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import type { ViewerGlobal } from "./page-types.ts";
import { graphFromJson } from "../../src/query/index.ts";
import { start } from "../../src/server/index.ts";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = join(ROOT, "web/dist");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// SwiftShader gives headless Chromium WebGL; `--use-gl=swiftshader` would break it.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Rebuilds web/dist when a source is newer than the bundle, so tests never run a stale viewer. */
export function buildWeb(): void {
  const bundle = join(DIST, "main.js");
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestMtime(join(ROOT, "web"))) return;
  execFileSync(process.execPath, [join(ROOT, "web/build.mjs")], { stdio: "inherit" });
}

export interface TestGraph {
  json: unknown;
  source: "seeds" | "mini";
}

/**
 * The seeds graph, built by the real pipeline; the hand-made mini fixture when the pipeline
 * cannot build it (NEWSGRAPH_BROWSER_GRAPH=mini forces it, =seeds forbids the fallback).
 */
export async function loadTestGraph(): Promise<TestGraph> {
  const wanted = process.env.NEWSGRAPH_BROWSER_GRAPH;
  if (wanted !== "mini") {
    try {
      const file = join(mkdtempSync(join(tmpdir(), "newsgraph-browser-")), "graph.json");
      execFileSync(process.execPath, [join(ROOT, "bin/newsgraph.js"), "build", join(ROOT, "seeds"), "--out", file, "--quiet"], {
        stdio: "pipe",
        timeout: 120_000,
      });
      return { json: JSON.parse(readFileSync(file, "utf8")), source: "seeds" };
    } catch (error) {
      if (wanted === "seeds") throw error;
      console.warn(`browser tests: seeds graph unavailable (${(error as Error).message.split("\n")[0]}); using the mini fixture`);
    }
  }
  const { makeMini } = await import("../fixtures/graph/make-mini.ts");
  return { json: makeMini(), source: "mini" };
}

export interface ViewerServer {
  url: string;
  close(): Promise<void>;
}

/** The real server (createApp + start from src/server) on a free port, serving web/dist at "/". */
export async function startViewerServer(graphJson: unknown): Promise<ViewerServer> {
  const running = await start({ graph: graphFromJson(graphJson, "browser test graph"), port: 0, staticDir: DIST });
  return { url: running.url, close: () => running.stop() };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface ViewerPage {
  page: Page;
  /** Uncaught errors and console errors seen so far. */
  errors: string[];
}

/** Opens the viewer and waits for its first frame; kills the layout worker (slow under SwiftShader). */
export async function openViewer(browser: Browser, url: string, options: { acceptDownloads?: boolean } = {}): Promise<ViewerPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: options.acceptDownloads ?? false });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(url);
  await waitForViewer(page);
  return { page, errors };
}

export async function waitForViewer(page: Page): Promise<void> {
  await page.waitForFunction(() => (globalThis as unknown as ViewerGlobal).newsgraph !== undefined, null, { timeout: 30_000 });
  await page.evaluate(() => (globalThis as unknown as ViewerGlobal).newsgraph?.layout.kill());
}

/** Share of the map's pixels that differ from its white background, from a real screenshot. */
export async function inkedShare(page: Page): Promise<number> {
  const png = await page.locator("#sigma-container").screenshot();
  // A string, not a function: it runs in the page, whose DOM types the Node tsconfig does not have.
  const share: unknown = await page.evaluate(`(async () => {
    const image = new Image();
    image.src = "data:image/png;base64,${png.toString("base64")}";
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) inked++;
    return inked / (data.length / 4);
  })()`);
  return Number(share);
}
