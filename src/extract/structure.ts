// Sentence structure over wink's parts of speech: noun-phrase and verb-group chunks, the clauses
// they sit in (main, relative, participial, subordinate, quoted), and which noun phrase is a verb
// group's subject. Rules ask "who is the subject of this verb" of the structure rather than of a
// token window, so an actor inside an embedded clause ("The government, infuriated by Washington's
// refusal, imposed ...", "the decree, which Brussels criticised, bans ...") is not taken for the
// subject of the main verb, and a participial clause (", requiring licences for ...") or a relative
// clause ("the ministry, which banned ...") gets the subject it shares with its host.
//
// A shallow parse in the manner of a chunker (Abney's; NLTK's RegexpParser): a small set of
// part-of-speech patterns, no parser model, linear in the sentence.

import type { Token } from "../model/types.ts";
import { MONTH_NAMES, POSSESSIVE_PRONOUNS, TIME_UNITS, WEEKDAYS } from "../text/words.ts";

export type ChunkKind = "NP" | "VG";
export interface Chunk {
  kind: ChunkKind;
  from: number;
  to: number;
  /** Token index of the head: a noun phrase's last noun, a verb group's main verb. */
  head: number;
}

/** Prepositions that open a sentence with a gerund clause: "By raising tariffs, ...". */
const FRONTING_PREPS = new Set(["by", "after", "before", "while", "through", "in", "on", "upon", "since"]);

export type ClauseKind = "main" | "relative" | "participial" | "subordinate" | "quote" | "parenthetical";
export interface Clause {
  kind: ClauseKind;
  from: number;
  to: number;
  /** The clause that contains it; undefined for the main clause. */
  parent?: number;
  /** For a relative clause, the noun phrase it qualifies (its antecedent). */
  antecedent?: Chunk;
}

export interface Structure {
  chunks: readonly Chunk[];
  clauses: readonly Clause[];
  /** The innermost clause that contains token `i`. */
  clauseAt(i: number): number;
  /** The chunk that contains token `i`. */
  chunkAt(i: number): Chunk | undefined;
  /**
   * The subject of the verb group at token `v`: the nearest noun phrase before it in the same clause
   * that is not a preposition's object; for a relative clause opened by "which/who/that", its
   * antecedent; for a participial clause, the subject of the clause it hangs on.
   */
  subjectOf(v: number): Chunk | undefined;
  /**
   * Where the noun phrase that ends with chunk `c` starts once its coordination and "of" complements
   * are taken in: "Imports of chicken, wheat and cotton" from "cotton".
   */
  phraseStart(c: Chunk): number;
}

/** Nouns of deciding or acting whose "of" complement does what the infinitive after them says. */
const ACT_NOUNS = new Set(["decision", "move", "plan", "attempt", "bid", "effort", "intention", "proposal", "threat", "order", "refusal", "pledge", "promise", "offer", "call", "request"]);
const POSSESSIVE = new Set(["'s", "’s", "'"]);
const RELATIVE_PRONOUNS = new Set(["which", "who", "whom", "whose", "that"]);
const SUBORDINATORS = new Set(["if", "because", "after", "before", "while", "when", "although", "though", "since", "unless", "whereas", "once", "as"]);
const QUOTES = new Set(['"', "“", "”", "«", "»"]);
const NP_INNER = new Set(["DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON"]);
const NP_HEAD = new Set(["NOUN", "PROPN", "PRON", "NUM"]);

function isVerb(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === "VERB" || t.pos === "AUX");
}

/** A participle that can open a clause without a subject: "requiring", "infuriated", "led". */
function isParticiple(t: Token | undefined): boolean {
  return t !== undefined && t.pos === "VERB" && /(?:ing|ed|en)$/.test(t.normal);
}

/**
 * Parts of speech as the chunker reads them: a past participle with its agent ("infuriated by") is a
 * verb even where the tagger says adjective, and the word after a relative pronoun that is not a
 * name, determiner or pronoun is the clause's verb ("which bans", tagged as a plural noun).
 */
