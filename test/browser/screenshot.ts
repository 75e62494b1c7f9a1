// Renders the viewer to a PNG, for docs/screenshot.png and for looking at UI changes:
//   node bin/run-ts.js test/browser/screenshot.ts [--graph graph.json] [--out docs/screenshot.png]
//        [--url "?node=person:howard-lutnick"] [--layout 4000]
// Without --graph it builds the seeds graph (falling back to the mini fixture, like the tests).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildWeb, launchBrowser, loadTestGraph, ROOT, startViewerServer, waitForViewer } from "./harness.ts";
import type { ViewerGlobal } from "./page-types.ts";

const { values } = parseArgs({
  options: {
    graph: { type: "string" },
    out: { type: "string", default: resolve(ROOT, "docs/screenshot.png") },
    url: { type: "string", default: "" },
    width: { type: "string", default: "1400" },
    height: { type: "string", default: "900" },
    wait: { type: "string", default: "600" },
  },
});

buildWeb();
const json: unknown = values.graph ? JSON.parse(readFileSync(values.graph, "utf8")) : (await loadTestGraph()).json;
const server = await startViewerServer(json);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(values.width), height: Number(values.height) } });
  page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.url}/${values.url}`);
  await waitForViewer(page);
  await page.waitForTimeout(Number(values.wait));
  await page.screenshot({ path: values.out });
  const order = await page.evaluate(() => (globalThis as unknown as ViewerGlobal).newsgraph?.graph.order);
  console.log(`wrote ${values.out} (${order} nodes)`);
} finally {
  await browser.close();
  await server.close();
}
