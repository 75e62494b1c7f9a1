// `newsgraph start` (npm start): builds graph/graph.json from seeds/ when it is missing or older than
// the newest article (or was built by another pipeline or with other lexicon packs), then serves the
// API and viewer on $PORT or 3000 and prints the address.
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Command } from "commander";
import { LexiconError } from "../../lexicon/errors.ts";
import type { Lexicon } from "../../lexicon/types.ts";
import { InvalidInputError } from "../../model/errors.ts";
import { loadGraph } from "../../query/index.ts";
import { loadPacks } from "./build.ts";
import { defaultPort, parsePort, serveGraph } from "./serve.ts";

const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);

// The pipeline modules are loaded only when a build is needed: serving an up-to-date graph need not
// pay for loading the NLP stack.
/** Newest modification time (ms) of any article under `dir`, or 0 when there are none. */
export async function newestArticleTime(dir: string): Promise<number> {
  let newest = 0;
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  for (const e of entries) {
    if (!e.isFile() || !ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) continue;
    const s = await stat(join(e.parentPath, e.name));
    newest = Math.max(newest, s.mtimeMs);
  }
  return newest;
}

/**
 * Whether the graph file must be (re)built from the articles in `seedsDir`: it is missing, older
 * than the newest article, or made by another version of the pipeline or with other lexicon packs.
 */
export async function graphIsStale(graphPath: string, seedsDir: string, lexicon?: Lexicon): Promise<boolean> {
  const graphStat = await stat(graphPath).catch(() => undefined);
  if (!graphStat) return true;
  if ((await newestArticleTime(seedsDir)) > graphStat.mtimeMs) return true;
  const { pipelineFingerprint } = await import("../../graph/fingerprint.ts");
  const stored = await readFile(graphPath, "utf8")
    .then((t) => (JSON.parse(t) as { attributes?: { pipeline?: unknown } }).attributes?.pipeline)
    .catch(() => undefined);
  return stored !== (await pipelineFingerprint(lexicon));
}

export async function buildGraphFile(seedsDir: string, graphPath: string, lexicon?: Lexicon): Promise<void> {
  const ingest = await import("../../ingest/index.ts");
  const build = await import("../../graph/build-graph.ts");
  const io = await import("../../graph/io.ts");
  const corpus = await ingest.readCorpus([seedsDir]);
  for (const p of corpus.problems) console.error(`newsgraph: skipped ${p.path}: ${p.message}`);
  if (corpus.documents.length === 0) throw new InvalidInputError(`start: no readable articles in ${seedsDir}`);
  const graph = await build.buildGraph(corpus.documents, lexicon ? { lexicon } : {});
  await io.writeGraphJson(graph, graphPath);
  console.log(
    `newsgraph: built ${graphPath} (${graph.order} nodes, ${graph.size} edges) from ${corpus.documents.length} articles`,
  );
}

export function registerStart(program: Command): void {
  program
    .command("start")
    .description("build graph/graph.json from seeds/ if needed, then serve it (port $PORT or 3000)")
    .option("--seeds <dir>", "folder of articles", "seeds")
    .option("--graph <file>", "graph file to build and serve", "graph/graph.json")
    .option("--port <n>", "port (default $PORT or 3000)", parsePort)
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option(
      "--lexicon <dir>",
      "merge the lexicon files (.yaml, .yml, .json) in DIR over the built-in lexicon; repeatable, later folders win",
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .action(
      async (
        opts: { seeds: string; graph: string; port?: number; host: string; lexicon: string[] },
        command: Command,
      ) => {
        let lexicon: Lexicon | undefined;
        try {
          lexicon = await loadPacks(opts.lexicon);
        } catch (err) {
          // As for build: a malformed pack is a usage error, reported before anything is read or served.
          if (err instanceof LexiconError)
            command.error(`error: ${err.message}`, { exitCode: 2, code: "newsgraph.usage" });
          throw err;
        }
        if (await graphIsStale(opts.graph, opts.seeds, lexicon)) await buildGraphFile(opts.seeds, opts.graph, lexicon);
        else console.log(`newsgraph: ${opts.graph} is up to date with ${opts.seeds}`);
        const graph = await loadGraph(opts.graph);
        await serveGraph(graph, { port: opts.port ?? defaultPort(), host: opts.host });
      },
    );
}
