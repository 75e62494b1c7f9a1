// External validators (xmllint, Debian's python3-networkx). In CI a missing tool is a failure, not a
// skip, so validation cannot silently stop happening; locally the tests skip with the reason shown.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
/** The GEXF RelaxNG schemas (CC BY 4.0, from the GEXF specification; see its README), kept in the repo. */
export const SCHEMA_DIR = resolve(REPO_ROOT, "test/fixtures/gexf-schemas");
export const PYTHON = "/usr/bin/python3";

function probe(cmd: string, args: string[]): string | undefined {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.error) return `${cmd} is not installed (${r.error.message})`;
  if (r.status !== 0) return `${cmd} ${args.join(" ")} failed: ${(r.stderr || r.stdout).trim().slice(0, 200)}`;
  return undefined;
}

export interface Tool {
  name: string;
  /** Why the tool cannot be used, or undefined when it can. */
  missing: string | undefined;
}

export const xmllint: Tool = { name: "xmllint", missing: probe("xmllint", ["--version"]) };
export const networkx: Tool = {
  name: "networkx",
  missing: existsSync(PYTHON) ? probe(PYTHON, ["-c", "import networkx"]) : `${PYTHON} is missing`,
};
export const sharedSchemas: Tool = {
  name: "GEXF schemas",
  missing: existsSync(resolve(SCHEMA_DIR, "1.3/gexf.rng")) ? undefined : `no ${SCHEMA_DIR}/1.3/gexf.rng`,
};

/**
 * Whether to skip tests needing these tools: never in CI (the tests then fail loudly in a
 * beforeAll), locally when a tool is absent, printing why.
 */
export function skipUnlessAvailable(...tools: Tool[]): boolean {
  const missing = tools.filter((t) => t.missing);
  if (missing.length === 0) return false;
  if (process.env.CI) return false;
  console.warn(`skipping: ${missing.map((t) => `${t.name}: ${t.missing}`).join("; ")} (CI fails instead)`);
  return true;
}

export function requireTools(...tools: Tool[]): void {
  const missing = tools.filter((t) => t.missing);
  if (missing.length)
    throw new Error(`required tools missing: ${missing.map((t) => `${t.name}: ${t.missing}`).join("; ")}`);
}

/** Runs xmllint against a RelaxNG schema; returns its stderr on failure. */
export function relaxngErrors(schema: string, file: string): string | undefined {
  const r = spawnSync("xmllint", ["--noout", "--relaxng", schema, file], { encoding: "utf8" });
  return r.status === 0 ? undefined : r.stderr.trim();
}

export function runPython(script: string, args: string[]): string {
  return execFileSync(PYTHON, [script, ...args], { encoding: "utf8" });
}
