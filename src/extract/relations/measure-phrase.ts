// Measure phrases and lists of goods: "China's export controls on rare earths", "restrictions
// imposed in April on seven rare earth elements, including dysprosium", "shipments to the U.S. of
// gallium". Parsing reads a bounded window left and right of a measure word; it derives a good for
// an unknown noun phrase with a commodity head ("superhard materials") and nothing else.

import { isPastParticiple } from "../../lexicon/wordnet.ts";
import type { Token } from "../../model/types.ts";
import {
  DEFINITE_DETERMINERS,
  DEMAND_VERBS,
  EXTEND_VERBS,
  FLOW_NOUNS,
  GENERIC_RESTRICTIONS,
  IMPORT_FLOWS,
  IMPOSE_VERBS,
  LIFT_VERBS,
  MEASURE_HEAD_EXTENSIONS,
  MEASURE_PREPS,
  MODALS,
  NEGATORS,
  OFFER_WORDS,
  RESTRICT_VERBS,
} from "../../text/words.ts";
import type { SentenceMention } from "../mentions/types.ts";
import { isPossessiveMark, type SentenceScope } from "./scope.ts";
import type { MeasurePhrase } from "./types.ts";
import { goodBeforeMeasure, parseGoods, type GoodsList } from "./goods-list.ts";

export const KIND_EXPORT = "export-controls";
/** Kinds of measure that say nothing of what they are or of the flow ("the ban", "restrictions"). */
export const GENERIC_KINDS: ReadonlySet<string> = new Set(["trade-measures", "restrictions"]);

export { parseGoods, type GoodsList };

/** What the words before a measure word say: "China's continued export control", "its", "rare earth". */
interface LeftSide {
  from: number;
  kind: string;
  imposer?: SentenceMention;
  imposerPronoun: boolean;
  goods: SentenceMention[];
}

/**
 * "... imports into SA", "the importation of X into Poland", "the ban on imports of apples to the
 * country": the state named after "into" or "to" when the goods are imported.
 */
function importingState(s: SentenceScope, from: number, to: number): SentenceMention | undefined {
  let end = to;
  // (the flow after the goods: "clothing imports into ...")
  if (IMPORT_FLOWS.has(s.norm(end))) end++;
  if (s.norm(end) !== "into" && s.norm(end) !== "to") return undefined;
  const at = s.norm(end + 1) === "the" ? end + 2 : end + 1;
  const m = s.mentionAt(at);
  // (not an owner: "to Malaysia's dismay")
  if (m?.type !== "country" || m.modifier || m.possessive) return undefined;
  for (let q = from; q < end; q++) if (IMPORT_FLOWS.has(s.norm(q))) return m;
  return undefined;
}

/** The measure phrase around a measure word. `lastPerson` is the article's, for "the tariffs he imposed". */
export function parseMeasure(s: SentenceScope, head: SentenceMention, lastPerson?: SentenceMention): MeasurePhrase {
  const left = readLeft(s, head);
  const { kind, kindLabel } = settleKind(s, head, left);
  // (a company or lobby lays no tariff, quota or export control of its own: in "Unica said ... a U.S.
  // move to reduce its import tax on Brazilian sugar", "its" is not Unica's)
  if (left.imposerPronoun && left.imposer?.type === "organization" && STATE_INSTRUMENTS.has(kind)) delete left.imposer;
  return readRight(s, head, { ...left, kind }, kindLabel, lastPerson);
}

/** Kinds of measure only a state (or its agencies) lays. */
const STATE_INSTRUMENTS: ReadonlySet<string> = new Set(["tariffs", "anti-dumping-duties", "countervailing-duties", "safeguards", KIND_EXPORT, "export-taxes", "quotas", "sanctions", "import-licensing"]);