function chunkTags(toks: readonly Token[]): Token[] {
  return toks.map((t, i) => {
    const next = toks[i + 1]?.normal;
    if ((t.pos === "ADJ" || t.pos === "NOUN") && /(?:ed|en)$/.test(t.normal) && next === "by") return { ...t, pos: "VERB" };
    const prev = toks[i - 1]?.normal ?? "";
    // "had suddenly formalized", 'had "formalized': a participle after "have" is the verb of a perfect
    if (t.pos === "ADJ" && /ed$/.test(t.normal)) {
      let p = i - 1;
      while (p >= 0 && (toks[p]?.pos === "ADV" || QUOTES.has(toks[p]?.text ?? ""))) p--;
      if (["have", "has", "had", "having"].includes(toks[p]?.normal ?? "")) return { ...t, pos: "VERB" };
    }
    // "imports of frozen shrimp", "the washed bauxite": a participle before a noun modifies it
    // ("other related products", "its proposed tariffs": after an adjective or determiner too)
    const prevTag = toks[i - 1]?.pos;
    if (t.pos === "VERB" && /(?:ed|en)$/.test(t.normal) && toks[i + 1]?.pos === "NOUN" && (["of", "the", "a", "an", "on"].includes(prev) || prevTag === "ADJ" || prevTag === "DET" || (prevTag === "PRON" && POSSESSIVE_PRONOUNS.has(prev)))) return { ...t, pos: "ADJ" };
    if (t.pos === "NOUN" && (prev === "which" || prev === "who") && /s$/.test(t.normal) && toks[i + 1]?.pos !== "VERB") return { ...t, pos: "VERB" };
    return t;
  });
}

/** Chunks: maximal noun phrases and verb groups, over the tokens as chunkTags reads them. */
function chunk(toks: readonly Token[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i] as Token;
    const relativePronoun = (t.pos === "PRON" || t.pos === "DET") && RELATIVE_PRONOUNS.has(t.normal) && t.normal !== "that";
    if (!relativePronoun && (NP_INNER.has(t.pos) || (t.text === "'s" && i > 0) || t.text === "’s")) {
      let j = i;
      let head = -1;
      while (j < toks.length) {
        const u = toks[j] as Token;
        const inner = NP_INNER.has(u.pos) || u.text === "'s" || u.text === "’s" || ((u.text === "-" || u.text === "%") && j > i);
        if (!inner) break;
        // "the ministry that ...", "China which ...": a relative pronoun is not part of the phrase
        if (j > i && u.pos === "PRON" && RELATIVE_PRONOUNS.has(u.normal)) break;
        if (j > i && u.pos === "DET" && u.normal === "that") break;
        if (NP_HEAD.has(u.pos)) head = j;
        j++;
      }
      if (head >= 0) {
        out.push({ kind: "NP", from: i, to: head + 1, head });
        i = head + 1;
        continue;
      }
      i = Math.max(j, i + 1);
      continue;
    }
    if (isVerb(t) || (t.pos === "PART" && t.normal === "to" && isVerb(toks[i + 1]))) {
      let j = i;
      let head = -1;
      while (j < toks.length) {
        const u = toks[j] as Token;
        const part = isVerb(u) || u.pos === "ADV" || (u.pos === "PART" && (u.normal === "not" || u.normal === "n't" || u.normal === "to"));
        if (!part) break;
        if (u.pos === "VERB" || (u.pos === "AUX" && head < 0)) head = j;
        j++;
      }
      if (head >= 0) out.push({ kind: "VG", from: i, to: j, head });
      i = Math.max(j, i + 1);
      continue;
    }
    i++;
  }
  return out;
}

