// Measure phrases and lists of goods: "China's export controls on rare earths", "restrictions
// imposed in April on seven rare earth elements, including dysprosium", "shipments to the U.S. of
// gallium". Parsing reads a bounded window left and right of a measure word; it derives a good for
// an unknown noun phrase with a commodity head ("superhard materials") and nothing else.

import type { Token } from "../../model/types.ts";
import { slug } from "../../text/fold.ts";
import {
  COMMODITY_HEADS,
  DEMAND_VERBS,
  EXTEND_VERBS,
  FLOW_NOUNS,
  GENERIC_RESTRICTIONS,
  IMPOSE_VERBS,
  LIFT_VERBS,
  LIST_FILLERS,
  MEASURE_HEAD_EXTENSIONS,
  MEASURE_PREPS,
  NEGATORS,
  OFFER_WORDS,
  RESTRICT_VERBS,
  TRAILING_HEADS,
} from "../../text/words.ts";
import type { SentenceMention } from "../mentions/types.ts";
import { isPossessiveMark, type SentenceScope } from "./scope.ts";
import type { MeasurePhrase } from "./types.ts";

export const KIND_EXPORT = "export-controls";

/** The measure phrase around a measure word. `lastPerson` is the article's, for "the tariffs he imposed". */
export function parseMeasure(s: SentenceScope, head: SentenceMention, lastPerson?: SentenceMention): MeasurePhrase {
  let kind = head.measureKind ?? "restrictions";
  let kindLabel = head.label.toLowerCase();
  let from = head.from;
  let imposer: SentenceMention | undefined;
  let imposerPronoun = false;
  const goods: SentenceMention[] = [];
  // Left: "China's continued export control", "US", "Beijing's", "rare earth export", "its".
  for (let k = head.from - 1; k >= 0 && head.from - k <= s.settings.measureLeftWindow; k--) {
    const t = s.tok(k) as Token;
    const m = s.mentionAt(k);
    if (m && (m.type === "country" || m.type === "agency" || m.type === "organization") && !imposer) {
      imposer = m;
      from = m.from;
      k = m.from;
      continue;
    }
    if (m && m.type === "person" && m.possessive && !imposer) {
      imposer = m;
      from = m.from;
      k = m.from;
      continue;
    }
    if (m && m.type === "commodity") {
      goods.unshift(m);
      from = m.from;
      k = m.from;
      // "the barley and wine duties": goods coordinated before the measure word
      if ((s.norm(k - 1) === "and" || s.norm(k - 1) === ",") && s.mentionAt(k - 2)?.type === "commodity") k -= 1;
      continue;
    }
    if (t.normal === "its" || t.normal === "their") {
      imposerPronoun = true;
      from = k;
      continue;
    }
    if (isPossessiveMark(t.text)) continue;
    if (t.normal === "export" || t.normal === "exports") {
      kind = KIND_EXPORT;
      from = k;
      continue;
    }
    if ((t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "DET" || t.pos === "NUM" || t.pos === "VERB") && /^\p{Ll}/u.test(t.text) && !LIFT_VERBS.has(t.normal) && !RESTRICT_VERBS.has(t.normal) && !IMPOSE_VERBS.has(t.normal) && !DEMAND_VERBS.has(t.normal) && !OFFER_WORDS.has(t.normal)) {
      if (t.pos !== "DET") from = k;
      continue;
    }
    break;
  }
  if (kind !== KIND_EXPORT && /export/.test(head.text.toLowerCase())) kind = KIND_EXPORT;
  // "curbs", "restrictions", "controls" alone say nothing about exports
  if (kind === KIND_EXPORT && !/export/.test(s.text.slice(s.tok(from)?.start ?? 0, head.end).toLowerCase()) && GENERIC_RESTRICTIONS.has(head.text.toLowerCase())) {
    kind = "restrictions";
    kindLabel = "restrictions";
  }
  if (kind === KIND_EXPORT && !/export/.test(kindLabel)) kindLabel = `export ${kindLabel}`;
  // Right: "imposed in April on X", "from the U.S.", "by Tokyo", "on X, Y and Z".
  let k = head.to;
  // "export control measures", "tariff rates": nouns that extend the head
  while (MEASURE_HEAD_EXTENSIONS.has(s.norm(k))) k++;
  let to = k;
  // "some new export curbs, not longstanding ones such as for advanced AI chips"
  if (s.norm(k) === "," && NEGATORS.has(s.norm(k + 1))) {
    const list = parseGoods(s, k);
    if (list.excluded.length > 0) return { from, to: list.to, kind, kindLabel, imposer, imposerPronoun, goods, excluded: list.excluded, head };
  }
  for (let steps = 0; steps < s.settings.measureRightSteps && k < s.length; steps++) {
    const n = s.norm(k);
    if (((n === "from" || n === "by") && s.isAgent(s.mentionAt(k + 1))) || ((n === "by" || n === "from") && s.norm(k + 1) === "the" && s.isAgent(s.mentionAt(k + 2)))) {
      const m = s.mentionAt(s.norm(k + 1) === "the" ? k + 2 : k + 1) as SentenceMention;
      if (!imposer) imposer = m;
      k = m.to;
      to = k;
      continue;
    }
    // "controls related to rare earths" name goods; "the tariff related to fentanyl" names a reason
    const extended =
      n === "to" &&
      (s.toks.slice(Math.max(0, from - s.settings.extendVerbWindow), from).some((t) => EXTEND_VERBS.has(t.normal)) ||
        (["related", "relating", "linked", "applying"].includes(s.norm(k - 1)) && kind === KIND_EXPORT));
    // "measures related to rare earths", "controls regarding graphite"
    if (["related", "relating", "linked"].includes(n) && s.norm(k + 1) === "to") {
      if (kind === KIND_EXPORT) {
        k++;
        continue;
      }
      // a tariff "related to fentanyl": step over the reason to what it is levied on
      const reason = s.mentionAt(k + 2);
      k = reason ? reason.to : k + 3;
      continue;
    }
    if ((MEASURE_PREPS.has(n) || extended) && k > head.to - 1) {
      const list = parseGoods(s, k + 1);
      if (list.goods.length > 0 || list.excluded.length > 0) {
        goods.push(...list.goods);
        to = list.to;
        return { from, to, kind, kindLabel, imposer, imposerPronoun, goods, excluded: list.excluded, head };
      }
      if (n !== "on" && n !== "for") break;
    }
    // "the tariffs (that) it slapped on ...", "the curbs Beijing imposed on ..."
    const relSubject = ["it", "they", "that", "which", "he", "she"].includes(n) || s.isAgent(s.mentionAt(k));
    const reach = Array.from({ length: s.settings.relativeVerbReach }, (_, d) => d + 1);
    if (relSubject && reach.some((d) => IMPOSE_VERBS.has(s.norm(k + d)))) {
      const subj = s.mentionAt(k);
      if (!imposer && s.isAgent(subj)) imposer = subj;
      // "the tariffs he imposes": the person the sentence, or else the article, named last
      if (!imposer && (n === "he" || n === "she")) imposer = s.lastPersonBefore(k) ?? lastPerson;
      k = subj ? subj.to : k + 1;
      continue;
    }
    if (
      IMPOSE_VERBS.has(n) ||
      ["in", "since", "last", "earlier", "this", "april", "may", "march", "recently", "previously", "year", "month", "week", "had", "has", "have"].includes(n) ||
      s.tok(k)?.pos === "NUM" ||
      (s.tok(k)?.pos === "PROPN" && !s.mentionAt(k))
    ) {
      k++;
      continue;
    }
    break;
  }
  return { from, to, kind, kindLabel, imposer, imposerPronoun, goods, excluded: [], head };
}