function readLeft(s: SentenceScope, head: SentenceMention): LeftSide {
  const out: LeftSide = { from: head.from, kind: head.measureKind ?? "restrictions", imposerPronoun: false, goods: [] };
  for (let k = head.from - 1; k >= 0 && head.from - k <= s.settings.measureLeftWindow; k--) {
    const t = s.tok(k) as Token;
    const m = s.mentionAt(k);
    const actor = m && (m.type === "country" || m.type === "agency" || m.type === "organization" || (m.type === "person" && m.possessive));
    // "its Australian coal ban": a demonym before the goods is their origin, not the imposer
    const origin = m?.type === "country" && m.modifier === true && !m.possessive && out.goods.some((g) => g.from === m.to);
    if (origin) {
      k = m.from;
      continue;
    }
    if (m && actor && !out.imposer) {
      out.imposer = m;
      out.from = m.from;
      k = m.from;
      continue;
    }
    // "tomato export quotas": a good the lexicon does not know, right before the measure's words
    const unknown = !m && out.goods.length === 0 && (k === head.from - 1 || ["export", "exports", "import", "imports"].includes(s.norm(k + 1))) ? goodBeforeMeasure(s, k) : undefined;
    if (unknown) {
      out.goods.unshift(unknown);
      out.from = k;
      continue;
    }
    if (m && m.type === "commodity") {
      out.goods.unshift(m);
      out.from = m.from;
      k = m.from;
      // "the barley and wine duties": goods coordinated before the measure word
      if ((s.norm(k - 1) === "and" || s.norm(k - 1) === ",") && s.mentionAt(k - 2)?.type === "commodity") k -= 1;
      continue;
    }
    if (t.normal === "its" || t.normal === "their") {
      out.imposerPronoun = true;
      out.from = k;
      continue;
    }
    // "Indonesia's safeguard tariff": a measure word qualifying the head is part of the phrase
    if (m?.type === "measure" && m.to === out.from) {
      out.from = m.from;
      k = m.from;
      continue;
    }
    // 'US "reciprocal" tariffs', "so-called 'Liberation Day' tariffs": quotes around a modifier
    if (isPossessiveMark(t.text) || QUOTES.has(t.text)) continue;
    if (t.normal === "export" || t.normal === "exports") {
      out.kind = KIND_EXPORT;
      out.from = k;
      continue;
    }
    // "Canada's 100 per cent surtax", "a 25% tariff": the rate
    // ("30 to 50 percent import tariffs", "10-25% duties": a range)
    const range = (t.normal === "to" || t.text === "-") && /^\d/.test(s.tok(k - 1)?.text ?? "") && /^\d/.test(s.tok(k + 1)?.text ?? "");
    if (/^\d/.test(t.text) || ["%", "per", "cent", "percent"].includes(t.normal) || range) {
      out.from = k;
      continue;
    }
    // (a word after a possessive is no verb, whatever the tagger says: "Indonesia's safeguard tariff")
    if (isPlainModifier(t) || (t.pos === "VERB" && isPossessiveMark(s.tok(k - 1)?.text) && /^\p{Ll}/u.test(t.text))) {
      if (t.pos !== "DET") out.from = k;
      continue;
    }
    // "China relaxes its export controls": "its" is the subject of the verb that governs the phrase
    if (out.imposerPronoun && !out.imposer && t.pos === "VERB") {
      const subject = s.actorOfVerb(k);
      if (subject) out.imposer = subject;
    }
    break;
  }
  // "The federal government has confirmed that its surtax ...": else "its" stands for the one actor
  // the sentence names before it (not a mere qualifier, "Russian steel"); with none, for the state an
  // earlier main clause had as subject
  if (out.imposerPronoun && !out.imposer && s.norm(out.from) === "its") out.imposer = pronounAntecedent(s, out.from);
  return out;
}

