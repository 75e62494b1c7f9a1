// A measure as the subject of a verb of scope names more goods it restricts: "The controls cover
// the relevant metals ... as well as rare earth magnets". "The controls" with no owner are the ones
// the article spoke of last.

import { BANNED_PARTICIPLES, COMMODITY_HEADS, COVER_TO_VERBS, COVER_VERBS, DEFINITE_DETERMINERS, GENERIC_MEASURE_NOUNS, NEGATORS, TRAILING_HEADS } from "../../../text/words.ts";
import { emitMeasure, imposerOf } from "../emit.ts";
import { directGoods, isDefiniteMeasure, parseGoods } from "../measure-phrase.ts";
import { isPossessiveMark } from "../scope.ts";
import { defineRule } from "../types.ts";


/** Nouns of imposing a measure, which name it after "of": "Canada's imposition of tariffs". */
const IMPOSING_NOUNS = new Set(["imposition", "introduction", "extension", "expansion", "application", "reimposition"]);

/** Nouns for the list of goods a measure names: "the list includes meat, poultry, fish". */
const LIST_NOUNS = new Set(["list", "blacklist", "lists"]);

export const coverVerb = defineRule({
  id: "cover-verb",
  description: "measure + cover/target/include + goods: the measure restricts those goods",
  emits: ["imposes", "restricts"],
  reads: ["imposers", "discourse"],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "China's new export controls cover gallium and germanium.", yields: ["measure:cn-export-controls-on-gallium restricts commodity:gallium", "country:cn imposes measure:cn-export-controls-on-germanium"] },
    { text: "Turkey's duties on electric cars have been extended to hybrid cars.", yields: ["country:tr imposes measure:tr-tariffs-on-hybrid-vehicle"] },
    { text: "Turkey imposed export curbs on Monday. Israel criticised the measures, which include curbs on exports of steel.", yields: ["country:tr imposes measure:tr-restrictions-on-steel"] },
    { text: "Turkey announced it was restricting exports of a wide range of products. Israel criticised the measures, which include curbs on exports of steel.", yields: ["country:tr imposes measure:tr-restrictions-on-steel"] },
    { text: "Russia announced an import ban on Monday. The banned products included turbines and transformers.", yields: ["country:ru imposes measure:ru-restrictions-on-turbine"] },
    { text: "Russia announced an import ban on Monday. The suspended products included turbines and transformers.", yields: ["country:ru imposes measure:ru-restrictions-on-turbine"] },
    { text: "Canada's imposition of tariffs on 1,256 products from the United States will affect products, including orange juice and peanut butter.", yields: ["country:ca imposes measure:ca-tariffs-on-orange-juice", "measure:ca-tariffs-on-peanut-butter restricts commodity:peanut-butter"] },
    { text: "Russia banned imports of food from the EU on Thursday. The list includes meat, poultry and cheese.", yields: ["country:ru imposes measure:ru-restrictions-on-meat", "measure:ru-restrictions-on-cheese restricts commodity:cheese"] },
  ],
  nearMisses: [
    { text: "Reporters who cover gallium markets were surprised.", notYields: [], why: "no measure is the subject" },
    { text: "Russia announced an import ban on Monday. The required equipment includes scanners and turbines.", notYields: ["country:ru imposes measure:ru-restrictions-on-turbine"], why: "required goods are no banned goods" },
    { text: "The banned products included turbines and transformers.", notYields: ["measure:unattributed-restrictions-on-turbines restricts commodity:turbine"], why: "whose ban is not known: no measure is made up" },
    { text: "Israel said the measures include curbs on exports of steel.", notYields: ["country:il imposes measure:il-restrictions-on-steel"], why: "whose measures is not said: the one who speaks of them is not their owner" },
    { text: "Russia banned imports of food from countries that imposed sanctions against it. The list includes meat and cheese.", notYields: ["country:eu imposes measure:eu-restrictions-on-meat"], why: "no EU here; the list's owner is who banned goods, not who imposed sanctions" },
    { text: "Canada's imposition of tariffs on US steel will not affect products such as maple syrup.", notYields: ["country:ca imposes measure:ca-tariffs-on-maple-syrup"], why: "negated" },
    { text: "Canada's criticism of tariffs on steel will affect talks, including on cars.", notYields: ["country:ca imposes measure:ca-tariffs-on-vehicles"], why: "criticising a measure is not imposing it" },
    { text: "The list includes meat, poultry and cheese.", notYields: ["measure:unattributed-restrictions-on-meat restricts commodity:meat"], why: "no ban spoken of before: the list is of nothing known" },
    { text: "Russia banned imports of food from the EU on Thursday. The list of exempted goods includes meat and cheese.", notYields: ["country:ru imposes measure:ru-restrictions-on-meat"], why: "a list of exempted goods names goods the ban spares" },
    { text: "Turkey's duties on electric cars were extended until 2026 for hybrid cars.", notYields: ["country:tr imposes measure:tr-tariffs-on-hybrid-vehicle"], why: "extending a measure in time names no more goods" },
  ],
  run(ctx) {
    const { scope: s, state } = ctx;
    for (let v = 1; v < s.length; v++) {
      if (!COVER_VERBS.has(s.norm(v)) && !(COVER_TO_VERBS.has(s.norm(v)) && s.norm(v + 1) === "to")) continue;
      // ("will not affect products such as maple syrup": what a measure does not cover it does not restrict)
      if (s.negatedBetween(v - s.settings.shortNegationWindow, v, NEGATORS)) continue;
      let j = v - 1;
      while (j >= 0 && s.isVerbChainWord(j)) j--;
      // ("the measures, which include ...")
      if (s.norm(j) === "which" || s.norm(j) === "that") j -= s.norm(j - 1) === "," ? 2 : 1;
      // (or the measure a noun of imposing names as the subject: "Canada's imposition of tariffs on
      // 1,256 products ... will affect products, including orange juice", whose owner is the noun's)
      const subject = s.structure.subjectOf(v);
      const nominal = subject && IMPOSING_NOUNS.has(s.norm(subject.head)) && s.norm(subject.head + 1) === "of" ? s.measures.find((x) => x.head.from >= subject.head + 2 && x.head.from <= subject.head + 4) : undefined;
      const owner = nominal && subject && !imposerOf(state, nominal) ? s.mentionAt(isPossessiveMark(s.tok(subject.head - 1)?.text) ? subject.head - 2 : subject.head - 1) : undefined;
      const m = s.measures.find((x) => x.to === j + 1 || x.head.to === j + 1) ?? (nominal && owner && s.isAgent(owner) && (owner.type !== "country" || !owner.modifier || owner.possessive) ? { ...nominal, imposer: owner } : nominal);
      // ("the measures", a generic noun no finder made a measure: the ones the article spoke of last)
      const referred = !m && GENERIC_MEASURE_NOUNS.has(s.norm(j)) && DEFINITE_DETERMINERS.has(s.norm(j - 1));
      // ("the banned products included turbines, machinery ...": the goods of the ban spoken of last)
      const bannedGoods = !m && (COMMODITY_HEADS.has(s.norm(j)) || TRAILING_HEADS.has(s.norm(j))) && BANNED_PARTICIPLES.has(s.norm(j - 1)) && DEFINITE_DETERMINERS.has(s.norm(j - 2));
      // ("the list includes meat, poultry, fish": the list of goods of the ban spoken of last, as the
      // article named it: "its list of banned imports", "the blacklist of food imports")
      const listed = !m && LIST_NOUNS.has(s.norm(j)) && DEFINITE_DETERMINERS.has(s.norm(j - 1));
      if (!m && !referred && !bannedGoods && !listed) continue;
      const at = s.norm(v + 1) === "to" ? v + 2 : v + 1;
      const list = parseGoods(s, at);
      // (a list is of goods: its owner is the last to have put a measure on goods, not the last to
      // impose anything, "countries that imposed sanctions against Russia")
      const imposer = m ? (imposerOf(state, m) ?? (isDefiniteMeasure(s, m) ? state.discourse.lastImposer : undefined)) : listed ? state.discourse.lastGoodsImposer : state.discourse.lastImposer;
      if (!m && list.goods.length > 0 && imposer) {
        const named = directGoods(s, at);
        if (named) {
          emitMeasure(ctx, named, imposer, j - 1, named.to);
          continue;
        }
      }
      if (list.goods.length === 0 || !m) {
        // "the measures, which include curbs on exports of aluminium": a measure of its own, with goods,
        // that is part of the measures the subject names
        const part = s.measures.find((x) => x.from >= at && x.from <= at + 2 && x.goods.length > 0 && !imposerOf(state, x) && !state.attributed.has(x));
        if (!part || !imposer) continue;
        emitMeasure(ctx, part, imposer, m ? m.from : j - 1, part.to);
        state.attributed.add(part);
        continue;
      }
      emitMeasure(ctx, { ...m, goods: [...m.goods, ...list.goods], to: list.to }, imposer, m.from, list.to);
      state.attributed.add(m);
    }
  },
});
