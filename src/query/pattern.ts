// Basic graph patterns, as in SPARQL: a list of {s, p, o} triples whose terms are node keys, edge types
// or ?variables, answered with every binding of the variables and the evidence of the edges matched.
// Patterns are matched most-constrained-first (re-chosen after each binding) and every candidate edge
// or node examined counts against a work budget, so no query can hang the process: past the budget
// the query fails with TooLargeError instead of running on.
import { ENTITY_TYPES, EDGE_TYPES } from "../model/types.ts";
import { InvalidInputError, NotFoundError, TooLargeError } from "../model/errors.ts";
import { type EdgeRef, type KgGraph, type NodeRef, edgeRef, isNegatedEdge, nodeRef } from "./graph-types.ts";
import { typeIndexes } from "./indexes.ts";

export interface TriplePattern {
  /** A node key or a ?variable. */
  s: string;
  /**
   * An edge type, a ?variable, or a node-attribute pseudo-predicate: "type" (o is a node type) or
   * "country" (o is the country node of s's `country` attribute).
   */
  p: string;
  /** A node key (a node type when p is "type") or a ?variable. */
  o: string;
}

export interface PatternQuery {
  where: TriplePattern[];
  /** At most this many bindings (1..1000, default 100). */
  limit?: number;
  /** Match edges whose every evidence sentence is negated (default false: they assert nothing). */
  includeNegated?: boolean;
}

export interface PatternBinding {
  /** Variable name (without "?") -> node key, edge type or node type. */
  vars: Record<string, string>;
  /** The edges matched, one per edge pattern, in `where` order. */
  edges: EdgeRef[];
}

export interface PatternResult {
  where: TriplePattern[];
  variables: string[];
  bindings: PatternBinding[];
  /** Every node a binding names, so clients can label answers without another request. */
  nodes: Record<string, NodeRef>;
  truncated: boolean;
  /** Candidate edges and nodes examined. */
  work: number;
}

export const PATTERN_MAX_TRIPLES = 8;
export const PATTERN_MAX_LIMIT = 1000;
export const PATTERN_DEFAULT_WORK = 2_000_000;
const TYPE_PREDICATE = "type";
const COUNTRY_PREDICATE = "country";
const VARIABLE_RE = /^\?[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

export const isVariable = (term: string): boolean => term.startsWith("?");

type Kind = "node" | "edge-type" | "node-type";

function checkQuery(graph: KgGraph, query: PatternQuery): { limit: number; variables: string[] } {
  const where = query.where;
  if (!Array.isArray(where) || where.length === 0)
    throw new InvalidInputError(`query/pattern: "where" needs 1 to ${PATTERN_MAX_TRIPLES} triples {s, p, o}`);
  if (where.length > PATTERN_MAX_TRIPLES)
    throw new TooLargeError(`query/pattern: at most ${PATTERN_MAX_TRIPLES} triples per query (got ${where.length})`);
  const limit = query.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > PATTERN_MAX_LIMIT)
    throw new InvalidInputError(`query/pattern: limit must be an integer from 1 to ${PATTERN_MAX_LIMIT}`);

  const kinds = new Map<string, Kind>();
  const note = (term: string, kind: Kind, i: number): void => {
    if (!isVariable(term)) return;
    if (!VARIABLE_RE.test(term))
      throw new InvalidInputError(`query/pattern: triple ${i + 1}: "${term}" is not a variable name (use ?name)`);
    const prev = kinds.get(term);
    if (prev && prev !== kind)
      throw new InvalidInputError(`query/pattern: ${term} is used both as a ${prev} and as a ${kind}`);
    kinds.set(term, kind);
  };
  let constants = 0;
  const edgeTypes = new Set<string>([...EDGE_TYPES, ...typeIndexes(graph).edgesByType.keys()]);
  const nodeTypes = new Set<string>([...ENTITY_TYPES, ...typeIndexes(graph).nodesByType.keys()]);
  where.forEach((t, i) => {
    for (const [name, term] of [
      ["s", t?.s],
      ["p", t?.p],
      ["o", t?.o],
    ] as const)
      if (typeof term !== "string" || term === "")
        throw new InvalidInputError(`query/pattern: triple ${i + 1}: "${name}" must be a non-empty string`);
    const typeTriple = t.p === TYPE_PREDICATE;
    note(t.s, "node", i);
    note(t.p, "edge-type", i);
    note(t.o, typeTriple ? "node-type" : "node", i);
    if (!isVariable(t.s)) {
      constants++;
      if (!graph.hasNode(t.s))
        throw new NotFoundError(`query/pattern: triple ${i + 1}: no node "${t.s}" (find keys with search)`);
    }
    if (!isVariable(t.p)) {
      constants++;
      if (!typeTriple && t.p !== COUNTRY_PREDICATE && !edgeTypes.has(t.p))
        throw new InvalidInputError(
          `query/pattern: triple ${i + 1}: unknown predicate "${t.p}"; use ${[...edgeTypes].join(", ")}, "type", "country" or a ?variable`,
        );
    }
    if (!isVariable(t.o)) {
      constants++;
      if (typeTriple) {
        if (!nodeTypes.has(t.o))
          throw new InvalidInputError(
            `query/pattern: triple ${i + 1}: unknown node type "${t.o}"; use ${[...nodeTypes].join(", ")}`,
          );
      } else if (!graph.hasNode(t.o))
        throw new NotFoundError(`query/pattern: triple ${i + 1}: no node "${t.o}" (find keys with search)`);
    }
  });
  // All-variable queries enumerate the whole graph (or its cross products); refuse them up front
  // rather than let them run into the work budget.
  if (constants === 0)
    throw new InvalidInputError(
      'query/pattern: every term is a variable; fix at least one node key, edge type or node type (e.g. p: "leads")',
    );
  return { limit, variables: [...kinds.keys()].map((v) => v.slice(1)) };
}

