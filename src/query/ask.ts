// Plain-English questions of the forms analysts ask ("what does the US offer to lift?", "who leads the
// Chinese delegation?"). Each form names a graph pattern; the subject is found by search, the pattern is
// run, and the answer carries the pattern (so users learn the query language) and the evidence behind
// every answer. Questions outside the forms get an InvalidInputError that lists them.
import { InvalidInputError, NotFoundError } from "../model/errors.ts";
import type { EdgeType, EntityType, Evidence } from "../model/types.ts";
import { type KgGraph, type NodeRef, isNegatedEdge, nodeRef } from "./graph-types.ts";
import type { TriplePattern } from "./pattern.ts";
import { paths } from "./paths.ts";
import { typeIndexes } from "./indexes.ts";
import { exactMatches, search } from "./search.ts";
import { tokens } from "./text.ts";
import {
  DEMAND_CORE_VERBS,
  GENERIC_RESTRICTIONS,
  IMPOSE_VERBS,
  LEAD_VERBS,
  LIFT_PARTICLES,
  LIFT_VERBS,
  OFFER_VERBS,
  RESTRICT_QUESTION_VERBS,
} from "../text/words.ts";

export type AskForm =
  | "offers-to-lift"
  | "demands-lift"
  | "lifts"
  | "restricts"
  | "imposes"
  | "who-restricts"
  | "who-leads"
  | "members"
  | "who-is"
  | "connection";

/** Supported forms, as shown to users when a question does not parse. */
export const ASK_FORMS: ReadonlyArray<{ form: AskForm; example: string }> = [
  { form: "offers-to-lift", example: "what does X offer to lift" },
  { form: "demands-lift", example: "what does X want lifted (or: what does X demand)" },
  { form: "lifts", example: "what has X lifted" },
  { form: "restricts", example: "what does X restrict" },
  { form: "imposes", example: "what does X impose" },
  { form: "who-restricts", example: "who restricts Y" },
  { form: "who-leads", example: "who leads X" },
  { form: "members", example: "who is in X's delegation (or: who is in the X delegation)" },
  { form: "who-is", example: "who is Y" },
  { form: "connection", example: "how is X connected to Y" },
];

export interface AskEvidence extends Evidence {
  /** The edge this sentence supports, and its type. */
  edge: string;
  relation: EdgeType;
  /** Title of the article, when the graph lists it in `documents`. */
  title?: string;
}

export interface AskAnswer extends NodeRef {
  /** How the answer relates to the subject ("restricts" for a commodity reached through a measure). */
  relation: EdgeType | "self" | "path";
  /** Nodes between subject and answer (for lift questions, the measure whose restrictions are lifted). */
  via: NodeRef[];
  evidence: AskEvidence[];
  /** All supporting sentences, when `evidence` was cut to the per-answer cap. */
  evidenceCount: number;
  /** For "who is" answers: the roles and other names the graph knows. */
  roles?: string[];
  aliases?: string[];
}

export interface AskResult {
  question: string;
  form: AskForm;
  subject: NodeRef;
  /** A second subject, for connection questions. */
  object?: NodeRef;
  /** The graph pattern the question was turned into (POST /api/query accepts it as is). */
  pattern: { where: TriplePattern[] };
  /**
   * Further patterns whose answers were included, e.g. what a country's government bodies and officials
   * offer when the question names the country. Each is runnable as is.
   */
  alsoPatterns?: Array<{ where: TriplePattern[] }>;
  /** How the answers were read off the pattern, when it is more than "each binding of ?answer". */
  note?: string;
  answers: AskAnswer[];
}

export const ASK_MAX_QUESTION_CHARS = 300;
const EVIDENCE_PER_ANSWER = 12;
const ANSWER_CAP = 200;

export function supportedFormsMessage(): string {
  return ASK_FORMS.map((f) => `"${f.example}"`).join("; ");
}

// ---------- parsing ----------

interface Parsed {
  form: AskForm;
  x: string;
  y?: string;
}

