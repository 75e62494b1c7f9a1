// Documents in, graph out: extraction per document, resolution across the corpus, then a
// graphology MultiDirectedGraph with stable keys, sorted insertion (so graph.export() is
// byte-identical across builds), styling and a seeded layout.

import Graph from "graphology";
import { PipelineError } from "../extract/errors.ts";
import { extractDocument } from "../extract/extract-document.ts";
import type { Pipeline } from "../extract/pipeline.ts";
import { layoutGraph } from "../layout/layout.ts";
import { activeLexicon, useLexicon } from "../lexicon/active-lexicon.ts";
import type { Lexicon } from "../lexicon/types.ts";
import type { DocumentExtraction } from "../model/extraction.ts";
import type { Resolution } from "../model/resolution.ts";
import type { Document, DocumentInfo } from "../model/types.ts";
import { resolve } from "../resolve/resolve.ts";
import { pipelineFingerprint } from "./fingerprint.ts";
import { sizeForDegree, TYPE_COLORS } from "./style.ts";
import type { KgEdgeAttributes, KgGraph, KgGraphAttributes, KgNodeAttributes } from "./types.ts";

const { MultiDirectedGraph } = Graph;
export type NewsGraph = KgGraph;

export interface BuildOptions {
  onProgress?: (done: number, total: number) => void;
  /** A document extraction could not read: it is left out of the graph and the rest is built. */
  onSkip?: (doc: Document, error: PipelineError) => void;
  /** Skip the ForceAtlas2 layout (tests that only look at structure). */
  layout?: boolean;
  /** The extraction pipeline (default: the standard components). */
  pipeline?: Pipeline;
  /**
   * The lexicon to extract with: the defaults with a user's packs (`loadLexicon({ packs })`). Without
   * it, the lexicon in use (the defaults unless a caller chose another).
   */
  lexicon?: Lexicon;
}

export async function buildGraph(documents: Document[], opts: BuildOptions = {}): Promise<NewsGraph> {
  const lexicon = opts.lexicon ?? activeLexicon();
  const docs = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const extractions: DocumentExtraction[] = [];
  // Extraction and resolution read the lexicon in use; it is this build's for as long as they run and
  // the previous one afterwards, so a pack does not outlive its build. It is set again after every
  // pause, in case another build ran in the meantime.
  const previous = useLexicon(lexicon);
  try {
    for (const [i, doc] of docs.entries()) {
      try {
        extractions.push(extractDocument(doc, { pipeline: opts.pipeline }));
      } catch (err) {
        if (!(err instanceof PipelineError)) throw err;
        opts.onSkip?.(doc, err);
      }
      opts.onProgress?.(i + 1, docs.length);
      // let a progress line paint on large inputs
      if (docs.length > 20 && i % 20 === 19) {
        await new Promise((r) => setImmediate(r));
        useLexicon(lexicon);
      }
    }
    const built = extractions.map((x) => x.doc);
    const graph = graphFromResolution(resolve(extractions), built, opts);
    graph.setAttribute("pipeline", await pipelineFingerprint(lexicon));
    return graph;
  } finally {
    useLexicon(previous);
  }
}

export function graphFromResolution(res: Resolution, docs: Document[], opts: BuildOptions = {}): KgGraph {
  const graph = new MultiDirectedGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>();
  const documents: DocumentInfo[] = docs.map((d) => ({ id: d.id, title: d.title, source: d.source, chars: d.text.length }));
  graph.setAttribute("documents", documents);

  // Nodes that carry an edge, and every named entity that is not a measure.
  const linked = new Set<string>();
  for (const c of res.claims) {
    linked.add(c.subject);
    linked.add(c.object);
  }
  const keys = [...res.entities.keys()].filter((k) => linked.has(k) || res.entities.get(k)?.type !== "measure").sort();
  for (const key of keys) {
    const e = res.entities.get(key);
    if (!e) continue;
    graph.addNode(key, {
      label: e.label,
      type: e.type,
      aliases: e.aliases,
      ...(e.otherScripts ? { otherScripts: e.otherScripts } : {}),
      ...(e.roles.length > 0 ? { roles: e.roles } : {}),
      ...(e.country ? { country: `country:${e.country}` } : {}),
      docs: e.docs,
      mentions: e.mentions,
      color: TYPE_COLORS[e.type],
    });
  }
  const claims = [...res.claims].sort((a, b) => {
    const ka = `${a.subject}|${a.predicate}|${a.object}`;
    const kb = `${b.subject}|${b.predicate}|${b.object}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  for (const c of claims) {
    if (!graph.hasNode(c.subject) || !graph.hasNode(c.object) || c.evidence.length === 0) continue;
    graph.addDirectedEdgeWithKey(`${c.subject}|${c.predicate}|${c.object}`, c.subject, c.object, {
      type: c.predicate,
      evidence: c.evidence,
      weight: c.evidence.length,
    });
  }
  graph.forEachNode((key) => graph.setNodeAttribute(key, "size", sizeForDegree(graph.degree(key))));
  if (opts.layout !== false) layoutGraph(graph);
  else graph.forEachNode((key) => graph.mergeNodeAttributes(key, { x: 0, y: 0 }));
  return graph;
}
