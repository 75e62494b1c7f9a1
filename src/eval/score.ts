// Scores a graph (graphology's JSON export) against a reference annotation: the same measures, names
// and matching as the shared evaluation script (`../shared/eval/score.py`), in the repository so a
// fresh clone can score its fixture and real-article sets with nothing beside it.
//
// Entities: a node matches a reference entity when its label or one of its aliases equals one of the
// entity's names after normalisation (case, accents, punctuation, a possessive, a leading "the").
// Triples are compared at entity level: an offers-to-lift / demands-lift / lifts edge that ends on a
// measure is followed through the measure's `restricts` edges, and `X -imposes-> M -restricts-> C`
// counts as `X restricts C`. Names under `forbidden` are page furniture that must never become nodes.

import { z } from "zod";

const SCORED_NODE_TYPES = new Set(["person", "agency", "country", "commodity"]);
const SCORED_EDGE_TYPES = new Set(["leads", "member-of", "restricts", "offers-to-lift", "demands-lift", "lifts"]);
const THROUGH_MEASURE = new Set(["offers-to-lift", "demands-lift", "lifts"]);
/** An organisation that is not a government body may be typed either way. */
const TYPE_EQUIV: Record<string, string> = { organization: "agency", organisation: "agency", company: "agency" };

const oneOrMany = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));
const GoldEntity = z.object({ id: z.string(), type: z.string(), names: z.array(z.string()) });
const GoldTriple = z.object({
  s: oneOrMany,
  p: oneOrMany,
  o: oneOrMany,
  docs: z.array(z.string()).optional(),
  why: z.string().optional(),
});
export const GoldSchema = z.object({
  about: z.string().optional(),
  entities: z.array(GoldEntity),
  optional: z.array(GoldEntity).default([]),
  triples: z.array(GoldTriple),
  optional_triples: z.array(GoldTriple).default([]),
  negatives: z.array(GoldTriple).default([]),
  forbidden: z.array(z.string()).default([]),
});
export type Gold = z.infer<typeof GoldSchema>;
export type GoldTripleSpec = z.infer<typeof GoldTriple>;