function pronounAntecedent(s: SentenceScope, at: number): SentenceMention | undefined {
  // (an actor of any role, not a mere qualifier: "Russian steel")
  const isActor = (m: SentenceMention): boolean => (m.type === "country" || m.type === "agency" || m.type === "organization") && !(m.modifier && !m.possessive);
  const actors = s.mentions.filter((m) => m.to <= at && isActor(m));
  const keys = new Set(actors.map((m) => m.key));
  // (one actor before it, of whatever role; with several, "its" may be any of them: "filed a case
  // against the United States over its steel tariffs", "a package against Russia, which expands its ban")
  if (keys.size === 1) {
    const m = actors[0] as SentenceMention;
    // (not across a modal: "Israel said it would respond with its own restrictions" is a threat)
    if (s.toks.slice(m.to, at).some((t) => MODALS.has(t.normal))) return undefined;
    return m.type === "country" || m.country ? m : undefined;
  }
  // (none anywhere in the sentence: "In a relaxation of its ban, the ministry ..." names it after)
  const earlier = s.previousSubjectState;
  // (not when the sentence's own subject is something else: "The company hoped it would lift its ban")
  return keys.size === 0 && !s.mentions.some(isActor) && earlier && s.mainSubjectState() !== null ? { ...earlier, from: -1, to: -1 } : undefined;
}

/** A lower-case word that may sit inside a measure phrase: not a verb of lifting, imposing, demanding or offering. */
function isPlainModifier(t: Token): boolean {
  if (!(t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "DET" || t.pos === "NUM" || t.pos === "VERB") || !/^\p{Ll}/u.test(t.text)) return false;
  // a verb inside a measure phrase is a participle ("existing tariffs", "proposed duties"), not the
  // verb that governs it ("would carry higher import taxes")
  if (t.pos === "VERB" && !/(?:ed|en|ing)$/.test(t.normal)) return false;
  return !LIFT_VERBS.has(t.normal) && !RESTRICT_VERBS.has(t.normal) && !IMPOSE_VERBS.has(t.normal) && !DEMAND_VERBS.has(t.normal) && !OFFER_WORDS.has(t.normal);
}

/** "export curbs" are export controls; "curbs" alone say nothing about exports. */
function settleKind(s: SentenceScope, head: SentenceMention, left: LeftSide): { kind: string; kindLabel: string } {
  let kind = left.kind;
  let kindLabel = head.label.toLowerCase();
  if (kind !== KIND_EXPORT && /export/.test(head.text.toLowerCase())) kind = KIND_EXPORT;
  if (kind === KIND_EXPORT && !/export/.test(s.text.slice(s.tok(left.from)?.start ?? 0, head.end).toLowerCase()) && GENERIC_RESTRICTIONS.has(head.text.toLowerCase())) {
    kind = "restrictions";
    kindLabel = "restrictions";
  }
  if (kind === KIND_EXPORT && !/export/.test(kindLabel)) kindLabel = `export ${kindLabel}`;
  return { kind, kindLabel };
}

