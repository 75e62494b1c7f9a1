// Bundles the viewer into web/dist: `node web/build.mjs` (npm run build:web, also run by `prepare`).
// The ForceAtlas2 worker needs no entry of its own: graphology-layout-forceatlas2/worker
// serialises its worker function into a Blob URL, so bundling main.ts bundles the worker too
// and the viewer works from any static server without a second script to locate.
import { build } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "dist");
const watch = process.argv.includes("--watch");

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await Promise.all([
  copyFile(join(here, "index.html"), join(out, "index.html")),
  copyFile(join(here, "styles.css"), join(out, "styles.css")),
]);

const options = {
  entryPoints: [join(here, "src/main.ts")],
  outfile: join(out, "main.js"),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["chrome110", "firefox110", "safari16"],
  minify: !watch,
  sourcemap: true,
  legalComments: "linked",
  logLevel: "warning",
  // graphology-gexf's common code references these only under Node; the browser entry never calls them.
  define: { "process.env.NODE_ENV": '"production"' },
};

if (watch) {
  const { context } = await import("esbuild");
  const ctx = await context(options);
  await ctx.watch();
  console.log("web/build: watching web/src");
} else {
  await build(options);
  console.log(`web/build: wrote ${out}`);
}
