// `npm run bench`: runs every bench/*.bench.ts module's `run(): Promise<void>` in name order, so a new
// benchmark is added by dropping in a file. `npm run bench -- query` runs only files whose name
// contains "query". A failing bench is reported and the others still run; the exit code says so.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

interface BenchModule {
  run?: () => Promise<void>;
}

const dir = fileURLToPath(new URL(".", import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

if (files.length === 0) {
  console.error(`bench: no bench/*.bench.ts matches ${filters.join(", ") || "(any)"}`);
  process.exit(2);
}

const failed: string[] = [];
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, "");
  console.log(`\n== ${name} ==`);
  const started = Date.now();
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule;
    if (typeof mod.run !== "function") throw new Error(`bench/${file} exports no run(): Promise<void>`);
    await mod.run();
  } catch (err) {
    failed.push(name);
    console.error(`bench ${name} failed:`, err instanceof Error ? (err.stack ?? err.message) : err);
  }
  console.log(`(${name}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
if (failed.length) {
  console.error(`\nbench: ${failed.length} failed: ${failed.join(", ")}`);
  process.exitCode = 1;
}