/** Right of the measure word: "imposed in April on X", "from the U.S.", "by Tokyo", "on X, Y and Z". */
function readRight(s: SentenceScope, head: SentenceMention, left: LeftSide, kindLabel: string, lastPerson?: SentenceMention): MeasurePhrase {
  const { from, kind, imposerPronoun, goods } = left;
  let imposer = left.imposer;
  const phrase = (to: number, excluded: SentenceMention[] = []): MeasurePhrase => ({ from, to, kind, kindLabel, imposer, imposerPronoun, goods, excluded, head });
  let k = head.to;
  // "export control measures", "tariff rates": nouns that extend the head
  while (MEASURE_HEAD_EXTENSIONS.has(s.norm(k))) k++;
  // (a measure named in quotation marks: 'imposed "temporary restrictions" on gasoline')
  if (QUOTES.has(s.tok(k)?.text ?? "") && (s.tok(k)?.start ?? 0) === (s.tok(k - 1)?.end ?? -1)) k++;
  let to = k;
  // "some new export curbs, not longstanding ones such as for advanced AI chips"
  if (s.norm(k) === "," && NEGATORS.has(s.norm(k + 1))) {
    const list = parseGoods(s, k);
    if (list.excluded.length > 0) return phrase(list.to, list.excluded);
  }
  for (let steps = 0; steps < s.settings.measureRightSteps && k < s.length; steps++) {
    const n = s.norm(k);
    // "tariffs of up to 15% on ...", "a duty of 25 percent on ...": the rate, then the goods; and a
    // rate it was raised or cut to ("raised the customs duty to 200 per cent on all goods ...")
    const rate = n === "of" || (n === "to" && /^\d/.test(s.norm(k + 1))) ? rateAfter(s, k + 1) : 0;
    if (rate > 0) {
      k += 1 + rate;
      continue;
    }
    const agentAt = n === "from" || n === "by" ? (s.isAgent(s.mentionAt(k + 1)) ? k + 1 : s.norm(k + 1) === "the" && s.isAgent(s.mentionAt(k + 2)) ? k + 2 : -1) : -1;
    if (agentAt >= 0) {
      const m = s.mentionAt(agentAt) as SentenceMention;
      if (!imposer) imposer = m;
      k = m.to;
      to = k;
      continue;
    }
    // "measures related to rare earths" name goods; "the tariff related to fentanyl" names a reason
    if (["related", "relating", "linked"].includes(n) && s.norm(k + 1) === "to") {
      if (kind === KIND_EXPORT) {
        k++;
        continue;
      }
      const reason = s.mentionAt(k + 2);
      k = reason ? reason.to : k + 3;
      continue;
    }
    // "controls on X", and after "extended ... controls" or "related", "to X"
    const extended =
      n === "to" &&
      (s.toks.slice(Math.max(0, from - s.settings.extendVerbWindow), from).some((t) => EXTEND_VERBS.has(t.normal)) ||
        (["related", "relating", "linked", "applying"].includes(s.norm(k - 1)) && kind === KIND_EXPORT));
    // "the ban to export petroleum, diesel fuel ..." (non-native English for a ban on exporting them):
    // a ban's goods after "to" and a verb of trade; not a licence's or permit's, which allow the trade
    const toTrade = n === "to" && k === to && TRADE_VERBS_AFTER_BAN.has(s.norm(k + 1)) && BAN_HEADS.has(s.norm(head.to - 1));
    if (toTrade) {
      const list = parseGoods(s, k + 2);
      if (list.goods.length > 0) {
        goods.push(...list.goods);
        const exporting = /^export/.test(s.norm(k + 1));
        const flowKind = GENERIC_KINDS.has(kind) ? (exporting ? KIND_EXPORT : "import-bans") : kind;
        const flowLabel = flowKind === kind ? kindLabel : exporting ? `export ${kindLabel}` : `import ${kindLabel}`;
        return { ...phrase(list.to, list.excluded), kind: flowKind, kindLabel: flowLabel };
      }
    }
    if ((MEASURE_PREPS.has(n) || extended) && k > head.to - 1) {
      const list = parseGoods(s, k + 1);
      if (list.goods.length > 0 || list.excluded.length > 0) {
        goods.push(...list.goods);
        // "quotas on Chinese clothing imports into SA": the state goods are imported into limits them
        if (!imposer) imposer = importingState(s, k + 1, list.to);
        return phrase(list.to, list.excluded);
      }
      if (n !== "on" && n !== "for") break;
    }
    // "the tariffs (that) it slapped on ...", "the curbs Beijing imposed on ..."
    const relSubject = ["it", "they", "that", "which", "he", "she"].includes(n) || s.isAgent(s.mentionAt(k));
    const reach = Array.from({ length: s.settings.relativeVerbReach }, (_, d) => d + 1);
    const verbAt = relSubject ? reach.find((d) => IMPOSE_VERBS.has(s.norm(k + d))) : undefined;
    // (not a negated one: "the duties it will not impose on ...")
    if (verbAt !== undefined && s.toks.slice(k, k + verbAt).some((t) => NEGATORS.has(t.normal))) break;
    if (verbAt !== undefined) {
      const subj = s.mentionAt(k);
      if (!imposer && s.isAgent(subj)) imposer = subj;
      // "the tariffs he imposes": the person the sentence, or else the article, named last
      if (!imposer && (n === "he" || n === "she")) imposer = s.lastPersonBefore(k) ?? lastPerson;
      // (on to the verb, past its auxiliaries: "the final duties it will impose on ...")
      const verb = k + verbAt;
      k = subj ? Math.max(subj.to, verb) : verb;
      continue;
    }
    if (IMPOSE_VERBS.has(n) || PHRASE_INTERIOR.has(n) || s.tok(k)?.pos === "NUM" || (s.tok(k)?.pos === "PROPN" && !s.mentionAt(k))) {
      k++;
      continue;
    }
    break;
  }
  return phrase(to);
}

