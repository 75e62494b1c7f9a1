// The golden record of what extraction produces, sentence by sentence, over the seeds and every
// fixture set: mentions (span, type, key, source, country), measure words, claim drafts (span,
// triple, modality, speaker, rule) and the entities relations derive. A restructuring of extraction must leave it
// byte-identical; an intended change regenerates it (UPDATE_GOLDEN=1 npx vitest run
// test/extract/golden-drafts.test.ts) in the same commit, so its diff shows what changed.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_COMPONENTS } from "../../src/extract/components.ts";
import type { SentenceMention } from "../../src/extract/mentions/types.ts";
import { createPipeline, type PipelineComponent } from "../../src/extract/pipeline.ts";
import { readCorpus } from "../../src/ingest/index.ts";
import type { DocumentExtraction } from "../../src/model/extraction.ts";
import type { Document } from "../../src/model/types.ts";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The corpora the golden file covers, relative to the repository. */
export const GOLDEN_CORPORA = [
  "seeds",
  "test/fixtures/articles",
  "test/fixtures/blind",
  "test/fixtures/holdout",
  "test/fixtures/dev",
  "test/fixtures/learned",
  "test/fixtures/ingest",
];

const line = (o: Record<string, unknown>): string => JSON.stringify(o);

/** The default pipeline with a tap that keeps the measure words each sentence's mentions hold. */
function tappedPipeline(): { run: (doc: Document) => DocumentExtraction; measures: Map<number, SentenceMention[]> } {
  const measures = new Map<number, SentenceMention[]>();
  const tap: PipelineComponent = {
    name: "golden-tap",
    requires: ["sentences", "mentions"],
    assigns: [],
    run(state, eachSentence) {
      measures.clear();
      eachSentence((s, i) => measures.set(s.index, (state.mentions?.[i] ?? []).filter((m) => m.type === "measure")));
    },
  };
  const pipeline = createPipeline([...DEFAULT_COMPONENTS.slice(0, 3), tap, ...DEFAULT_COMPONENTS.slice(3)]);
  return { run: (doc) => pipeline.run(doc), measures };
}

export async function goldenDrafts(): Promise<string> {
  const corpus = await readCorpus(GOLDEN_CORPORA.map((c) => path.join(repoRoot, c)));
  if (corpus.problems.length > 0) throw new Error(`golden: unreadable fixtures: ${JSON.stringify(corpus.problems)}`);
  const docs = [...corpus.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: string[] = [];
  const tapped = tappedPipeline();
  for (const doc of docs) {
    const x = tapped.run(doc);
    const bySentence = new Map<number, string[]>();
    const push = (s: number, l: string): void => {
      bySentence.set(s, [...(bySentence.get(s) ?? []), l]);
    };
    for (const m of x.mentions) {
      push(m.sentence, line({ doc: doc.id, s: m.sentence, mention: [m.start, m.end], type: m.type, key: m.key, source: m.source, ...(m.country ? { country: m.country } : {}), ...(m.role ? { role: m.role } : {}) }));
    }
    for (const [sentence, ms] of tapped.measures) {
      for (const m of ms) push(sentence, line({ doc: doc.id, s: sentence, measure: [m.start, m.end], kind: m.measureKind ?? null, source: m.source }));
    }
    for (const c of x.claims) {
      const e = c.evidence;
      push(e.sentence, line({ doc: doc.id, s: e.sentence, claim: [e.start, e.end], triple: `${c.subject} ${c.predicate} ${c.object}`, modality: e.modality ?? null, speaker: c.speakerKey ?? null, rule: e.rule ?? null, ...(c.alsoBy ? { alsoBy: c.alsoBy } : {}) }));
    }
    for (const s of [...bySentence.keys()].sort((a, b) => a - b)) out.push(...(bySentence.get(s) ?? []).sort());
    const derived = [...new Set(x.derived.map((d) => line({ doc: doc.id, derived: d.key, type: d.type, label: d.label, ...(d.country ? { country: d.country } : {}), ...(d.alias ? { alias: d.alias } : {}) })))].sort();
    out.push(...derived);
  }
  return `${out.join("\n")}\n`;
}
