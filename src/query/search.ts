// Name search over labels and aliases: case- and accent-insensitive, prefix and typo tolerant
// ("Lutnik" -> Howard Lutnick, "he lap" -> He Lifeng). The index is built once per graph and dropped
// when the graph's nodes change, so repeated queries cost a lookup, not a rebuild.
import MiniSearch, { type SearchResult } from "minisearch";
import type { EntityType } from "../model/types.ts";
import { checkNodeTypes } from "./indexes.ts";
import { InvalidInputError } from "../model/errors.ts";
import type { KgGraph } from "./graph-types.ts";
import { STOP_WORDS, tokens } from "./text.ts";

export interface SearchOptions {
  /** Only nodes of these types. */
  types?: readonly (EntityType | (string & {}))[];
  /** At most this many hits (1..100, default 10). */
  limit?: number;
  /**
   * Only nodes matching every query word (default false: when none does, nodes matching any word
   * are returned). Ask uses it so "the meaning of life" does not resolve to He Lifeng by prefix.
   */
  matchAll?: boolean;
}

export interface SearchHit {
  key: string;
  label: string;
  type: EntityType;
  score: number;
  /** The label or alias that the query matched best, so a client can show why a hit came up. */
  matched: string;
  /** The query is the whole label or alias (after folding). */
  exact: boolean;
}

export const SEARCH_MAX_LIMIT = 100;
export const SEARCH_MAX_QUERY_CHARS = 200;

interface IndexedNode {
  id: string;
  /** Folded tokens of the label, space-joined (tokenised once, here, not again by MiniSearch). */
  label: string;
  /** Folded tokens of every alias, space-joined. */
  aliases: string;
}

interface SearchIndex {
  mini: MiniSearch<IndexedNode>;
  /** folded name -> node keys, for exact matches that outrank any fuzzy one. */
  exact: Map<string, string[]>;
  /** Every indexed term: a query word found here needs neither prefix expansion nor typo tolerance. */
  terms: Set<string>;
}

const indexes = new WeakMap<KgGraph, SearchIndex>();
const NODE_EVENTS = ["nodeAdded", "nodeDropped", "nodeAttributesUpdated", "cleared"] as const;

function names(graph: KgGraph, key: string): string[] {
  const a = graph.getNodeAttributes(key);
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);
  return [typeof a.label === "string" ? a.label : key, ...list(a.aliases), ...list(a.otherScripts)];
}

const splitSpaces = (text: string): string[] => (text ? text.split(" ") : []);

function buildIndex(graph: KgGraph): SearchIndex {
  const mini = new MiniSearch<IndexedNode>({
    fields: ["label", "aliases"],
    tokenize: splitSpaces,
    processTerm: (term) => term,
    searchOptions: {
      tokenize: splitSpaces,
      processTerm: (term) => term,
    },
  });
  const exact = new Map<string, string[]>();
  const terms = new Set<string>();
  const docs: IndexedNode[] = [];
  graph.forEachNode((key) => {
    const folded = names(graph, key).map((n) => tokens(n));
    for (const t of folded) {
      const f = t.join(" ");
      if (!f) continue;
      for (const w of t) terms.add(w);
      const list = exact.get(f);
      if (list) {
        if (!list.includes(key)) list.push(key);
      } else exact.set(f, [key]);
    }
    docs.push({
      id: key,
      label: folded[0]?.join(" ") ?? "",
      aliases: folded
        .slice(1)
        .map((t) => t.join(" "))
        .join(" "),
    });
  });
  mini.addAll(docs);
  return { mini, exact, terms };
}

/** The search index of a graph, built on first use and rebuilt after node changes. */
export function searchIndex(graph: KgGraph): SearchIndex {
  let index = indexes.get(graph);
  if (index) return index;
  index = buildIndex(graph);
  indexes.set(graph, index);
  const invalidate = (): void => {
    indexes.delete(graph);
    for (const ev of NODE_EVENTS) graph.removeListener(ev, invalidate);
  };
  for (const ev of NODE_EVENTS) graph.on(ev, invalidate);
  return index;
}