/** Verbs of trade after "a ban to": "the ban to export petroleum". */
const TRADE_VERBS_AFTER_BAN = new Set(["export", "import", "sell", "ship"]);
/** Measure words that forbid, for "the ban to export ...": not "licence" or "permit", which allow. */
const BAN_HEADS = new Set(["ban", "bans", "prohibition", "prohibitions", "embargo", "restriction", "restrictions"]);

/** Quotation marks, straight and curly. */
export const QUOTES: ReadonlySet<string> = new Set(['"', "“", "”", "‘", "’", "'"]);

/** Words that may sit between a measure and its goods: "imposed in April last year on ...". */
const PHRASE_INTERIOR = new Set(["in", "since", "last", "earlier", "this", "april", "may", "march", "recently", "previously", "year", "month", "week", "had", "has", "have"]);

/** A measure with no goods of its own, lifted, lifts the goods it refers back to ("will replace the current duties"). */
export function withReferredGoods(o: MeasurePhrase): MeasurePhrase {
  return o.goods.length === 0 && o.referred ? { ...o, goods: o.referred } : o;
}

/** A measure named as one already known: "the duties", "these curbs", "such tariffs". */
export function isDefiniteMeasure(s: SentenceScope, m: MeasurePhrase): boolean {
  return DEFINITE_DETERMINERS.has(s.norm(m.from - 1)) || ["the", "these", "those"].includes(s.norm(m.from));
}

/** Measure phrases that are the object of a verb at `i`, coordinated ("curbs on X, restrictions on Y"). */
export function measuresAfter(s: SentenceScope, i: number): MeasurePhrase[] {
  const out: MeasurePhrase[] = [];
  let k = i;
  for (let guard = 0; guard < s.settings.maxObjects; guard++) {
    // another noun's complement is no object of the verb: "set a deadline for talks on the tariffs",
    // "drop Japan from the top tier of its export control system"
    const attached = (m: MeasurePhrase): boolean => {
      for (let q = k; q + 1 < m.from; q++) if ((s.tok(q)?.pos === "NOUN" || s.tok(q)?.pos === "PROPN") && s.tok(q + 1)?.pos === "ADP" && s.norm(q + 1) !== "of") return true;
      return false;
    };
    const next = s.measures.find((m) => m.from >= k && m.from - k <= s.settings.objectGap && s.onlyModifiersBetween(k, m.from) && !attached(m));
    if (!next) break;
    // a second object is coordinated with the first ("curbs on X, restrictions on Y"), not a
    // complement of it ("replace the duties with quotas")
    if (out.length > 0 && !s.toks.slice((out.at(-1) as MeasurePhrase).to, next.from).some((t) => t.normal === "," || t.normal === "and" || t.normal === "or")) break;
    out.push(next);
    k = next.to;
    while (s.norm(k) === "," || s.norm(k) === "and") k++;
  }
  return out;
}

