// Files and folders -> Documents, plus a list of problems for everything we could not use.
//
// A corpus of thousands of files always has a few bad ones; one bad file must not stop the
// others, so nothing here throws for bad input: each problem is reported with the path and a
// message that says what is wrong and, where possible, how to fix it. The order of documents is
// deterministic (arguments in the order given, folder contents sorted by code unit), so the same
// input gives the same ids and the same graph.
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Document } from "../model/types.ts";
import { decodeText } from "./decode.ts";
import { formatOf, makeDocument, type InputFormat } from "./document.ts";

export type InputProblemCode =
  | "not_found"
  | "unreadable"
  | "unsupported_type"
  | "no_articles"
  | "too_large"
  | "empty"
  | "binary"
  | "invalid_utf8"
  | "no_text";

export interface InputProblem {
  path: string;
  code: InputProblemCode;
  message: string;
}

export interface ReadCorpusOptions {
  /** Files larger than this are refused without being read. Default 20 MB. */
  maxFileBytes?: number;
  /** Called after each file is read (or refused), for progress displays. */
  onProgress?: (done: number, total: number) => void;
}

export interface Corpus {
  documents: Document[];
  problems: InputProblem[];
}

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Files read at once: enough to hide disk latency, few enough not to hold many big files in memory. */
const CONCURRENCY = 8;
const SUPPORTED = ".txt, .md, .html or .htm";

interface Candidate {
  path: string;
  format: InputFormat;
}

type FileResult = { ok: true; document: Document } | { ok: false; problem: InputProblem };

export async function readCorpus(paths: string[], opts: ReadCorpusOptions = {}): Promise<Corpus> {
  const maxFileBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const problems: InputProblem[] = [];
  const candidates: Candidate[] = [];
  const seen = new Set<string>(); // real paths, so a file named twice (or via a link) is read once

  for (const path of paths) {
    const info = await stat(path).catch((err: NodeJS.ErrnoException) => err);
    if (info instanceof Error) {
      problems.push(statProblem(path, info));
      continue;
    }
    if (info.isDirectory()) {
      const found = await listArticles(path, seen, problems);
      if (found.length === 0) {
        problems.push({ path, code: "no_articles", message: `folder has no ${SUPPORTED} files (looked in all sub-folders)` });
      }
      candidates.push(...found);
    } else if (info.isFile()) {
      const format = formatOf(path);
      if (format === undefined) {
        problems.push({
          path,
          code: "unsupported_type",
          message: `unsupported file type "${extname(path) || "(no extension)"}"; newsgraph reads ${SUPPORTED} files`,
        });
        continue;
      }
      const real = await realpath(path).catch(() => path);
      if (seen.has(real)) continue;
      seen.add(real);
      candidates.push({ path, format });
    } else {
      problems.push({ path, code: "unsupported_type", message: `not a regular file or folder; newsgraph reads ${SUPPORTED} files` });
    }
  }

  let done = 0;
  const results = await mapInOrder(candidates, CONCURRENCY, async (c) => {
    const result = await readOne(c, maxFileBytes);
    opts.onProgress?.(++done, candidates.length);
    return result;
  });
  const documents: Document[] = [];
  const ids = new Set<string>();
  results.forEach((r, i) => {
    if (!r.ok) {
      problems.push(r.problem);
      return;
    }
    const id = uniqueId(stem((candidates[i] as Candidate).path), ids);
    documents.push({ ...r.document, id });
  });
  return { documents, problems };
}

async function readOne(c: Candidate, maxFileBytes: number): Promise<FileResult> {
  const fail = (code: InputProblemCode, message: string): FileResult => ({ ok: false, problem: { path: c.path, code, message } });
  try {
    // Size first, from the directory entry: an oversized file is refused without reading it.
    const { size } = await stat(c.path);
    if (size > maxFileBytes) {
      return fail(
        "too_large",
        `file is ${formatSize(size)}, over the ${formatSize(maxFileBytes)} limit for one article; ` +
          `raise it with --max-file-size <MB> (maxFileBytes in the API) if this really is one article`,
      );
    }
    const decoded = decodeText(await readFile(c.path));
    if (!decoded.ok) return fail(decoded.code, decoded.message);
    // The id is given later, once all files are read, so duplicate stems get suffixes in input order.
    const doc = makeDocument({ id: "", source: c.path, content: decoded.text, format: c.format });
    if (doc.text.trim() === "") {
      const what = doc.removed.length > 0 ? `all ${doc.removed.length} blocks were page furniture (menus, credits, prompts)` : "no text found";
      return fail("no_text", `no article text left: ${what}`);
    }
    return { ok: true, document: doc };
  } catch (err) {
    return fail("unreadable", `cannot read file: ${(err as Error).message}`);
  }
}

/** Supported files under a folder, depth first, sorted by name at each level. */
async function listArticles(dir: string, seen: Set<string>, problems: InputProblem[]): Promise<Candidate[]> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return []; // a link loop or a folder named twice
  seen.add(real);
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort(compareCodeUnits);
  } catch (err) {
    problems.push({ path: dir, code: "unreadable", message: `cannot list folder: ${(err as Error).message}` });
    return [];
  }
  const out: Candidate[] = [];
  for (const name of entries) {
    // Hidden files and folders (.git, .DS_Store, editor backups) are never articles.
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info === undefined) continue;
    if (info.isDirectory()) {
      out.push(...(await listArticles(path, seen, problems)));
    } else if (info.isFile()) {
      // Inside a folder, other kinds of files (images, PDFs, JSON) are expected and skipped quietly.
      const format = formatOf(name);
      const realFile = await realpath(path).catch(() => path);
      if (format === undefined || seen.has(realFile)) continue;
      seen.add(realFile);
      out.push({ path, format });
    }
  }
  return out;
}

function statProblem(path: string, err: NodeJS.ErrnoException): InputProblem {
  if (err.code === "ENOENT" || err.code === "ENOTDIR") {
    return { path, code: "not_found", message: "no such file or folder" };
  }
  return { path, code: "unreadable", message: `cannot open: ${err.message}` };
}

/** File name without its extension: "000_aa642f4219704cad.txt" -> "000_aa642f4219704cad". */
function stem(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext === "" ? name : name.slice(0, -ext.length);
}

/** The stem, or stem-2, stem-3, ... when an earlier file (in input order) already has it. */
function uniqueId(base: string, ids: Set<string>): string {
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}

function formatSize(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), "MB"] : bytes >= 1024 ? [bytes / 1024, "KB"] : [bytes, "bytes"];
  return `${Number.isInteger(value) || value >= 10 ? Math.round(value) : value.toFixed(1)} ${unit}`;
}

/** Locale-independent order, so the same folder lists the same way on every machine. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function mapInOrder<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