// The verbs of each question come from the word classes extraction reads with (text/words.ts), so
// a verb the extractor understands is one a question may use. Forms are tried in order, so a verb in
// two classes ("suspend": lifting and restricting) takes the first.
const AUX = "(?:does|do|did|will|would|could|is|are|was|were|has|have|had)";
const alt = (words: Iterable<string>): string =>
  `(?:${[...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|")})`;
const LIFT = alt([...LIFT_VERBS, ...[...LIFT_PARTICLES].map(([verb, particle]) => `${verb} ${particle}`)]);
const RESTRICT = alt(RESTRICT_QUESTION_VERBS);
const RESTRICT_3RD = alt([...RESTRICT_QUESTION_VERBS].filter((w) => /(?:s|ed|held|froze|frozen)$/.test(w)));
const IMPOSE_3RD = alt([...IMPOSE_VERBS].filter((w) => /(?:s|ed|kept)$/.test(w)));
const MEASURE_NOUNS = alt([...GENERIC_RESTRICTIONS, "export controls", "tariffs", "duties"]);
const LEAD_FORMS = alt([...LEAD_VERBS, "runs", "ran", "is leading", "was leading", "is heading", "was heading"]);
const RULES: Array<{ form: AskForm; re: RegExp; two?: boolean }> = [
  { form: "offers-to-lift", re: new RegExp(`^what (?:\\w+ )?${AUX} (.+?) ${alt(OFFER_VERBS)}(?: to)?(?: ${LIFT})?$`, "i") },
  { form: "demands-lift", re: new RegExp(`^what (?:\\w+ )?${AUX} (.+?) ${alt(DEMAND_CORE_VERBS)}(?: .*)?$`, "i") },
  { form: "lifts", re: new RegExp(`^what (?:\\w+ )?${AUX} (.+?) ${LIFT}$`, "i") },
  { form: "restricts", re: new RegExp(`^what (?:\\w+ )?${AUX} (.+?) ${RESTRICT}$`, "i") },
  { form: "imposes", re: new RegExp(`^what (?:\\w+ )?${AUX} (.+?) ${alt(IMPOSE_VERBS)}$`, "i") },
  {
    form: "who-restricts",
    re: new RegExp(`^who (?:is restricting|${RESTRICT_3RD}|${IMPOSE_3RD} ${MEASURE_NOUNS} on)(?: (?:the )?(?:exports?|sales?|shipments?) of)? (.+)$`, "i"),
  },
  {
    form: "who-leads",
    re: new RegExp(`^who (?:${LEAD_FORMS}|is in charge of|was in charge of|is the (?:head|leader|chief) of|was the (?:head|leader|chief) of) (.+)$`, "i"),
  },
  {
    form: "members",
    re: /^who (?:is|are|was|were|else is|else was) (?:in|on|part of|(?:the )?members of|a member of|with) (.+?)$/i,
  },
  {
    form: "connection",
    re: /^how (?:is|are|was|were) (.+?) (?:connected|linked|related|tied) (?:to|with) (.+)$/i,
    two: true,
  },
  { form: "connection", re: /^how (?:is|are|was|were) (.+?) and (.+?) (?:connected|linked|related|tied)$/i, two: true },
  { form: "who-is", re: /^(?:who|what) (?:is|was|are|were|'s) (.+)$/i },
  { form: "who-is", re: /^who's (.+)$/i },
];

/** Turns a question into a form and its subject text, or null when no form fits. */
export function parseQuestion(question: string): Parsed | null {
  const q = question
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[?.!\s]+$/, "");
  for (const rule of RULES) {
    const m = rule.re.exec(q);
    if (!m || !m[1]) continue;
    if (rule.two) {
      if (!m[2]) continue;
      return { form: rule.form, x: m[1], y: m[2] };
    }
    return { form: rule.form, x: m[1] };
  }
  return null;
}

// ---------- resolving names ----------

const GROUP_WORDS = new Set(["delegation", "delegations", "team", "teams", "side", "negotiators", "negotiating"]);

function cleanName(text: string): string {
  return text
    .trim()
    .replace(/^(?:the|a|an) /i, "")
    .replace(/'s?$/i, "")
    .trim();
}

interface Resolution {
  key: string;
}

/**
 * The node a name in a question refers to. An exact name match wins (asking about "China" must not
 * silently answer for "Chinese delegation"); otherwise the best hit of a preferred type, favouring
 * nodes that have the edge the question is about.
 */
function resolveName(
  graph: KgGraph,
  text: string,
  prefer: readonly EntityType[] | undefined,
  hasRelevantEdge?: (key: string) => boolean,
): Resolution {
  const name = cleanName(text);
  if (!name) throw new InvalidInputError(`query/ask: the question names nothing to look up`);
  const ok = (type: EntityType): boolean => !prefer || prefer.includes(type);
  // Exact names first, without a fuzzy search (the common case, and by far the cheapest).
  const exact = exactMatches(graph, name);
  if (exact.length > 0) {
    const typeOf = (k: string): EntityType => graph.getNodeAttribute(k, "type");
    return { key: exact.find((k) => ok(typeOf(k))) ?? exact[0]! };
  }
  const hits = search(graph, name, { limit: 20, matchAll: true });
  if (hits.length === 0)
    throw new NotFoundError(
      `query/ask: nothing in the graph is called "${name}"; try another spelling or GET /api/search`,
    );
  const pick =
    (hasRelevantEdge ? hits.find((h) => ok(h.type) && hasRelevantEdge(h.key)) : undefined) ??
    hits.find((h) => ok(h.type)) ??
    hits[0]!;
  return { key: pick.key };
}

/** A delegation or team: by name first, else the delegation-like body of the named country. */
function resolveGroup(graph: KgGraph, text: string): string {
  const name = cleanName(text);
  const words = tokens(name);
  const rest = words.filter((w) => !GROUP_WORDS.has(w)).join(" ");
  const hasMembers = (k: string): boolean =>
    graph.someInEdge(k, (_e, a) => a.type === "member-of" || a.type === "leads");
  if (words.some((w) => GROUP_WORDS.has(w))) {
    const hits = search(graph, name, { limit: 20, types: ["agency", "organization"] });
    const named = hits.find((h) => tokens(h.label).some((t) => GROUP_WORDS.has(t)) && hasMembers(h.key));
    if (named) return named.key;
  }
  // "the Chinese delegation" when the graph calls it something else: find China, then its delegation.
  const country = rest ? search(graph, rest, { limit: 5, types: ["country"] })[0] : undefined;
  if (country) {
    let found: string | undefined;
    graph.forEachNode((k, a) => {
      if (found || (a.type !== "agency" && a.type !== "organization") || a.country !== country.key) return;
      if (tokens(`${a.label} ${k}`).some((t) => GROUP_WORDS.has(t))) found = k;
    });
    if (found) return found;
  }
  return resolveName(graph, name, ["agency", "organization", "country"], hasMembers).key;
}

// ---------- answering ----------

class Answers {
  private readonly byKey = new Map<string, AskAnswer & { seen: Set<string> }>();
  private readonly titles: Map<string, string>;
  constructor(private readonly graph: KgGraph) {
    const docs = graph.getAttribute("documents");
    this.titles = new Map(Array.isArray(docs) ? docs.map((d) => [d.id, d.title] as [string, string]) : []);
  }

  /** Adds (or extends) the answer `key`; `slot` keeps answers about the same node apart (paths). */
  add(key: string, relation: AskAnswer["relation"], via: string[], edges: string[], slot: string = key): void {
    let a = this.byKey.get(slot);
    if (!a) {
      if (this.byKey.size >= ANSWER_CAP) return;
      a = { ...nodeRef(this.graph, key), relation, via: [], evidence: [], evidenceCount: 0, seen: new Set() };
      this.byKey.set(slot, a);
    }
    for (const v of via) if (!a.via.some((n) => n.key === v)) a.via.push(nodeRef(this.graph, v));
    for (const edge of edges) {
      const attrs = this.graph.getEdgeAttributes(edge);
      for (const ev of attrs.evidence ?? []) {
        const id = `${edge}#${ev.doc}#${ev.sentence}#${ev.start}`;
        if (a.seen.has(id)) continue;
        a.seen.add(id);
        a.evidenceCount++;
        if (a.evidence.length < EVIDENCE_PER_ANSWER) {
          const title = this.titles.get(ev.doc);
          a.evidence.push({ ...ev, edge, relation: attrs.type, ...(title ? { title } : {}) });
        }
      }
    }
  }

  /** Adds the node's roles and aliases to its answer (who-is questions). */
  describe(key: string): void {
    const a = this.byKey.get(key);
    if (!a) return;
    const attrs = this.graph.getNodeAttributes(key);
    if (Array.isArray(attrs.roles) && attrs.roles.length) a.roles = attrs.roles;
    if (Array.isArray(attrs.aliases) && attrs.aliases.length) a.aliases = attrs.aliases;
  }

  list(): AskAnswer[] {
    return [...this.byKey.values()].map(({ seen: _seen, ...a }) => a);
  }
}

function outEdgesOfType(graph: KgGraph, node: string, type: EdgeType): Array<{ edge: string; target: string }> {
  const out: Array<{ edge: string; target: string }> = [];
  graph.forEachOutEdge(node, (edge, a, _s, target) => {
    if (a.type === type && !isNegatedEdge(a)) out.push({ edge, target });
  });
  return out;
}

function inEdgesOfType(graph: KgGraph, node: string, type: EdgeType): Array<{ edge: string; source: string }> {
  const out: Array<{ edge: string; source: string }> = [];
  graph.forEachInEdge(node, (edge, a, source) => {
    if (a.type === type && !isNegatedEdge(a)) out.push({ edge, source });
  });
  return out;
}

const hasOut = (graph: KgGraph, type: EdgeType) => (k: string) =>
  graph.someOutEdge(k, (_e, a) => a.type === type && !isNegatedEdge(a));
const hasIn = (graph: KgGraph, type: EdgeType) => (k: string) =>
  graph.someInEdge(k, (_e, a) => a.type === type && !isNegatedEdge(a));

const ACTORS: EntityType[] = ["country", "agency", "person", "organization"];

/**
 * Who acts for X. For a country: its government bodies (agencies whose `country` is X) and its
 * officials (people of X who lead or sit in X or one of those bodies), since news attributes a
 * state's offers and demands to "the Trump administration" or "Trump" as often as to "the US".
 * Analysts and companies of X are not X. For anything else: X alone.
 */
export function actorsOf(graph: KgGraph, x: string): string[] {
  if (graph.getNodeAttribute(x, "type") !== "country") return [x];
  const bodies = new Set<string>([x]);
  for (const node of typeIndexes(graph).nodesByCountry.get(x) ?? [])
    if (node !== x && graph.getNodeAttribute(node, "type") === "agency") bodies.add(node);
  const officials: string[] = [];
  for (const node of typeIndexes(graph).nodesByCountry.get(x) ?? []) {
    if (graph.getNodeAttribute(node, "type") !== "person") continue;
    const holdsPost = graph.someOutEdge(
      node,
      (_e, a, _s, target) => (a.type === "leads" || a.type === "member-of") && bodies.has(target) && !isNegatedEdge(a),
    );
    if (holdsPost) officials.push(node);
  }
  return [...bodies, ...officials];
}

function actorPatterns(x: string, rest: TriplePattern[]): Array<{ where: TriplePattern[] }> {
  return [
    { where: [{ s: "?actor", p: "type", o: "agency" }, { s: "?actor", p: "country", o: x }, ...rest] },
    {
      where: [
        { s: "?actor", p: "type", o: "person" },
        { s: "?actor", p: "country", o: x },
        { s: "?actor", p: "leads", o: "?body" },
        ...rest,
      ],
    },
  ];
}

/**
 * actor -rel-> ?measure -restricts-> ?commodity for every actor of X, answering the commodities (or the
 * measure itself when it restricts nothing recorded); `via` names the actor (when not X) and the measure.
 */
function liftAnswers(graph: KgGraph, actors: string[], rel: EdgeType, answers: Answers): void {
  const subject = actors[0];
  for (const actor of actors) {
    const by = actor === subject ? [] : [actor];
    for (const { edge, target } of outEdgesOfType(graph, actor, rel)) {
      const restricted = outEdgesOfType(graph, target, "restricts");
      if (restricted.length === 0) answers.add(target, rel, by, [edge]);
      for (const r of restricted) answers.add(r.target, "restricts", [...by, target], [edge, r.edge]);
    }
  }
}

/** A path as a pattern: inner nodes become variables, each triple oriented as its edge is. */
function connectionPattern(nodes: string[], edges: Array<{ source: string; type: EdgeType }>): TriplePattern[] {
  const term = (i: number): string => (i === 0 || i === nodes.length - 1 ? nodes[i]! : `?n${i}`);
  return edges.map((e, i) =>
    e.source === nodes[i] ? { s: term(i), p: e.type, o: term(i + 1) } : { s: term(i + 1), p: e.type, o: term(i) },
  );
}

/** Answers a plain-English question from the graph; see ASK_FORMS for what it understands. */
export function ask(graph: KgGraph, question: string): AskResult {
  if (typeof question !== "string" || question.trim() === "")
    throw new InvalidInputError(`query/ask: the question is empty; ask one of: ${supportedFormsMessage()}`);
  if (question.length > ASK_MAX_QUESTION_CHARS)
    throw new InvalidInputError(`query/ask: questions are limited to ${ASK_MAX_QUESTION_CHARS} characters`);
  const parsed = parseQuestion(question);
  if (!parsed)
    throw new InvalidInputError(`query/ask: cannot parse "${question.trim()}"; ask one of: ${supportedFormsMessage()}`);

  const answers = new Answers(graph);
  const result = (
    subject: string,
    where: TriplePattern[],
    note?: string,
    object?: string,
    alsoPatterns?: Array<{ where: TriplePattern[] }>,
  ): AskResult => ({
    question: question.trim(),
    form: parsed.form,
    subject: nodeRef(graph, subject),
    ...(object ? { object: nodeRef(graph, object) } : {}),
    pattern: { where },
    ...(alsoPatterns ? { alsoPatterns } : {}),
    ...(note ? { note } : {}),
    answers: answers.list(),
  });

  switch (parsed.form) {
    case "offers-to-lift":
    case "demands-lift":
    case "lifts": {
      const rel = parsed.form;
      const s = resolveName(graph, parsed.x, ACTORS, hasOut(graph, rel)).key;
      const actors = actorsOf(graph, s);
      liftAnswers(graph, actors, rel, answers);
      const rest: TriplePattern[] = [
        { s: "?actor", p: rel, o: "?measure" },
        { s: "?measure", p: "restricts", o: "?commodity" },
      ];
      return result(
        s,
        [
          { s, p: rel, o: "?measure" },
          { s: "?measure", p: "restricts", o: "?commodity" },
        ],
        "answers are the ?commodity values, each via its ?measure; a measure that restricts nothing recorded is answered itself" +
          (actors.length > 1
            ? `; for a country, what its government bodies and officials (people leading or in them) ${rel.replace(/-/g, " ")} is included, via the actor`
            : ""),
        undefined,
        actors.length > 1 ? actorPatterns(s, rest) : undefined,
      );
    }
    case "restricts": {
      const s = resolveName(
        graph,
        parsed.x,
        [...ACTORS, "measure"],
        (k) => hasOut(graph, "restricts")(k) || hasOut(graph, "imposes")(k),
      ).key;
      const actors = actorsOf(graph, s);
      for (const actor of actors) {
        const by = actor === s ? [] : [actor];
        for (const { edge, target } of outEdgesOfType(graph, actor, "restricts"))
          answers.add(target, "restricts", by, [edge]);
        for (const { edge, target } of outEdgesOfType(graph, actor, "imposes"))
          for (const r of outEdgesOfType(graph, target, "restricts"))
            answers.add(r.target, "restricts", [...by, target], [edge, r.edge]);
      }
      const rest: TriplePattern[] = [
        { s: "?actor", p: "imposes", o: "?measure" },
        { s: "?measure", p: "restricts", o: "?commodity" },
      ];
      return result(
        s,
        [
          { s, p: "imposes", o: "?measure" },
          { s: "?measure", p: "restricts", o: "?commodity" },
        ],
        `answers are the ?commodity values, plus whatever ${s} restricts directly ({s: "${s}", p: "restricts", o: "?commodity"})` +
          (actors.length > 1 ? "; for a country, its government bodies' and officials' measures too" : ""),
        undefined,
        actors.length > 1 ? actorPatterns(s, rest) : undefined,
      );
    }
    case "imposes": {
      const s = resolveName(graph, parsed.x, ACTORS, hasOut(graph, "imposes")).key;
      const actors = actorsOf(graph, s);
      for (const actor of actors)
        for (const { edge, target } of outEdgesOfType(graph, actor, "imposes"))
          answers.add(target, "imposes", actor === s ? [] : [actor], [edge]);
      return result(
        s,
        [{ s, p: "imposes", o: "?measure" }],
        actors.length > 1
          ? "for a country, measures its government bodies and officials impose are included, via the actor"
          : undefined,
        undefined,
        actors.length > 1 ? actorPatterns(s, [{ s: "?actor", p: "imposes", o: "?measure" }]) : undefined,
      );
    }
    case "who-restricts": {
      const y = resolveName(graph, parsed.x, ["commodity"], hasIn(graph, "restricts")).key;
      for (const { edge, source } of inEdgesOfType(graph, y, "restricts")) {
        const imposers = inEdgesOfType(graph, source, "imposes");
        if (imposers.length === 0) answers.add(source, "restricts", [], [edge]);
        for (const i of imposers) answers.add(i.source, "imposes", [source], [i.edge, edge]);
      }
      return result(
        y,
        [
          { s: "?measure", p: "restricts", o: y },
          { s: "?actor", p: "imposes", o: "?measure" },
        ],
        "answers are the ?actor values via their ?measure; a restricting node nobody is recorded as imposing is answered itself",
      );
    }
    case "who-leads": {
      const words = tokens(parsed.x);
      const x = words.some((w) => GROUP_WORDS.has(w))
        ? resolveGroup(graph, parsed.x)
        : resolveName(graph, parsed.x, ["agency", "organization", "country", "event"], hasIn(graph, "leads")).key;
      for (const { edge, source } of inEdgesOfType(graph, x, "leads")) answers.add(source, "leads", [], [edge]);
      return result(x, [{ s: "?person", p: "leads", o: x }]);
    }
    case "members": {
      const x = resolveGroup(graph, parsed.x);
      for (const { edge, source } of inEdgesOfType(graph, x, "leads")) answers.add(source, "leads", [], [edge]);
      for (const { edge, source } of inEdgesOfType(graph, x, "member-of")) answers.add(source, "member-of", [], [edge]);
      return result(x, [{ s: "?person", p: "member-of", o: x }], "leaders are included too", undefined, [
        { where: [{ s: "?person", p: "leads", o: x }] },
      ]);
    }
    case "who-is": {
      const y = resolveName(graph, parsed.x, undefined).key;
      // The answer is the node itself; its memberships and leadership say who it is.
      const edges: string[] = [];
      const via: string[] = [];
      graph.forEachOutEdge(y, (edge, a, _s, target) => {
        if ((a.type === "leads" || a.type === "member-of") && !isNegatedEdge(a)) {
          edges.push(edge);
          via.push(target);
        }
      });
      answers.add(y, "self", via, edges);
      answers.describe(y);
      return result(
        y,
        [{ s: y, p: "?relation", o: "?other" }],
        "the answer is the node itself, via the bodies it leads or belongs to",
      );
    }
    case "connection": {
      const x = resolveName(graph, parsed.x, undefined).key;
      const y = resolveName(graph, parsed.y ?? "", undefined).key;
      const found = paths(graph, x, y, { maxLength: 4, limit: 10 });
      // One answer per path: merging them would turn several routes into one meaningless chain.
      found.paths.forEach((p, i) =>
        answers.add(
          y,
          "path",
          p.nodes.slice(1, -1).map((n) => n.key),
          p.edges.map((e) => e.key),
          `path-${i}`,
        ),
      );
      return result(
        x,
        connectionPattern(found.paths[0]?.nodes.map((n) => n.key) ?? [], found.paths[0]?.edges ?? []),
        "shortest paths, edges followed in either direction (GET /api/paths gives each path separately)",
        y,
      );
    }
  }
}