/** "shipments to the U.S. of rare earths", "rare earth exports", "China's exports of X". */
/** A lower-case adjective, or a word of a hyphened compound ("duty - free"), before a flow noun. */
function describesFlow(s: SentenceScope, k: number): boolean {
  const t = s.tok(k);
  if (!t || !/^[\p{Ll}-]/u.test(t.text)) return false;
  const hyphened = t.text === "-" || s.tok(k + 1)?.text === "-" || s.tok(k - 1)?.text === "-";
  // (not a word that restricts the flow: "limited imports", "reduced exports")
  return (t.pos === "ADJ" || hyphened) && !NEGATORS.has(t.normal) && !isPastParticiple(t.normal) && !["few", "fewer", "less", "lower", "small", "smaller"].includes(t.normal);
}

export function flowObject(s: SentenceScope, i: number): MeasurePhrase | undefined {
  let k = i;
  let imposer: SentenceMention | undefined;
  while (k < s.length && k - i < 4) {
    const m = s.mentionAt(k);
    if (m?.type === "country" && !m.modifier) imposer = m;
    else if (m?.type === "country" && m.possessive) imposer = m;
    else if (m?.type === "commodity") break;
    // (and what describes the flow: "the restriction-free import of laptops", "duty-free imports")
    else if (!["the", "a", "more", "its", "their", "'s", "’s"].includes(s.norm(k)) && !m && !FLOW_NOUNS.has(s.norm(k)) && !describesFlow(s, k)) break;
    if (FLOW_NOUNS.has(s.norm(k))) break;
    k = m ? m.to : k + 1;
  }
  // "pineapple imports": a good the lexicon does not know, before the flow
  if (!s.mentionAt(k) && s.tok(k)?.pos === "NOUN" && FLOW_NOUNS.has(s.norm(k + 1)) && !FLOW_NOUNS.has(s.norm(k))) {
    const list = parseGoods(s, k);
    if (list.goods.length > 0 && list.to <= k + 1) return syntheticMeasure(i, k + 2, imposer, list.goods, s.norm(k + 1));
  }
  if (s.mentionAt(k)?.type === "commodity") {
    // "rare earth exports"
    const m = s.mentionAt(k) as SentenceMention;
    if (!FLOW_NOUNS.has(s.norm(m.to))) return undefined;
    // "the rice import tariff": a measure of the flow, not the flow
    if (s.mentionAt(m.to + 1)?.type === "measure") return undefined;
    const list = parseGoods(s, k);
    return syntheticMeasure(i, list.to, imposer, list.goods, s.norm(m.to));
  }
  if (!FLOW_NOUNS.has(s.norm(k))) return undefined;
  let flow = s.norm(k);
  k++;
  // "to the U.S." (or "from India") before "of ..."; shipments from a state come in to the one that
  // bans them: an import flow
  const fromState = s.norm(k) === "from" && s.mentionAt(k + 1)?.type === "country" && s.norm((s.mentionAt(k + 1) as SentenceMention).to) === "of";
  if (fromState && !/^export/.test(flow)) flow = "imports";
  if (s.norm(k) === "to" || fromState) {
    k++;
    while (s.norm(k) === "the") k++;
    const m = s.mentionAt(k);
    if (m) k = m.to;
  }
  if (s.norm(k) !== "of") return undefined;
  const list = parseGoods(s, k + 1);
  if (list.goods.length === 0) return undefined;
  // (but goods sent on "to" another state leave the first: "Shipments from India of rice to Nepal")
  if (fromState && s.norm(list.to) === "to" && s.mentionAt(list.to + 1)?.type === "country") flow = s.norm(i);
  return syntheticMeasure(i, list.to, imposer, list.goods, flow);
}

/** Length of a rate from `k` ("up to 15%", "25 percent", "about 10 per cent", "$2 a tonne"), or 0. */
function rateAfter(s: SentenceScope, k: number): number {
  let j = k;
  while (["up", "to", "about", "around", "nearly", "almost", "as", "much", "between", "and", "an", "additional", "extra", "$", "us$", "€", "£"].includes(s.norm(j)) && j - k < 4) j++;
  if (s.tok(j)?.pos !== "NUM" && !/^\d/.test(s.norm(j))) return 0;
  j++;
  if (s.norm(j) === "%" || s.norm(j) === "percent") j++;
  else if (s.norm(j) === "per" && s.norm(j + 1) === "cent") j += 2;
  else return 0;
  return j - k;
}

