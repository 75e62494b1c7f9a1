// `newsgraph build <paths...> --out graph/graph.json [--gexf FILE] [--max-file-size MB] [--lexicon DIR]...
// [--quiet]`: articles in, graph.json (and optionally GEXF) out.
//
// Exit status: 0 when a graph was written; 1 when nothing could be built (every input bad, no
// articles) or an output could not be written; 2 for usage errors, a malformed lexicon pack among
// them (found before any article is read). Bad article files never stop the build:
// each is reported on stderr as `skip PATH: message` and the rest are used. Outputs are staged
// under temporary names and renamed into place only when every one is complete, so an interrupted
// or failed build leaves the previous files untouched, never half of a new one.
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { CommanderError, InvalidArgumentError, type Command } from "commander";
import { DEFAULT_MAX_FILE_BYTES } from "../../ingest/read-corpus.ts";
import { LexiconError } from "../../lexicon/errors.ts";
import { InvalidInputError, NewsgraphError } from "../../model/errors.ts";
import type { Pipeline } from "../../extract/pipeline.ts";
import type { Lexicon } from "../../lexicon/types.ts";
import { createProgress, type ProgressStream } from "../progress.ts";

export interface BuildOptions {
  out: string;
  gexf?: string;
  /** Per-file size limit in MB. */
  maxFileSize: number;
  quiet: boolean;
  /** Lexicon packs (folders of .yaml/.yml/.json) merged over the built-in lexicon, in order. */
  lexicon?: string[];
}

export interface BuildIo {
  stdout: ProgressStream;
  stderr: ProgressStream;
  /** The extraction pipeline (tests inject a failing component). */
  pipeline?: Pipeline;
}

/** Above this many documents progress is shown even when stderr is not a terminal. */
const PROGRESS_MIN_DOCUMENTS = 20;
const BYTES_PER_MB = 1024 * 1024;