/** Where the clause opened at `from` ends: at the next comma, semicolon, dash or quote, or the end. */
function clauseEnd(toks: readonly Token[], from: number, stopAtComma: boolean): number {
  for (let j = from + 1; j < toks.length; j++) {
    const n = toks[j]?.normal ?? "";
    if ((stopAtComma && n === ",") || n === ";" || n === "—" || n === "–" || n === ":" || n === "(" || QUOTES.has(toks[j]?.text ?? "")) return j;
  }
  return toks.length;
}

/**
 * Words set apart from the sentence around them: brackets ("(Mar. 23)", "(DGFT)") and dash asides
 * ("India — Canada's largest pulse market — implemented tariffs": an em dash, or an en dash or hyphen
 * with space on both sides; a hyphen inside a word joins it). Spans [from, to) include the marks.
 */
export function asideSpans(toks: readonly Token[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]?.text !== "(") continue;
    let j = i + 1;
    while (j < toks.length && toks[j]?.text !== ")" && j - i < 40) j++;
    if (toks[j]?.text === ")") out.push({ from: i, to: j + 1 });
    i = j;
  }
  const dash = (k: number): boolean => {
    const d = toks[k];
    if (!d || !["—", "–", "-"].includes(d.text)) return false;
    return d.text === "—" || (d.start > (toks[k - 1]?.end ?? d.start) && (toks[k + 1]?.start ?? d.end) > d.end);
  };
  for (let i = 1; i < toks.length; i++) {
    if (!dash(i)) continue;
    let j = i + 1;
    while (j < toks.length && j - i < 40 && !dash(j)) j++;
    if (j < toks.length && dash(j) && j - i > 1) out.push({ from: i, to: j + 1 });
    i = j;
  }
  return out;
}