/** Flow nouns of buying: a restricted flow of them is an import ban, not an export control. */

/**
 * A measure no measure word names: the export controls a restricted flow implies, or the import ban
 * when the flow is inward ("banned imports of seafood").
 */
export function syntheticMeasure(from: number, to: number, imposer: SentenceMention | undefined, goods: SentenceMention[], flow?: string, kindOf?: readonly [string, string]): MeasurePhrase | undefined {
  if (goods.length === 0) return undefined;
  const [kind, kindLabel] = kindOf ?? (flow !== undefined && IMPORT_FLOWS.has(flow) ? ["import-bans", "import bans"] : [KIND_EXPORT, "export controls"]);
  const head = { ...(goods[0] as SentenceMention), type: "measure" as const, measureKind: kind, label: kindLabel };
  return { from, to, kind, kindLabel, imposer, goods, excluded: [], head };
}

/** Verbs of trading goods in or out, after "to" in "allowed companies to import coal". */
const FLOW_VERBS: ReadonlyMap<string, string> = new Map([
  ["import", "imports"],
  ["buy", "imports"],
  ["purchase", "imports"],
  ["export", "exports"],
]);

/**
 * "allowed all domestic companies to import Australian coal", "permitted traders to export sugar":
 * whom a verb of allowing lets trade, then the goods, read as the restriction on that flow.
 */
export function allowedToTrade(s: SentenceScope, v: number): MeasurePhrase | undefined {
  // (only a state or its body can allow what it restricted: "The drought allowed Brazil to export
  // more corn" lifts nothing)
  const subject = s.subjectAgent(v);
  if (!subject || !["country", "agency"].includes(subject.type)) return undefined;
  for (let j = v + 1; j < Math.min(s.length, v + 7); j++) {
    if (s.isClauseBreak(j)) return undefined;
    if (s.norm(j) !== "to") continue;
    const flow = FLOW_VERBS.get(s.norm(j + 1));
    if (!flow) return undefined;
    const list = parseGoods(s, j + 2);
    return syntheticMeasure(v + 1, list.to, undefined, list.goods, flow);
  }
  return undefined;
}

/**
 * A market closed or opened to goods: "its market to Argentine lemons", "the Chinese market for US
 * beef". The object of "close" or "reopen"; read as the import ban of the market's state (the owner
 * before "market" when the phrase names one).
 */
export function marketObject(s: SentenceScope, k: number): MeasurePhrase | undefined {
  let j = k;
  let imposer: SentenceMention | undefined;
  while (j < s.length && j - k < 3 && !MARKET_NOUNS.has(s.norm(j))) {
    const m = s.mentionAt(j);
    if (m?.type === "country") {
      imposer = { ...m, modifier: false };
      j = m.to;
      continue;
    }
    if (!["the", "its", "their", "'s", "’s"].includes(s.norm(j))) return undefined;
    j++;
  }
  if (!MARKET_NOUNS.has(s.norm(j)) || !["to", "for", "of"].includes(s.norm(j + 1))) return undefined;
  const list = parseGoods(s, j + 2);
  if (list.goods.length === 0) return undefined;
  return syntheticMeasure(k, list.to, imposer, list.goods, "imports");
}

const MARKET_NOUNS = new Set(["market", "markets"]);

/** Goods right after a restricting verb: "banned gallium and germanium". */
export function directGoods(s: SentenceScope, k: number): MeasurePhrase | undefined {
  const list = parseGoods(s, k);
  if (list.goods.length === 0 || (list.goods[0] && list.goods[0].from - k > 3)) return undefined;
  const m = syntheticMeasure(k, list.to, undefined, list.goods);
  return m ? { ...m, kind: "restrictions", kindLabel: "restrictions" } : undefined;
}