export function registerBuild(program: Command): void {
  program
    .command("build")
    .description("read articles (.txt, .md, .html) and write the knowledge graph")
    .argument("<paths...>", "files or folders of articles (folders are read recursively)")
    .option("--out <file>", "where to write the graph (graphology JSON)", "graph/graph.json")
    .option("--gexf <file>", "also write the graph as GEXF 1.3 for Gephi")
    .option(
      "--max-file-size <MB>",
      "refuse article files larger than this many megabytes",
      parseMegabytes,
      DEFAULT_MAX_FILE_BYTES / BYTES_PER_MB,
    )
    .option(
      "--lexicon <dir>",
      "merge the lexicon files (.yaml, .yml, .json) in DIR over the built-in lexicon; repeatable, later folders win",
      collect,
      [],
    )
    .option("--quiet", "print only problems, no progress or summary", false)
    // Usage errors exit with 2 (commander's default is 1, which we keep for "nothing to build").
    .exitOverride((err) => {
      throw err.exitCode === 0 ? err : new CommanderError(2, err.code, err.message);
    })
    .action(async (paths: string[], opts: BuildOptions, command: Command) => {
      const usage = (message: string): never => command.error(`error: ${message}`, { exitCode: 2, code: "newsgraph.usage" });
      await checkOutputs(opts, usage);
      try {
        await runBuild(paths, opts, { stdout: process.stdout, stderr: process.stderr });
      } catch (err) {
        // A pack is an argument like --out: a malformed one is a usage error.
        if (err instanceof LexiconError) usage(err.message);
        throw err;
      }
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseMegabytes(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError("expected a positive number of megabytes, e.g. 50");
  return mb;
}

/** Output paths that cannot work are usage errors, found before any article is read. */
async function checkOutputs(opts: BuildOptions, fail: (message: string) => never): Promise<void> {
  const outputs = [opts.out, ...(opts.gexf === undefined ? [] : [opts.gexf])];
  if (opts.gexf !== undefined && resolve(opts.gexf) === resolve(opts.out)) {
    fail(`--gexf and --out name the same file (${opts.out}); give the GEXF its own name, e.g. graph/graph.gexf`);
  }
  for (const path of outputs) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) fail(`${path} is a folder; give a file name, e.g. ${join(path, "graph.json")}`);
  }
}

/** The build itself, with the streams passed in so tests can read what it prints. */
export async function runBuild(paths: string[], opts: BuildOptions, io: BuildIo): Promise<void> {
  const started = performance.now();
  const say = (line: string): void => {
    if (!opts.quiet) io.stdout.write(`${line}\n`);
  };

  const showProgress = (total: number): boolean => !opts.quiet && (io.stderr.isTTY === true || total > PROGRESS_MIN_DOCUMENTS);
  const reading = createProgress({ label: "reading", stream: io.stderr, enabled: true });
  // The pipeline (NLP model, lexicons) loads only when a build runs, so `serve`, `ask` and
  // `export` start fast and do not depend on it.
  // Packs first: a malformed one stops the build before any article is read.
  const lexicon = await loadPacks(opts.lexicon);
  const { readCorpus } = await import("../../ingest/index.ts");
  const { buildGraph } = await import("../../graph/build-graph.ts");
  const { writeGraphJson } = await import("../../graph/io.ts");
  const { writeGexf } = await import("../../export/gexf.ts");
  const corpus = await readCorpus(paths, {
    maxFileBytes: Math.floor(opts.maxFileSize * BYTES_PER_MB),
    onProgress: (done, total) => {
      if (showProgress(total)) reading.update(done, total);
    },
  });
  reading.finish();
  // Problems are printed even with --quiet: a skipped file is something the user must know about.
  for (const p of corpus.problems) io.stderr.write(`skip ${p.path}: ${p.message}\n`);

  const { documents } = corpus;
  if (documents.length === 0) {
    throw new InvalidInputError(
      `build: no articles could be read from ${paths.join(", ")}` +
        (corpus.problems.length > 0 ? ` (${corpus.problems.length} skipped, see above)` : "") +
        "; nothing was written",
    );
  }

  const building = createProgress({ label: "building", stream: io.stderr, enabled: showProgress(documents.length) });
  const skipped: string[] = [];
  const graph = await buildGraph(documents, {
    onProgress: (done, total) => building.update(done, total),
    // A document extraction cannot read is reported like an unreadable file; the rest is built.
    onSkip: (doc, err) => skipped.push(`skip ${doc.source}: ${err.message}`),
    pipeline: io.pipeline,
    ...(lexicon ? { lexicon } : {}),
  });
  building.finish();
  for (const line of skipped) io.stderr.write(`${line}\n`);
  if (skipped.length === documents.length) {
    throw new InvalidInputError(`build: extraction failed on every article (${skipped.length}, see above); nothing was written`);
  }

  const written = await writeAllOrNothing([
    { path: opts.out, write: (tmp) => writeGraphJson(graph, tmp) },
    ...(opts.gexf === undefined ? [] : [{ path: opts.gexf, write: (tmp: string) => writeGexf(graph, tmp, { version: "1.3" }) }]),
  ]);

  const seconds = (performance.now() - started) / 1000;
  say(`read ${count(documents.length, "document")}, skipped ${corpus.problems.length + skipped.length}`);
  say(`nodes: ${graph.order}${byType(graph.forEachNode.bind(graph))}`);
  say(`edges: ${graph.size}${byType(graph.forEachEdge.bind(graph))}`);
  if (graph.order === 0) say("warning: the graph is empty: no entities were found in these articles");
  say(`wrote ${written.join(" and ")} in ${seconds.toFixed(1)} s`);
}

/** The built-in lexicon with the packs merged over it, or undefined when there are none. */
export async function loadPacks(packs: readonly string[] | undefined): Promise<Lexicon | undefined> {
  if (packs === undefined || packs.length === 0) return undefined;
  const { loadLexicon } = await import("../../lexicon/load-lexicon.ts");
  return loadLexicon({ packs });
}

interface Output {
  path: string;
  write: (tmp: string) => Promise<void>;
}

/**
 * Writes every output under a temporary name beside its target, then renames them all into place.
 * A failure in any writer removes the temporaries and leaves the existing files as they were.
 */
async function writeAllOrNothing(outputs: Output[]): Promise<string[]> {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const o of outputs) {
      await mkdir(dirname(o.path), { recursive: true });
      // The real file name stays at the end so writers that look at the extension still see it.
      const tmp = join(dirname(o.path), `.partial-${process.pid}-${randomBytes(4).toString("hex")}-${basename(o.path)}`);
      staged.push({ tmp, path: o.path });
      await o.write(tmp);
    }
    for (const s of staged) await rename(s.tmp, s.path);
  } catch (err) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
    throw new NewsgraphError("write_failed", `build: could not write ${outputs.map((o) => o.path).join(" and ")}: ${(err as Error).message}`);
  }
  return outputs.map((o) => o.path);
}

type ForEach = (cb: (key: string, attributes: { type?: unknown }) => void) => void;

/** " (person 12, country 5, ...)": counts per `type` attribute, largest first, then by name. */
function byType(forEach: ForEach): string {
  const counts = new Map<string, number>();
  forEach((_key, attributes) => {
    const type = typeof attributes.type === "string" ? attributes.type : "(no type)";
    counts.set(type, (counts.get(type) ?? 0) + 1);
  });
  if (counts.size === 0) return "";
  const parts = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t, n]) => `${t} ${n}`);
  return ` (${parts.join(", ")})`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
