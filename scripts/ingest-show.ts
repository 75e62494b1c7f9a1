// Developer aid: prints a document's cleaned text and what ingest removed.
// usage: node bin/run-ts.js scripts/ingest-show.ts FILE [--removed]
import { readCorpus } from "../src/ingest/index.ts";

const [file, flag] = process.argv.slice(2);
const { documents, problems } = await readCorpus([file ?? ""]);
for (const p of problems) console.error(`skip ${p.path}: ${p.message}`);
for (const d of documents) {
  console.log(`# ${d.id}: ${d.title}\n${d.text}`);
  if (flag === "--removed") for (const r of d.removed) console.log(`-- removed (${r.reason}): ${r.text.slice(0, 120).replace(/\n/g, " ")}`);
}