const GraphSchema = z.object({
  nodes: z
    .array(
      z.object({
        key: z.union([z.string(), z.number()]),
        attributes: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .default([]),
  edges: z
    .array(
      z.object({
        source: z.union([z.string(), z.number()]),
        target: z.union([z.string(), z.number()]),
        attributes: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .default([]),
});
export type ScoredGraph = z.input<typeof GraphSchema>;

export interface Score {
  entity_recall: number;
  entity_typed_recall: number;
  entity_precision: number;
  duplicate_entities: number;
  triple_recall: number;
  triple_precision: number;
  triple_f1: number;
  provenance_ok: string;
  negatives_produced: number;
  boilerplate_nodes: number;
  nodes: number;
  edges: number;
}

/** The raw counts behind the ratios, for summing over articles scored one by one. */
export interface ScoreCounts {
  required: number;
  found: number;
  scoredNodes: number;
  matchedNodes: number;
  goldTriples: number;
  hits: number;
  truePositives: number;
  judged: number;
}

export interface ScoreDetail {
  counts: ScoreCounts;
  missedEntities: string[];
  wrongType: string[];
  duplicates: Record<string, string[]>;
  unmatchedNodes: string[];
  missedTriples: GoldTripleSpec[];
  falseTriples: [string, string, string][];
  negativesProduced: [string, string, string][];
  boilerplateNodes: string[];
}

/** The scorer's name normalisation: accents, case, a possessive, punctuation, a leading "the". */
export function normName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/'s\b/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/** Python's round() to 3 places for the figures (half to even does not matter at this precision). */
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function scoreGraph(graphJson: unknown, goldJson: unknown): { score: Score; detail: ScoreDetail } {
  const graph = GraphSchema.parse(graphJson);
  const gold = GoldSchema.parse(goldJson);

  const nodes = new Map<string, { type: unknown; names: string[]; label: string }>();
  for (const n of graph.nodes) {
    const a = n.attributes ?? {};
    const key = String(n.key);
    const label = typeof a.label === "string" ? a.label : key;
    const aliases = Array.isArray(a.aliases) ? a.aliases : [];
    const names = [label, ...aliases].filter((x): x is string => typeof x === "string");
    nodes.set(key, { type: a.type, names, label });
  }
  const edges = graph.edges.map((e) => {
    const a = e.attributes ?? {};
    const docs = new Set<string>();
    for (const ev of Array.isArray(a.evidence) ? a.evidence : []) {
      if (ev && typeof ev === "object" && "doc" in ev && ev.doc != null) docs.add(String(ev.doc));
    }
    return { s: String(e.source), t: a.type, o: String(e.target), docs };
  });

  const nameToGold = new Map<string, Set<string>>();
  const goldType = new Map<string, string>();
  for (const ent of [...gold.entities, ...gold.optional]) {
    goldType.set(ent.id, ent.type);
    for (const nm of ent.names) {
      const k = normName(nm);
      if (!nameToGold.has(k)) nameToGold.set(k, new Set());
      nameToGold.get(k)!.add(ent.id);
    }
  }
  const required = new Set(gold.entities.map((e) => e.id));

  // node -> gold ids; the entity its label matches wins over ones only an alias matches
  const nodeGold = new Map<string, Set<string>>();
  for (const [key, n] of nodes) {
    const ids = new Set<string>();
    for (const nm of n.names) for (const id of nameToGold.get(normName(nm)) ?? []) ids.add(id);
    const byLabel = nameToGold.get(normName(n.label));
    nodeGold.set(key, byLabel && byLabel.size > 0 ? byLabel : ids);
  }
  const found = new Map<string, string[]>();
  for (const [key, ids] of nodeGold) {
    for (const gid of ids) {
      if (!found.has(gid)) found.set(gid, []);
      found.get(gid)!.push(key);
    }
  }
  const typeOf = (key: string): unknown => {
    const t = nodes.get(key)?.type;
    return typeof t === "string" ? (TYPE_EQUIV[t] ?? t) : t;
  };
  const reqFound = [...required].filter((g) => found.has(g));
  const typedFound = reqFound.filter((g) => found.get(g)!.some((k) => typeOf(k) === goldType.get(g)));
  const duplicates: Record<string, string[]> = {};
  for (const [g, ks] of found) if (ks.length > 1) duplicates[g] = ks.map((k) => nodes.get(k)!.label);

  const scoredNodes = [...nodes.keys()].filter((k) => SCORED_NODE_TYPES.has(String(typeOf(k))));
  const forbidden = new Set(gold.forbidden.map(normName));
  const junk = [...new Set([...nodes.values()].filter((n) => n.names.some((nm) => forbidden.has(normName(nm)))).map((n) => n.label))].sort();
  const matchedNodes = scoredNodes.filter((k) => nodeGold.get(k)!.size > 0);
  const unmatched = scoredNodes.filter((k) => nodeGold.get(k)!.size === 0).map((k) => nodes.get(k)!.label).sort();

  const restrictsFrom = new Map<string, { o: string; docs: Set<string> }[]>();
  const imposers = new Map<string, { s: string; docs: Set<string> }[]>();
  for (const e of edges) {
    if (e.t === "restricts") push(restrictsFrom, e.s, { o: e.o, docs: e.docs });
    if (e.t === "imposes") push(imposers, e.o, { s: e.s, docs: e.docs });
  }
  const isMeasure = (k: string): boolean => nodes.get(k)?.type === "measure";

  const pred = new Map<string, Set<string>>(); // "s\tp\to" -> docs
  const add = (sKey: string, p: string, oKey: string, docs: Set<string>): void => {
    for (const sg of nodeGold.get(sKey) ?? []) {
      for (const og of nodeGold.get(oKey) ?? []) {
        const k = `${sg}\t${p}\t${og}`;
        if (!pred.has(k)) pred.set(k, new Set());
        for (const d of docs) pred.get(k)!.add(d);
      }
    }
  };
  for (const e of edges) {
    const t = String(e.t);
    if (!SCORED_EDGE_TYPES.has(t) && t !== "imposes") continue;
    if (THROUGH_MEASURE.has(t) && isMeasure(e.o)) {
      for (const r of restrictsFrom.get(e.o) ?? []) add(e.s, t, r.o, union(e.docs, r.docs));
    } else if (t === "restricts" && isMeasure(e.s)) {
      for (const i of imposers.get(e.s) ?? []) add(i.s, "restricts", e.o, union(e.docs, i.docs));
    } else if (SCORED_EDGE_TYPES.has(t)) {
      add(e.s, t, e.o, e.docs);
    }
  }

  const matches = (spec: GoldTripleSpec, key: string): boolean => {
    const [sg, p, og] = key.split("\t");
    return spec.s.includes(sg!) && spec.p.includes(p!) && spec.o.includes(og!);
  };
  const hit: GoldTripleSpec[] = [];
  let provOk = 0;
  for (const spec of gold.triples) {
    const keys = [...pred.keys()].filter((k) => matches(spec, k));
    if (keys.length === 0) continue;
    hit.push(spec);
    const docs = keys.flatMap((k) => [...pred.get(k)!]);
    const want = spec.docs ?? [];
    if (docs.some((d) => want.some((w) => d.startsWith(w) || d.includes(w)))) provOk += 1;
  }
  const tp: string[] = [];
  const fp: string[] = [];
  const neg: string[] = [];
  for (const k of pred.keys()) {
    if (!SCORED_EDGE_TYPES.has(k.split("\t")[1]!)) continue;
    if (gold.negatives.some((spec) => matches(spec, k))) neg.push(k);
    if ([...gold.triples, ...gold.optional_triples].some((spec) => matches(spec, k))) tp.push(k);
    else fp.push(k);
  }

  const nReq = required.size;
  const triRecall = gold.triples.length ? hit.length / gold.triples.length : 0;
  const judged = tp.length + fp.length;
  const triPrecision = judged ? tp.length / judged : 0;
  const f1 = triPrecision + triRecall ? (2 * triPrecision * triRecall) / (triPrecision + triRecall) : 0;
  const triple = (k: string): [string, string, string] => k.split("\t") as [string, string, string];
  return {
    score: {
      entity_recall: round3(nReq ? reqFound.length / nReq : 0),
      entity_typed_recall: round3(nReq ? typedFound.length / nReq : 0),
      entity_precision: round3(scoredNodes.length ? matchedNodes.length / scoredNodes.length : 0),
      duplicate_entities: Object.keys(duplicates).length,
      triple_recall: round3(triRecall),
      triple_precision: round3(triPrecision),
      triple_f1: round3(f1),
      provenance_ok: `${provOk}/${hit.length}`,
      negatives_produced: neg.length,
      boilerplate_nodes: junk.length,
      nodes: nodes.size,
      edges: edges.length,
    },
    detail: {
      counts: {
        required: nReq,
        found: reqFound.length,
        scoredNodes: scoredNodes.length,
        matchedNodes: matchedNodes.length,
        goldTriples: gold.triples.length,
        hits: hit.length,
        truePositives: tp.length,
        judged,
      },
      missedEntities: [...required].filter((g) => !found.has(g)).sort(),
      wrongType: reqFound.filter((g) => !typedFound.includes(g)).sort(),
      duplicates,
      unmatchedNodes: unmatched,
      missedTriples: gold.triples.filter((s) => !hit.includes(s)),
      falseTriples: fp.sort().map(triple),
      negativesProduced: neg.sort().map(triple),
      boilerplateNodes: junk,
    },
  };
}

/** Several reference annotations as one: entities with the same id union their names. */
export function mergeGold(parts: readonly { name: string; gold: unknown }[]): Gold {
  const out: Gold = { entities: [], optional: [], triples: [], optional_triples: [], negatives: [], forbidden: [] };
  const byId = new Map<string, { type: string; names: string[]; required: boolean; from: string }>();
  for (const { name, gold: raw } of parts) {
    const gold = GoldSchema.parse(raw);
    for (const [list, required] of [
      [gold.entities, true],
      [gold.optional, false],
    ] as const) {
      for (const e of list) {
        const seen = byId.get(e.id);
        if (!seen) {
          byId.set(e.id, { type: e.type, names: [...e.names], required, from: name });
          continue;
        }
        if (seen.type !== e.type) {
          throw new Error(`${name}: entity "${e.id}" is typed ${e.type} here but ${seen.type} in ${seen.from}`);
        }
        for (const n of e.names) if (!seen.names.includes(n)) seen.names.push(n);
        seen.required ||= required;
      }
    }
    out.triples.push(...gold.triples);
    out.optional_triples.push(...gold.optional_triples);
    out.negatives.push(...gold.negatives);
    out.forbidden.push(...gold.forbidden);
  }
  for (const [id, e] of byId) (e.required ? out.entities : out.optional).push({ id, type: e.type, names: e.names });
  return out;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function union<T>(a: Set<T>, b: Set<T>): Set<T> {
  return new Set([...a, ...b]);
}
