// `newsgraph ask "QUESTION" --graph FILE [--json]`: answers a plain-English question from a graph file,
// printing each answer with the sentences and article ids behind it (or the API's JSON with --json).
import type { Command } from "commander";
import { ask, loadGraph, type AskResult } from "../../query/index.ts";

const QUOTES_SHOWN = 3;

function patternText(result: AskResult): string {
  return result.pattern.where.map((t) => `(${t.s}) -${t.p}-> (${t.o})`).join(" . ");
}

/** The answer as a reader wants it in a terminal: what, through what, and the sentence that says so. */
export function formatAnswer(result: AskResult): string {
  const lines = [
    `Q: ${result.question}`,
    `about: ${result.subject.label} (${result.subject.key})${result.object ? ` and ${result.object.label} (${result.object.key})` : ""}`,
    `pattern: ${patternText(result)}`,
  ];
  if (result.note) lines.push(`  (${result.note})`);
  if (result.answers.length === 0) {
    lines.push("", "No answers in this graph.");
    return lines.join("\n");
  }
  lines.push("", `${result.answers.length} answer${result.answers.length === 1 ? "" : "s"}:`);
  result.answers.forEach((a, i) => {
    // A path's via is a chain; otherwise via lists alternatives (actors, measures).
    const via = a.via.length ? ` via ${a.via.map((v) => v.label).join(a.relation === "path" ? " -> " : "; ")}` : "";
    lines.push(`${i + 1}. ${a.label} [${a.type}]${via}`);
    if (a.roles?.length) lines.push(`     roles: ${a.roles.join("; ")}`);
    if (a.aliases?.length) lines.push(`     also called: ${a.aliases.join("; ")}`);
    // One sentence often supports both edges of a path (the offer and the restriction); show it once.
    const sentences = new Map<string, { ev: (typeof a.evidence)[number]; tags: Set<string> }>();
    for (const ev of a.evidence) {
      const id = `${ev.doc}#${ev.sentence}`;
      const entry = sentences.get(id) ?? { ev, tags: new Set<string>() };
      for (const t of [ev.relation, ev.modality, ev.speaker ? `said by ${ev.speaker}` : undefined])
        if (t) entry.tags.add(t);
      sentences.set(id, entry);
    }
    for (const { ev, tags } of [...sentences.values()].slice(0, QUOTES_SHOWN)) {
      lines.push(`     "${ev.quote.trim()}"`);
      lines.push(
        `       — ${ev.doc}${ev.title ? ` (${ev.title})` : ""}, sentence ${ev.sentence}${tags.size ? ` [${[...tags].join(", ")}]` : ""}`,
      );
    }
    const more = sentences.size - QUOTES_SHOWN + (a.evidenceCount - a.evidence.length);
    if (more > 0) lines.push(`     (+${more} more; use --json)`);
  });
  return lines.join("\n");
}

export function registerAsk(program: Command): void {
  program
    .command("ask")
    .description('answer a question such as "what does the US offer to lift" from a graph file')
    .argument("<question>", "the question, in quotes")
    .option("--graph <file>", "graph file (graphology JSON)", "graph/graph.json")
    .option("--json", "print the answer as JSON (the same as GET /api/ask)")
    .action(async (question: string, opts: { graph: string; json?: boolean }) => {
      const graph = await loadGraph(opts.graph);
      const result = ask(graph, question);
      console.log(opts.json ? JSON.stringify(result, null, 2) : formatAnswer(result));
    });
}
