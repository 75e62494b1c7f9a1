// A list of goods that runs on into a sentence of its own, with no verb: "Among the barred products
// figure wheat flour, cement and soap. Also, PVC pipes, soft drinks, beer and biscuits." The goods
// are under the measure the sentence before stated on goods, with its imposer.

import { emitMeasure } from "../emit.ts";
import { parseGoods, syntheticMeasure } from "../measure-phrase.ts";
import { defineRule } from "../types.ts";

/** Words that open a sentence going on with the one before: "Also, X, Y and Z." */
const GOES_ON = new Set(["also", "plus", "and", "likewise", "similarly"]);

export const listGoesOn = defineRule({
  id: "list-goes-on",
  description: "'Also, X, Y and Z.' with no verb after a sentence that put a measure on goods: the measure covers them too",
  emits: ["imposes", "restricts"],
  reads: [],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "Haiti banned imports of flour, cement and soap. Also, PVC pipes, soft drinks, beer and biscuits.", yields: ["country:ht imposes measure:ht-import-bans-on-beer", "measure:ht-import-bans-on-biscuit restricts commodity:biscuit"] },
  ],
  nearMisses: [
    { text: "Haiti banned imports of flour, cement and soap. Also, beer and biscuits are sold at the border.", notYields: ["country:ht imposes measure:ht-import-bans-on-beer"], why: "a sentence with its own verb says its own thing" },
    { text: "Haiti grows flour, cement and soap. Also, PVC pipes, soft drinks, beer and biscuits.", notYields: ["measure:unattributed-restrictions-on-beer restricts commodity:beer"], why: "no measure before" },
    { text: "India lifted its ban on onion exports. Also, sugar, rice and wheat.", notYields: ["country:in imposes measure:in-trade-measures-on-sugar"], why: "the sentence before lifts: the list is not put under a measure" },
    { text: "The US will raise tariffs on steel if talks fail. Also, aluminium, copper and lumber.", notYields: ["country:us imposes measure:us-tariffs-on-copper"], why: "a measure under a condition" },
    { text: "Haiti banned imports of flour. Prices rose. Also, beer and biscuits.", notYields: ["country:ht imposes measure:ht-import-bans-on-beer"], why: "only the sentence right before" },
  ],
  run(ctx) {
    const s = ctx.scope;
    const previous = s.previousMeasure;
    if (!previous || !GOES_ON.has(s.norm(0))) return;
    if (s.toks.some((t) => t.pos === "VERB" || t.pos === "AUX")) return;
    const from = s.norm(1) === "," ? 2 : 1;
    const list = parseGoods(s, from);
    // (the goods make up the sentence, up to its full stop)
    const end = s.norm(s.length - 1) === "." ? s.length - 1 : s.length;
    if (list.goods.length === 0 || list.to < end - 2) return;
    const measure = syntheticMeasure(from, list.to, undefined, [...list.goods], undefined, [previous.kind, previous.kindLabel]);
    if (measure) emitMeasure(ctx, measure, previous.imposer, 0, list.to);
  },
});
