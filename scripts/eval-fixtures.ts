// Scores one fixture set (test/fixtures/NAME with its gold.json) and lists what it missed:
//   node bin/run-ts.js scripts/eval-fixtures.ts NAME [--verbose]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readCorpus } from "../src/ingest/index.ts";
import { buildGraph } from "../src/graph/build-graph.ts";
import { scoreGraph } from "../src/eval/score.ts";

const name = process.argv[2] ?? "dev";
const dir = join("test", "fixtures", name);
const corpus = await readCorpus([dir]);
const graph = (await buildGraph(corpus.documents, { layout: false })).export();
const { score, detail } = scoreGraph(graph, JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")));
console.log(Object.entries(score).map(([k, v]) => `${k}=${String(v)}`).join(" "));
if (process.argv.includes("--verbose")) {
  console.log("missed entities:", detail.missedEntities.join(", "));
  console.log("duplicates:", JSON.stringify(detail.duplicates));
  console.log("unmatched:", detail.unmatchedNodes.join(" | "));
  for (const t of detail.missedTriples) console.log("  miss", t.docs?.join(","), t.s.slice(0, 2).join("/"), t.p.join("|"), t.o.join("/"));
  for (const t of detail.falseTriples) console.log("  false", t.join(" "));
  for (const t of detail.negativesProduced) console.log("  NEG", t.join(" "));
}
