// Test helpers: build a graph from hand-written documents and read it at entity level, the way
// the evaluation does (X -offers-to-lift-> measure -restricts-> good reads "X offers-to-lift good").
import { buildGraph, type NewsGraph } from "../../src/graph/build-graph.ts";
import type { Document } from "../../src/model/types.ts";

export function doc(text: string, id = "t1"): Document {
  return { id, title: "", source: `${id}.txt`, text, removed: [] };
}

export async function graphOf(...texts: string[]): Promise<NewsGraph> {
  return buildGraph(
    texts.map((t, i) => doc(t, `t${i + 1}`)),
    { layout: false },
  );
}

/** "subject predicate object" strings, measures followed through to the goods they restrict. */
export function entityTriples(graph: NewsGraph): string[] {
  const out = new Set<string>();
  const restricts = (m: string): string[] =>
    graph.filterOutEdges(m, (_e, a) => a.type === "restricts").map((e) => graph.target(e));
  graph.forEachEdge((_e, a, s, t) => {
    const type = a.type as string;
    const tIsMeasure = graph.getNodeAttribute(t, "type") === "measure";
    const sIsMeasure = graph.getNodeAttribute(s, "type") === "measure";
    if (["offers-to-lift", "demands-lift", "lifts"].includes(type) && tIsMeasure) {
      for (const g of restricts(t)) out.add(`${s} ${type} ${g}`);
    } else if (type === "imposes" && tIsMeasure) {
      for (const g of restricts(t)) out.add(`${s} restricts ${g}`);
    } else if (!(type === "restricts" && sIsMeasure)) {
      out.add(`${s} ${type} ${t}`);
    }
  });
  return [...out].sort();
}

export async function triplesOf(...texts: string[]): Promise<string[]> {
  return entityTriples(await graphOf(...texts));
}