export function analyse(tokens: readonly Token[]): Structure {
  const toks = chunkTags(tokens);
  const chunks = chunk(toks);
  const chunkOf: (Chunk | undefined)[] = new Array<Chunk | undefined>(toks.length).fill(undefined);
  for (const c of chunks) for (let i = c.from; i < c.to; i++) chunkOf[i] = c;
  const clauses: Clause[] = [{ kind: "main", from: 0, to: toks.length }];

  // quoted speech
  for (let i = 0; i < toks.length; i++) {
    if (!QUOTES.has(toks[i]?.text ?? "")) continue;
    let j = i + 1;
    while (j < toks.length && !QUOTES.has(toks[j]?.text ?? "")) j++;
    if (j < toks.length && j - i > 2) clauses.push({ kind: "quote", from: i + 1, to: j });
    i = j;
  }
  for (const a of asideSpans(toks)) clauses.push({ kind: "parenthetical", ...a });
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    const prev = toks[i - 1];
    // "the decree, which bans ...", "officials who ...": a relative clause after its antecedent
    // ("that" only straight after its noun and before a verb: "the rules that require ...", not
    // "said that China would ...")
    const relative = t.normal === "that" ? chunkOf[i - 1]?.kind === "NP" && isVerb(toks[i + 1]) : RELATIVE_PRONOUNS.has(t.normal);
    if (relative) {
      let a = i - 1;
      if (prev?.text === ",") a--;
      let antecedent = chunkOf[a];
      // ", which" after "N1 of N2" qualifies the whole phrase, N1 ("its invasion of Ukraine, which
      // expands its ban": the invasion, not Ukraine)
      if (prev?.text === "," && t.normal === "which" && antecedent?.kind === "NP" && toks[antecedent.from - 1]?.normal === "of") {
        const head = chunkOf[antecedent.from - 2];
        if (head?.kind === "NP") antecedent = head;
      }
      if (antecedent?.kind === "NP") {
        // with a comma it runs to the next comma; without, to the verb group after its own
        // ("Officials who met in Geneva said ...": "said" is the main clause's)
        let end = prev?.text === "," ? clauseEnd(toks, i, true) : restrictiveEnd(toks, chunkOf, i);
        // (past an insertion set off by commas right after the pronoun: "which, in turn, will remove")
        if (prev?.text === "," && toks[i + 1]?.text === ",") {
          let j = i + 2;
          while (j < toks.length && j - i <= 6 && toks[j]?.text !== ",") j++;
          if (toks[j]?.text === "," && j - i > 2) {
            clauses.push({ kind: "parenthetical", from: i + 1, to: j + 1 });
            end = clauseEnd(toks, j + 1, true);
          }
        }
        clauses.push({ kind: "relative", from: i, to: end, antecedent });
        continue;
      }
    }
    // ", requiring licences for ...", "the government, infuriated by ..., imposed": a participle
    // after a comma opens a clause that borrows its subject
    // (a past participle only when no object follows it: ", imposed in April," but not ", banned
    // exports of gallium", the main verb after an apposition)
    const passive = /ing$/.test(t.normal) || ["ADP", "ADV", "PUNCT"].includes(toks[i + 1]?.pos ?? "PUNCT");
    if (prev?.text === "," && isParticiple(t) && passive && !chunkOf[i - 2]?.kind?.startsWith("V")) {
      clauses.push({ kind: "participial", from: i, to: clauseEnd(toks, i, true) });
      continue;
    }
    // "The Indian Government infuriated by Washington's refusal ...": a past participle right after
    // the subject with its agent ("by") is a reduced relative, up to the next verb group that is not
    // an infinitive
    if (isParticiple(t) && t.normal.endsWith("ed") && toks[i + 1]?.normal === "by" && chunkOf[i - 1]?.kind === "NP") {
      let j = i + 2;
      while (j < toks.length) {
        const c = chunkOf[j];
        if (c?.kind === "VG" && toks[c.from]?.normal !== "to" && !(toks[c.from - 1]?.normal === "to")) break;
        if (toks[j]?.text === "," || toks[j]?.text === ";") break;
        j++;
      }
      clauses.push({ kind: "participial", from: i, to: j });
      continue;
    }
    // "By raising tariffs on X, Turkey aims ...": a gerund after a preposition that opens the sentence
    // is a clause whose subject is the main clause's
    if (i <= 1 && FRONTING_PREPS.has(t.normal) && /ing$/.test(toks[i + 1]?.normal ?? "") && isVerb(toks[i + 1] as Token)) {
      clauses.push({ kind: "participial", from: i + 1, to: clauseEnd(toks, i + 1, true) });
      continue;
    }
    if (SUBORDINATORS.has(t.normal) && (t.pos === "SCONJ" || t.pos === "ADP") && (i === 0 || prev?.text === "," || isClauseStartAfter(chunkOf, i))) {
      clauses.push({ kind: "subordinate", from: i, to: clauseEnd(toks, i, true) });
    }
  }
  // parents: the smallest clause that strictly contains each one
  clauses.forEach((c, k) => {
    if (k === 0) return;
    let best: number | undefined;
    clauses.forEach((o, q) => {
      if (q === k || o.from > c.from || o.to < c.to || (o.from === c.from && o.to === c.to && q > k)) return;
      if (best === undefined || o.to - o.from < (clauses[best] as Clause).to - (clauses[best] as Clause).from) best = q;
    });
    c.parent = best ?? 0;
  });

  const clauseAt = (i: number): number => {
    let best = 0;
    clauses.forEach((c, k) => {
      if (i >= c.from && i < c.to && c.to - c.from <= (clauses[best] as Clause).to - (clauses[best] as Clause).from) best = k;
    });
    return best;
  };

  const prepObject = (c: Chunk, floor: number, depth: number): boolean => {
    const p = toks[c.from - 1];
    if (!p || c.from - 1 < floor) return false;
    if (p.pos === "ADP" && !SUBORDINATORS.has(p.normal)) return true;
    if (depth >= 4 || !["and", "or", "("].includes(p.normal)) return false;
    // (a conjunct with its own determiner coordinates at the level above: "the Ministry of Commerce
    // and the General Administration of Customs announced")
    if (p.normal !== "(" && toks[c.from]?.pos === "DET") return false;
    const prev = chunkOf[c.from - 2];
    return prev?.kind === "NP" && prepObject(prev, floor, depth + 1);
  };

  const subjectIn = (clauseIndex: number, before: number): Chunk | undefined => {
    const clause = clauses[clauseIndex] as Clause;
    for (let k = before - 1; k >= clause.from; k--) {
      const c = chunkOf[k];
      if (!c || c.kind !== "NP") continue;
      if (clauseAt(c.head) !== clauseIndex) {
        k = c.from;
        continue;
      }
      // "last month", "this week", "Tuesday": a time, not a subject
      if (isTimePhrase(toks, c)) {
        k = c.from;
        continue;
      }
      // a preposition's object is no subject ("on Friday", "from the new tariffs"), nor is what is
      // coordinated with one or glossed after it ("through the Minister of Energy and Mineral
      // Resources (ESDM)")
      if (prepObject(c, clause.from, 0)) {
        k = c.from;
        continue;
      }
      // "Washington's refusal": the owner of a possessive is not the phrase's head
      return c;
    }
    return undefined;
  };

  const subjectOf = (v: number, depth = 0): Chunk | undefined => {
    let k = clauseAt(v);
    let at = chunkOf[v]?.from ?? v;
    // a verb phrase coordinated with an earlier one shares its subject ("authorities have rejected
    // imports and had formalized bans"); a quote mark may stand between
    let c = at - 1;
    if (QUOTES.has(toks[c]?.text ?? "")) c--;
    if (depth < 3 && ["and", "or", "but"].includes(toks[c]?.normal ?? "") && !NP_HEAD.has(toks[c + 1]?.pos ?? "")) {
      const first = [...chunks].reverse().find((x) => x.kind === "VG" && x.to <= c && clauseAt(x.head) === clauseAt(c));
      if (first) return subjectOf(first.head, depth + 1);
    }
    // an infinitive's subject is the object of the verb that governs it ("Canada calls on the United
    // States to cease imposing ...", "urged Beijing to lift ..."), else that verb's subject
    if (toks[at]?.normal === "to") {
      // (past a bracket: "the decision of China's Ministry of Commerce (MOFCOM) to impose")
      let b = at - 1;
      if (toks[b]?.text === ")") while (b > 0 && toks[b]?.text !== "(") b--;
      if (toks[b]?.text === "(") b--;
      const before = chunkOf[b];
      const governor = before?.kind === "NP" ? (chunkOf[before.from - 1] ?? chunkOf[before.from - 2]) : undefined;
      const actNoun = before?.kind === "NP" && ACT_NOUNS.has(toks[before.head]?.normal ?? "");
      if (actNoun && before) {
        // "Beijing's move to ban": the owner acts
        const owner = before.from + toks.slice(before.from, before.head).findIndex((t) => POSSESSIVE.has(t.normal));
        if (owner > before.from) return { kind: "NP", from: before.from, to: owner, head: owner - 1 };
        // "the government made the decision to extend", "Ottawa announced its plan to lift": the
        // governing verb's subject acts (an owner pronoun stands for it)
        if (owner < before.from && governor?.kind === "VG" && clauseAt(governor.head) === k) at = governor.from;
      } else if (before?.kind === "NP" && governor?.kind === "VG" && clauseAt(governor.head) === k) return before;
      // "the decision of X to impose": the noun's agent acts
      if (before?.kind === "NP") {
        const first = chunkOf[phraseStart(before)];
        if (first && ACT_NOUNS.has(toks[first.head]?.normal ?? "") && toks[first.to]?.normal === "of") {
          const agent = chunkOf[first.to + 1];
          if (agent?.kind === "NP") return agent;
        }
      }
    }
    for (let hops = 0; hops < 4; hops++) {
      const clause = clauses[k] as Clause;
      if (clause.kind === "relative") {
        // "which bans": the pronoun is the subject, standing for the antecedent
        if (chunkOf[clause.from + 1]?.kind === "VG" && clause.from + 1 <= at) return clause.antecedent;
        const own = subjectIn(k, at);
        return own ?? clause.antecedent;
      }
      const own = subjectIn(k, at);
      if (own) return own;
      // a quotation that opens inside a clause ('and had "suddenly formalized complete import bans')
      // quotes words of the sentence's own clause, whose subject is before it
      const opener = toks[clause.from - 2];
      if (clause.kind === "quote" && clause.parent !== undefined && opener && (isVerb(opener) || opener.pos === "ADV" || opener.pos === "PART")) {
        // (the verb before the quote mark is this one's auxiliary: its subject is this one's)
        if (isVerb(opener) && depth < 3) return subjectOf(clause.from - 2, depth + 1);
        at = clause.from - 1;
        k = clause.parent;
        continue;
      }
      // a passive participle (", imposed in April,") has no subject of its own to borrow
      if (clause.kind !== "participial" || clause.parent === undefined || !/ing$/.test(toks[clause.from]?.normal ?? "")) return undefined;
      // the participle borrows the subject of its host clause's verb ("The ministry published new
      // rules on Friday, requiring ...": the ministry requires)
      const host = clause.parent;
      const hostVerb = [...chunks].reverse().find((c) => c.kind === "VG" && c.to <= clause.from && clauseAt(c.head) === host);
      if (hostVerb) {
        k = host;
        at = hostVerb.from;
        continue;
      }
      // a fronted clause ("By raising tariffs ..., Turkey aims"): the host's verb after it
      const laterVerb = chunks.find((c) => c.kind === "VG" && c.from >= clause.to && clauseAt(c.head) === host);
      if (laterVerb && clause.from <= 2) {
        k = host;
        at = laterVerb.from;
        continue;
      }
      at = clause.from;
      k = host;
    }
    return undefined;
  };

  const phraseStart = (c: Chunk): number => {
    let from = c.from;
    for (;;) {
      let j = from - 1;
      const glue = toks[j]?.normal ?? "";
      if (glue === "of" || glue === ",") j--;
      else if (glue === "and" || glue === "or") {
        j--;
        if (toks[j]?.normal === ",") j--;
      } else return from;
      const prev = chunkOf[j];
      if (!prev || prev.kind !== "NP" || prev.to !== j + 1 || clauseAt(prev.head) !== clauseAt(c.head)) return from;
      from = prev.from;
    }
  };

  return { chunks, clauses, clauseAt, chunkAt: (i) => chunkOf[i], subjectOf, phraseStart };
}