export interface GoodsList {
  goods: SentenceMention[];
  excluded: SentenceMention[];
  to: number;
}

/** A list of goods from `i`: "chip design software, jet engine parts, chemicals, and nuclear materials". */
export function parseGoods(s: SentenceScope, i: number): GoodsList {
  const goods: SentenceMention[] = [];
  const excluded: SentenceMention[] = [];
  let negated = false;
  let k = i;
  let to = i;
  let lastWasItem = false;
  while (k < s.length) {
    const t = s.tok(k) as Token;
    const m = s.mentionAt(k);
    if (m?.type === "commodity") {
      (negated ? excluded : goods).push(m);
      k = m.to;
      // "rare earths minerals": a generic good right after a specific one is its head noun
      const next = s.mentionAt(k);
      if (next?.type === "commodity" && next.from === k && (s.tok(k)?.start ?? 0) - (s.tok(k - 1)?.end ?? 0) <= 1 && next.to - next.from === 1) k = next.to;
      to = k;
      lastWasItem = true;
      // "chip sales", "rare earth exports", "rare earth items"
      while (FLOW_NOUNS.has(s.norm(k)) || TRAILING_HEADS.has(s.norm(k))) k++;
      continue;
    }
    if (m && (m.type === "organization" || m.type === "agency" || m.type === "country") && isPossessiveMark(s.tok(m.to)?.text)) {
      // "ASML's most advanced machines": the maker qualifies the good
      k = m.to + 1;
      continue;
    }
    if (m?.type === "country" && m.modifier) {
      // "Chinese goods", "Chinese-made EVs": a demonym that qualifies the good
      k = m.to;
      if (s.norm(k) === "-" && ["made", "built", "produced", "origin", "assembled"].includes(s.norm(k + 1))) k += 2;
      continue;
    }
    if (NEGATORS.has(t.normal) && (s.norm(k - 1) === "," || s.norm(k - 1) === "but")) {
      negated = true;
      k++;
      continue;
    }
    // "holmium (Ho), erbium (Er)": a symbol or gloss in brackets after an item
    if (t.text === "(" && lastWasItem) {
      let close = k + 1;
      while (close < s.length && close - k <= s.settings.glossMaxTokens && s.tok(close)?.text !== ")") close++;
      if (s.tok(close)?.text === ")") {
        k = close + 1;
        continue;
      }
    }
    // "dysprosium, an essential ingredient for ...": an apposition, not the next item
    if (t.text === "," && ["a", "an"].includes(s.norm(k + 1))) break;
    if (t.text === "," || ["and", "or", "including", "especially", "particularly", "notably", "like", "plus"].includes(t.normal)) {
      if (t.normal === "and" && s.norm(k + 1) === "to") break;
      k++;
      lastWasItem = false;
      continue;
    }
    if (["namely", "specifically", "i.e.", "e.g."].includes(t.normal)) {
      k++;
      lastWasItem = false;
      continue;
    }
    if (t.normal === "such" && s.norm(k + 1) === "as") {
      k += 2;
      continue;
    }
    if (t.normal === "as" && s.norm(k + 1) === "well" && s.norm(k + 2) === "as") {
      k += 3;
      continue;
    }
    if ((t.normal === "access" || FLOW_NOUNS.has(t.normal)) && ["to", "of"].includes(s.norm(k + 1))) {
      k += 2;
      continue;
    }
    if ((MEASURE_PREPS.has(t.normal) || t.normal === "ones" || t.normal === "those" || t.normal === "one") && !lastWasItem && (goods.length === 0 || negated) && excluded.length === 0) {
      k++;
      continue;
    }
    if (LIST_FILLERS.has(t.normal) || t.pos === "NUM" || t.pos === "DET") {
      k++;
      continue;
    }
    if (!m && (t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "PROPN" || t.pos === "ADV" || (t.pos === "VERB" && t.normal.endsWith("ed"))) && /^\p{Ll}/u.test(t.text) && commoditySoon(s, k)) {
      k++;
      continue;
    }
    // An unknown noun phrase with a commodity head: "superhard materials", "dual-use items".
    const np = nounPhrase(s, k);
    if (np && !negated) {
      const label = s.text.slice(s.tok(np.from)?.start ?? 0, s.tok(np.to - 1)?.end ?? 0);
      const key = `commodity:${slug(label)}`;
      const sm: SentenceMention = { from: np.from, to: np.to, start: s.tok(np.from)?.start ?? 0, end: s.tok(np.to - 1)?.end ?? 0, text: label, type: "commodity", key, label, source: "np:commodity-head" };
      s.derive({ key, type: "commodity", label, alias: label });
      goods.push(sm);
      k = np.to;
      to = k;
      lastWasItem = true;
      continue;
    }
    if (t.pos === "ADJ" && /^\p{Ll}/u.test(t.text)) {
      k++;
      continue;
    }
    // an item we have no entry for ("alloys, oxides and compounds"): step over it to the rest
    if (t.pos === "NOUN" && /^\p{Ll}/u.test(t.text) && !lastWasItem && [",", "and", "or"].includes(s.norm(k + 1))) {
      k++;
      continue;
    }
    break;
  }
  return { goods, excluded, to };
}

