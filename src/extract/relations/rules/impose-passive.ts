// A measure as the subject of a passive verb of imposing, with the goods after it: "Duties of 20%
// were imposed on Chinese steel", "The quota of 5.87 mln tonnes is set for nitrogen fertilizers and
// 4.9 mln tonnes for NPK fertilizers" (a second amount for other goods shares the verb). The imposer
// is the agent ("by Washington"), the measure's own ("a Chinese tariff"), the one the article spoke
// of last for "the"/"these" measures, or, left implicit, the article's (src/extract/document).

import { BE, IMPOSE_VERBS, NEGATORS } from "../../../text/words.ts";
import type { SentenceMention } from "../../mentions/types.ts";
import { emitMeasure, imposerOf } from "../emit.ts";
import { isDefiniteMeasure, parseGoods } from "../measure-phrase.ts";
import type { SentenceScope } from "../scope.ts";
import { defineRule } from "../types.ts";

/** Prepositions that introduce the goods of a passive imposing verb. */
const GOODS_PREPOSITIONS = new Set(["on", "for", "against"]);

/** A passive participle of a verb of imposing at `v` ("were imposed", "is set", "has been kept"). */
function passiveImposeAt(s: SentenceScope, v: number): boolean {
  const n = s.norm(v);
  if (!IMPOSE_VERBS.has(n) || !(/(ed|en)$/.test(n) || n === "set" || n === "kept")) return false;
  let j = v - 1;
  while (j >= 0 && !BE.has(s.norm(j)) && s.isVerbChainWord(j) && v - j <= 3) j--;
  return BE.has(s.norm(j));
}

/** The goods after `k` introduced by on/for/against, past a few words of time ("in May on ..."). */
function goodsAfter(s: SentenceScope, k: number, reach = 4): { goods: SentenceMention[]; to: number } | undefined {
  for (let q = k; q < Math.min(s.length, k + reach); q++) {
    if (!GOODS_PREPOSITIONS.has(s.norm(q))) continue;
    const list = parseGoods(s, q + 1);
    if (list.goods.length > 0) return { goods: [...list.goods], to: list.to };
  }
  return undefined;
}

/**
 * "The duties on Chinese electric cars were introduced by Turkey": the measure names its own goods,
 * and the agent follows the verb (without an agent, a measure that was introduced says nothing new).
 */
function withAgent(s: SentenceScope, goods: readonly SentenceMention[], k: number): { goods: SentenceMention[]; to: number } | undefined {
  if (goods.length === 0) return undefined;
  for (let q = k; q < Math.min(s.length, k + s.settings.passiveAgentWindow); q++) {
    if (s.isClauseBreak(q)) return undefined;
    if (s.norm(q) === "by" && s.isAgent(s.mentionAt(q + 1))) return { goods: [], to: q };
  }
  return undefined;
}

export const imposePassive = defineRule({
  id: "impose-passive",
  description: "measure + be + imposed/set/levied + on/for + goods (by X): the measure restricts those goods",
  emits: ["imposes", "restricts"],
  reads: ["imposers", "discourse"],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "Duties of 20% were imposed on Chinese steel by Washington.", yields: ["country:us imposes measure:us-tariffs-on-steel", "measure:us-tariffs-on-steel restricts commodity:steel"] },
    { text: "The quota of 5 million tonnes is set for wheat and 2 million tonnes for barley.", yields: ["measure:unattributed-quotas-on-wheat restricts commodity:wheat", "measure:unattributed-quotas-on-barley restricts commodity:barley"] },
    { text: "The first duties on Chinese electric cars were introduced by Turkey in 2023.", yields: ["country:tr imposes measure:tr-tariffs-on-electric-vehicles"] },
  ],
  nearMisses: [
    { text: "Tariffs were imposed on the orders of the president.", notYields: ["measure:unattributed-tariffs-on-orders restricts commodity:orders"], why: "what follows 'on' is no good" },
    { text: "The quota was set for next year.", notYields: [], why: "no goods follow" },
    { text: "The duties on Chinese electric cars were criticised by Turkey.", notYields: ["country:tr imposes measure:tr-tariffs-on-electric-vehicles"], why: "criticising is no imposing" },
    { text: "The duties on Chinese electric cars were introduced in 2023, Turkey said.", notYields: ["country:tr imposes measure:tr-tariffs-on-electric-vehicles"], why: "no agent after the verb" },
    { text: "Duties were not imposed on Chinese steel.", notYields: ["measure:unattributed-tariffs-on-steel restricts commodity:steel"], why: "negated" },
  ],
  run(ctx) {
    const { scope: s, state } = ctx;
    for (let v = 2; v < s.length; v++) {
      if (!passiveImposeAt(s, v)) continue;
      if (s.negatedBetween(v - s.settings.shortNegationWindow, v, NEGATORS)) continue;
      const subject = s.structure.subjectOf(v);
      if (!subject) continue;
      const from = s.structure.phraseStart(subject);
      // (or the measure a subject is made of: "the first package of protective duties on X was introduced")
      const ofHead = s.norm(subject.head + 1) === "of" ? v - 1 : subject.head;
      const m = s.measures.find((x) => x.from >= from && x.from <= ofHead && x.from < v && !state.attributed.has(x));
      if (!m) continue;
      const first = goodsAfter(s, v + 1) ?? withAgent(s, m.goods, v + 1);
      if (!first) continue;
      const goods = [...first.goods];
      let to = first.to;
      // "... and 4.9 mln tonnes for NPK fertilizers": another amount for other goods
      if (s.norm(to) === "and" || (s.norm(to) === "," && s.norm(to + 1) === "and")) {
        const more = goodsAfter(s, to + 1 + Number(s.norm(to) === ","), 7);
        if (more && more.goods.length > 0 && s.toks.slice(to, more.goods[0]?.from).some((t) => t.pos === "NUM")) {
          goods.push(...more.goods);
          to = more.to;
        }
      }
      let imposer = imposerOf(state, m);
      for (let q = to; !imposer && q < Math.min(s.length, to + s.settings.passiveAgentWindow); q++) {
        if (s.norm(q) === "by" && s.isAgent(s.mentionAt(q + 1))) imposer = s.mentionAt(q + 1);
      }
      imposer ??= isDefiniteMeasure(s, m) ? state.discourse.lastImposer : undefined;
      emitMeasure(ctx, { ...m, goods: [...m.goods, ...goods], to }, imposer, m.from, to);
      state.attributed.add(m);
    }
  },
});