/** Nodes whose label or an alias is exactly `name` once folded (or whose key it is), most mentioned first. */
export function exactMatches(graph: KgGraph, name: string): string[] {
  const index = searchIndex(graph);
  const t = tokens(name);
  const keys = new Set<string>(graph.hasNode(name.trim()) ? [name.trim()] : []);
  for (const k of index.exact.get(t.join(" ")) ?? index.exact.get(t.filter((w) => !STOP_WORDS.has(w)).join(" ")) ?? [])
    keys.add(k);
  const mentions = (k: string): number => graph.getNodeAttribute(k, "mentions") ?? 0;
  return [...keys].sort((a, b) => mentions(b) - mentions(a));
}

function validate(graph: KgGraph, query: string, options: SearchOptions): { limit: number; types?: Set<string> } {
  if (typeof query !== "string" || query.trim() === "")
    throw new InvalidInputError("query/search: the query is empty; give a name or part of one");
  if (query.length > SEARCH_MAX_QUERY_CHARS)
    throw new InvalidInputError(`query/search: the query is longer than ${SEARCH_MAX_QUERY_CHARS} characters`);
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_LIMIT)
    throw new InvalidInputError(`query/search: limit must be an integer from 1 to ${SEARCH_MAX_LIMIT}`);
  if (options.types) {
    checkNodeTypes(graph, options.types, "query/search");
    return { limit, types: new Set(options.types) };
  }
  return { limit };
}

/** The name of the node that matches the query's words best (every query word a prefix of a word in it). */
function bestName(graph: KgGraph, key: string, qTokens: string[]): string {
  const all = names(graph, key);
  let best = all[0] ?? key;
  let bestScore = -1;
  for (const n of all) {
    const nt = tokens(n);
    let s = 0;
    for (const q of qTokens)
      if (nt.some((t) => t === q)) s += 2;
      else if (nt.some((t) => t.startsWith(q))) s += 1;
    if (s > bestScore) {
      best = n;
      bestScore = s;
    }
  }
  return best;
}

/**
 * Finds nodes by name. Exact matches (the whole label or alias, or the node key) come first, then
 * MiniSearch hits: all query words must match (as prefixes, or with one typo in words over four
 * letters); if none do, any word may.
 */
export function search(graph: KgGraph, query: string, options: SearchOptions = {}): SearchHit[] {
  const { limit, types } = validate(graph, query, options);
  const index = searchIndex(graph);
  const wanted = (key: string): boolean => !types || types.has(graph.getNodeAttribute(key, "type"));
  const qTokens = tokens(query).filter((t) => !STOP_WORDS.has(t));
  const hits = new Map<string, SearchHit>();
  const push = (key: string, score: number, exact: boolean): void => {
    if (hits.has(key) || !wanted(key)) return;
    const a = graph.getNodeAttributes(key);
    hits.set(key, { key, label: a.label ?? key, type: a.type, score, matched: bestName(graph, key, qTokens), exact });
  };

  for (const key of exactMatches(graph, query))
    push(key, graph.hasNode(query.trim()) && key === query.trim() ? Number.MAX_SAFE_INTEGER : 1e9, true);

  if (qTokens.length > 0 && hits.size < limit) {
    // A query word that is itself an indexed term is taken as typed: expanding it as a prefix or with
    // typos only adds noise and, on large graphs, most of the cost. The last word is always a prefix
    // (the user may still be typing).
    const last = qTokens[qTokens.length - 1];
    const base = {
      prefix: (term: string) => term.length >= 2 && (term === last || !index.terms.has(term)),
      fuzzy: (term: string) => (term.length > 4 && !index.terms.has(term) ? 0.2 : false),
      boost: { label: 2, aliases: 1 },
      ...(types ? { filter: (r: SearchResult) => types.has(graph.getNodeAttribute(String(r.id), "type")) } : {}),
    };
    let results = index.mini.search(qTokens.join(" "), { ...base, combineWith: "AND" });
    if (results.length === 0 && !options.matchAll)
      results = index.mini.search(qTokens.join(" "), { ...base, combineWith: "OR" });
    // Among similar matches the more mentioned node is the likelier referent. Applied to the results
    // rather than through MiniSearch's per-document callback, which costs a call per candidate.
    const ranked = results
      .map((r) => ({
        key: String(r.id),
        score: r.score * (1 + Math.log1p(graph.getNodeAttribute(String(r.id), "mentions") ?? 0) / 10),
      }))
      .sort((a, b) => b.score - a.score);
    for (const r of ranked) {
      if (hits.size >= limit) break;
      push(r.key, r.score, false);
    }
  }
  return [...hits.values()].slice(0, limit);
}