/** A known good starts within the next few words, with only lower-case words between. */
function commoditySoon(s: SentenceScope, k: number): boolean {
  for (let j = k + 1; j <= k + s.settings.commodityLookahead && j < s.length; j++) {
    const m = s.mentionAt(j);
    if (m?.type === "commodity") return true;
    if (m || !/^\p{Ll}/u.test(s.tok(j)?.text ?? "")) return false;
  }
  return false;
}

/** A lower-case noun phrase ending in a commodity head noun, from `k`. */
function nounPhrase(s: SentenceScope, k: number): { from: number; to: number } | undefined {
  let j = k;
  while (j < s.length && j - k < s.settings.nounPhraseMaxTokens) {
    const t = s.tok(j) as Token;
    if (s.mentionAt(j) || (!/^\p{Ll}/u.test(t.text) && t.text !== "-")) break;
    if (!(t.pos === "ADJ" || t.pos === "NOUN" || t.text === "-" || (t.pos === "VERB" && t.normal.endsWith("ed")))) break;
    j++;
    if (COMMODITY_HEADS.has(t.normal) && !COMMODITY_HEADS.has(s.norm(j)) && j - k >= 2) return { from: k, to: j };
  }
  return undefined;
}

/** Measure phrases that are the object of a verb at `i`, coordinated ("curbs on X, restrictions on Y"). */
export function measuresAfter(s: SentenceScope, i: number): MeasurePhrase[] {
  const out: MeasurePhrase[] = [];
  let k = i;
  for (let guard = 0; guard < s.settings.maxObjects; guard++) {
    const next = s.measures.find((m) => m.from >= k && m.from - k <= s.settings.objectGap && s.onlyModifiersBetween(k, m.from));
    if (!next) break;
    out.push(next);
    k = next.to;
    while (s.norm(k) === "," || s.norm(k) === "and") k++;
  }
  return out;
}

