// `newsgraph explain "A sentence." | --file ARTICLE [--sentence N] [--tokens] [--json]`: shows what
// extraction finds and why: the mentions with the finder that made each, and each claim with the
// rule that produced it and the words it matched. With --file the article is ingested exactly as
// `build` ingests it, so sentence numbers and offsets are those of the graph's evidence.
import { CommanderError, InvalidArgumentError, type Command } from "commander";
import { InvalidInputError } from "../../model/errors.ts";
import type { Document } from "../../model/types.ts";

interface ExplainCliOptions {
  file?: string;
  sentence?: number;
  tokens?: boolean;
  json?: boolean;
}

function parseIndex(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a sentence number (0 is the first), e.g. 3");
  return n;
}

export function registerExplain(program: Command): void {
  program
    .command("explain")
    .description("show the mentions and claims extraction finds in a text, with the rule behind each claim")
    .argument("[text...]", "the text to explain, in quotes")
    .option("--file <article>", "explain an article file (.txt, .md, .html) as build reads it")
    .option("--sentence <n>", "only this sentence of the text or article (0 is the first)", parseIndex)
    .option("--tokens", "also print each token with its part of speech, the chunks, clauses and verb subjects")
    .option("--json", "print the extraction as JSON")
    .exitOverride((err) => {
      throw err.exitCode === 0 ? err : new CommanderError(2, err.code, err.message);
    })
    .action(async (words: string[], opts: ExplainCliOptions, command: Command) => {
      const usage = (message: string): never => command.error(`error: ${message}`, { exitCode: 2, code: "newsgraph.usage" });
      const text = words.join(" ").trim();
      if (opts.file !== undefined && text !== "") usage("give either a text or --file, not both");
      if (opts.file === undefined && text === "") usage('give a text to explain, e.g. newsgraph explain "Beijing lifted its ban on gallium exports.", or --file ARTICLE');
      const doc = opts.file !== undefined ? await readOne(opts.file) : { id: "text", title: "", source: "(command line)", text, removed: [] };
      const { explainDocument } = await import("../../extract/explain.ts");
      const { text: report, extraction } = explainDocument(doc, { sentence: opts.sentence, tokens: opts.tokens });
      if (opts.json) {
        const pick = <T extends { sentence?: number; evidence?: { sentence: number } }>(xs: T[]): T[] =>
          opts.sentence === undefined ? xs : xs.filter((x) => (x.sentence ?? x.evidence?.sentence) === opts.sentence);
        console.log(JSON.stringify({ doc: { id: doc.id, title: doc.title, source: doc.source }, mentions: pick(extraction.mentions), claims: pick(extraction.claims) }, null, 2));
      } else process.stdout.write(report);
    });
}

async function readOne(path: string): Promise<Document> {
  const { readCorpus } = await import("../../ingest/index.ts");
  const corpus = await readCorpus([path]);
  const problem = corpus.problems[0];
  if (problem) throw new InvalidInputError(`explain: cannot read ${problem.path}: ${problem.message}`);
  const doc = corpus.documents[0];
  if (!doc) throw new InvalidInputError(`explain: ${path} holds no article`);
  return doc;
}