/** A noun phrase that names a time: "last month", "this week", "Tuesday", "earlier this year". */
function isTimePhrase(toks: readonly Token[], c: Chunk): boolean {
  const head = toks[c.head]?.normal ?? "";
  return TIME_UNITS.has(head) || WEEKDAYS.has(head) || MONTH_NAMES.has(head) || head === "today" || head === "yesterday";
}

/** The end of a relative clause without commas: before the first verb group after its own. */
function restrictiveEnd(toks: readonly Token[], chunkOf: readonly (Chunk | undefined)[], from: number): number {
  let seenVerb = false;
  for (let j = from + 1; j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.text === "," || t.text === ";" || QUOTES.has(t.text)) return j;
    const c = chunkOf[j];
    if (c?.kind !== "VG" || c.from !== j) continue;
    const before = toks[j - 1]?.normal ?? "";
    if (seenVerb && t.normal !== "to" && before !== "to" && before !== "and" && before !== "or") return j;
    seenVerb = true;
  }
  return toks.length;
}

/** A subordinator right after a verb group's object or a comma starts a clause ("... duties if ..."). */
function isClauseStartAfter(chunkOf: readonly (Chunk | undefined)[], i: number): boolean {
  return chunkOf[i - 1]?.kind === "NP" || chunkOf[i - 1]?.kind === "VG";
}