export function runPattern(graph: KgGraph, query: PatternQuery, options: { maxWork?: number } = {}): PatternResult {
  const { limit, variables } = checkQuery(graph, query);
  const maxWork = options.maxWork ?? PATTERN_DEFAULT_WORK;
  const includeNegated = query.includeNegated === true;
  const where = query.where;
  const idx = typeIndexes(graph);
  let work = 0;
  const spend = (n: number): void => {
    work += n;
    if (work > maxWork)
      throw new TooLargeError(
        `query/pattern: the query examined more than ${maxWork} edges and nodes; fix more terms or lower limit`,
      );
  };

  const results: PatternBinding[] = [];
  const binding = new Map<string, string>();
  const matched: Array<string | null> = where.map(() => null);
  const done = where.map(() => false);
  const value = (term: string): string | undefined => (isVariable(term) ? binding.get(term) : term);

  // Lower is better: how many candidates a triple will produce, roughly, given current bindings.
  const cost = (t: TriplePattern): number => {
    const s = value(t.s);
    const p = value(t.p);
    const o = value(t.o);
    if (t.p === TYPE_PREDICATE) return s !== undefined ? 1 : (idx.nodesByType.get(o ?? "")?.length ?? graph.order);
    if (t.p === COUNTRY_PREDICATE)
      return s !== undefined ? 1 : o !== undefined ? (idx.nodesByCountry.get(o)?.length ?? 0) : graph.order;
    if (s !== undefined && o !== undefined) return 1;
    if (s !== undefined) return graph.outDegree(s);
    if (o !== undefined) return graph.inDegree(o);
    if (p !== undefined) return idx.edgesByType.get(p)?.length ?? 0;
    return graph.size;
  };

  const bindTerm = (term: string, v: string, trail: string[]): boolean => {
    if (!isVariable(term)) return term === v;
    const cur = binding.get(term);
    if (cur !== undefined) return cur === v;
    binding.set(term, v);
    trail.push(term);
    return true;
  };
  const unbind = (trail: string[]): void => {
    for (const t of trail) binding.delete(t);
  };

  // Returns true when enough results have been found, which unwinds the search.
  const step = (): boolean => {
    let best = -1;
    let bestCost = Infinity;
    for (let i = 0; i < where.length; i++) {
      if (done[i]) continue;
      const c = cost(where[i]!);
      if (c < bestCost) {
        bestCost = c;
        best = i;
      }
    }
    if (best === -1) {
      results.push({
        vars: Object.fromEntries([...binding].map(([k, v]) => [k.slice(1), v])),
        edges: matched.filter((e): e is string => e !== null).map((e) => edgeRef(graph, e)),
      });
      return results.length > limit;
    }
    const t = where[best]!;
    done[best] = true;
    try {
      if (t.p === COUNTRY_PREDICATE) {
        const s = value(t.s);
        const o = value(t.o);
        const candidates = s !== undefined ? [s] : o !== undefined ? (idx.nodesByCountry.get(o) ?? []) : graph.nodes();
        spend(candidates.length);
        for (const node of candidates) {
          const country = graph.getNodeAttribute(node, "country");
          if (typeof country !== "string") continue;
          const trail: string[] = [];
          if (bindTerm(t.s, node, trail) && bindTerm(t.o, country, trail)) {
            if (step()) return true;
          }
          unbind(trail);
        }
        return false;
      }
      if (t.p === TYPE_PREDICATE) {
        const s = value(t.s);
        const candidates = s !== undefined ? [s] : (idx.nodesByType.get(value(t.o) ?? "") ?? graph.nodes());
        spend(candidates.length);
        for (const node of candidates) {
          const trail: string[] = [];
          if (bindTerm(t.s, node, trail) && bindTerm(t.o, graph.getNodeAttribute(node, "type"), trail)) {
            if (step()) return true;
          }
          unbind(trail);
        }
        return false;
      }
      const s = value(t.s);
      const o = value(t.o);
      const p = value(t.p);
      const candidates =
        s !== undefined && o !== undefined
          ? graph.outEdges(s, o)
          : s !== undefined
            ? graph.outEdges(s)
            : o !== undefined
              ? graph.inEdges(o)
              : p !== undefined
                ? (idx.edgesByType.get(p) ?? [])
                : graph.edges();
      spend(candidates.length);
      for (const edge of candidates) {
        const a = graph.getEdgeAttributes(edge);
        if (p !== undefined && a.type !== p) continue;
        if (!includeNegated && isNegatedEdge(a)) continue;
        const trail: string[] = [];
        if (
          bindTerm(t.s, graph.source(edge), trail) &&
          bindTerm(t.p, a.type, trail) &&
          bindTerm(t.o, graph.target(edge), trail)
        ) {
          matched[best] = edge;
          if (step()) return true;
          matched[best] = null;
        }
        unbind(trail);
      }
      return false;
    } finally {
      done[best] = false;
    }
  };

  step();
  const truncated = results.length > limit;
  if (truncated) results.length = limit;

  const nodes: Record<string, NodeRef> = {};
  const kinds = new Map<string, boolean>(); // variable -> names a node
  for (const t of where) {
    if (isVariable(t.s)) kinds.set(t.s.slice(1), true);
    if (isVariable(t.o) && t.p !== TYPE_PREDICATE) kinds.set(t.o.slice(1), true);
  }
  for (const b of results) {
    for (const [k, v] of Object.entries(b.vars))
      if (kinds.get(k) && !nodes[v] && graph.hasNode(v)) nodes[v] = nodeRef(graph, v);
    for (const e of b.edges) {
      if (!nodes[e.source]) nodes[e.source] = nodeRef(graph, e.source);
      if (!nodes[e.target]) nodes[e.target] = nodeRef(graph, e.target);
    }
  }
  return { where, variables, bindings: results, nodes, truncated, work };
}