/** "shipments to the U.S. of rare earths", "rare earth exports", "China's exports of X". */
export function flowObject(s: SentenceScope, i: number): MeasurePhrase | undefined {
  let k = i;
  let imposer: SentenceMention | undefined;
  while (k < s.length && k - i < 4) {
    const m = s.mentionAt(k);
    if (m?.type === "country" && !m.modifier) imposer = m;
    else if (m?.type === "country" && m.possessive) imposer = m;
    else if (m?.type === "commodity") break;
    else if (!["the", "a", "more", "its", "their", "'s", "’s"].includes(s.norm(k)) && !m && !FLOW_NOUNS.has(s.norm(k))) break;
    if (FLOW_NOUNS.has(s.norm(k))) break;
    k = m ? m.to : k + 1;
  }
  if (s.mentionAt(k)?.type === "commodity") {
    // "rare earth exports"
    const m = s.mentionAt(k) as SentenceMention;
    if (!FLOW_NOUNS.has(s.norm(m.to))) return undefined;
    const list = parseGoods(s, k);
    return syntheticMeasure(i, list.to, imposer, list.goods);
  }
  if (!FLOW_NOUNS.has(s.norm(k))) return undefined;
  k++;
  // "to the U.S." before "of ..."
  if (s.norm(k) === "to") {
    k++;
    while (s.norm(k) === "the") k++;
    const m = s.mentionAt(k);
    if (m) k = m.to;
  }
  if (s.norm(k) !== "of") return undefined;
  const list = parseGoods(s, k + 1);
  if (list.goods.length === 0) return undefined;
  return syntheticMeasure(i, list.to, imposer, list.goods);
}

/** A measure no measure word names: the export controls a restricted flow implies. */
export function syntheticMeasure(from: number, to: number, imposer: SentenceMention | undefined, goods: SentenceMention[]): MeasurePhrase | undefined {
  if (goods.length === 0) return undefined;
  const head = { ...(goods[0] as SentenceMention), type: "measure" as const, measureKind: KIND_EXPORT, label: "export controls" };
  return { from, to, kind: KIND_EXPORT, kindLabel: "export controls", imposer, goods, excluded: [], head };
}

/** Goods right after a restricting verb: "banned gallium and germanium". */
export function directGoods(s: SentenceScope, k: number): MeasurePhrase | undefined {
  const list = parseGoods(s, k);
  if (list.goods.length === 0 || (list.goods[0] && list.goods[0].from - k > 3)) return undefined;
  const m = syntheticMeasure(k, list.to, undefined, list.goods);
  return m ? { ...m, kind: "restrictions", kindLabel: "restrictions" } : undefined;
}
