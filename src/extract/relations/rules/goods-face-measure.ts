// Goods as the subject of a verb of incurring, with the measure as its object: "Imports of US-grown
// chicken, wheat and corn will face an extra 15% tariff", "Steel from China faces duties of up to
// 30%", "Japanese cars are subject to a 25% tariff", "varieties of almonds ... that would carry higher
// import taxes" (a relative clause's subject is its antecedent). The measure restricts those goods; its imposer is
// its own ("a Chinese tariff") or, left implicit, the article's (src/extract/document).

import { BE, FLOW_NOUNS, NEGATORS } from "../../../text/words.ts";
import { emitMeasure, imposerOf } from "../emit.ts";
import { measuresAfter, parseGoods } from "../measure-phrase.ts";
import { defineRule } from "../types.ts";

const FACE_VERBS = new Set("face faces faced facing incur incurs incurred incurring attract attracts attracted attracting carry carries carried carrying".split(" "));

export const goodsFaceMeasure = defineRule({
  id: "goods-face-measure",
  description: "goods + face/incur/be subject to + measure: the measure restricts those goods",
  emits: ["imposes", "restricts"],
  reads: ["imposers"],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "Imports of chicken, wheat and cotton will face an extra 15% tariff from China.", yields: ["measure:cn-tariffs-on-wheat restricts commodity:wheat", "country:cn imposes measure:cn-tariffs-on-cotton"] },
    { text: "Japanese cars are subject to a 25% US tariff.", yields: ["measure:us-tariffs-on-vehicles restricts commodity:vehicles"] },
    { text: "Ottawa announced the list of steel products subject to a 25 per cent tariff.", yields: ["measure:ca-tariffs-on-steel restricts commodity:steel"] },
    { text: "The ministry named some varieties of almonds and lentils that would carry higher import taxes.", yields: ["measure:unattributed-tariffs-on-almond restricts commodity:almond", "measure:unattributed-tariffs-on-lentil restricts commodity:lentil"] },
  ],
  nearMisses: [
    { text: "Farmers face an extra 15% tariff on soybeans.", notYields: ["measure:unattributed-tariffs-on-farmers restricts commodity:farmers"], why: "the subject is no good" },
    { text: "Imports of wheat will not face the tariff.", notYields: [], why: "negated" },
  ],
  run(ctx) {
    const { scope: s, state } = ctx;
    for (let v = 1; v < s.length; v++) {
      const face = FACE_VERBS.has(s.norm(v));
      const subjectTo = s.norm(v) === "subject" && s.norm(v + 1) === "to" && BE.has(s.norm(v - 1));
      // "the list of steel and aluminum products subject to a 25 per cent tariff": a reduced relative
      const before = s.norm(v) === "subject" && s.norm(v + 1) === "to" && !BE.has(s.norm(v - 1)) ? s.structure.chunkAt(v - 1) : undefined;
      const reduced = before?.kind === "NP";
      if (!face && !subjectTo && !reduced) continue;
      if (s.negatedBetween(v - s.settings.shortNegationWindow, v, NEGATORS)) continue;
      const objects = measuresAfter(s, subjectTo || reduced ? v + 2 : v + 1);
      if (objects.length === 0) continue;
      // the goods: the verb's subject, or the goods of the flow it names ("Imports of X")
      const subject = reduced ? before : s.structure.subjectOf(v);
      if (!subject) continue;
      let from = s.structure.phraseStart(subject);
      const first = s.structure.chunkAt(from);
      if (first && FLOW_NOUNS.has(s.norm(first.head)) && s.norm(first.head + 1) === "of") from = first.head + 2;
      const list = parseGoods(s, from);
      if (list.goods.length === 0 || list.to > v) continue;
      for (const o of objects) {
        emitMeasure(ctx, { ...o, goods: [...list.goods, ...o.goods], from: Math.min(from, o.from) }, imposerOf(state, o), from, o.to);
      }
    }
  },
});
