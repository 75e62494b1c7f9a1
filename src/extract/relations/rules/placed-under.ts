// Goods put under a measure in a relative clause: "magnets, which Beijing placed under export
// licensing in April". The goods are the antecedent of "which"; the imposer its subject.

import type { SentenceMention } from "../../mentions/types.ts";
import { emitMeasure, imposerOf } from "../emit.ts";
import { defineRule } from "../types.ts";

export const placedUnder = defineRule({
  id: "placed-under",
  description: "goods, which X placed under + measure: X imposes the measure on the goods",
  emits: ["imposes", "restricts"],
  reads: ["imposers"],
  writes: ["attributed", "discourse"],
  examples: [{ text: "Shipments of gallium, which Beijing placed under export controls in 2023, fell.", yields: ["country:cn imposes measure:cn-export-controls-on-gallium"] }],
  nearMisses: [{ text: "Beijing placed the report under review.", notYields: [], why: "no good and no measure" }],
  run(ctx) {
    const { scope: s, state } = ctx;
    for (let v = 2; v < s.length - 2; v++) {
      if (!["placed", "put", "brought", "places", "puts"].includes(s.norm(v)) || s.norm(v + 1) !== "under") continue;
      const m = s.measures.find((x) => x.head.from >= v + 2 && x.head.from <= v + s.settings.placedUnderWindow);
      const subj = s.agentLeft(v - 1, { maxGap: s.settings.nearSubjectWindow });
      if (!m || !subj) continue;
      // the goods: the antecedent of the relative clause the subject opens
      let goods: SentenceMention[] = [];
      const rel = s.toks.slice(0, subj.from).map((t) => t.normal).lastIndexOf("which");
      if (rel > 0) {
        const g = s.mentionAt(rel - 1) ?? s.mentionAt(rel - 2);
        if (g?.type === "commodity") goods = [g];
      }
      if (goods.length === 0) continue;
      emitMeasure(ctx, { ...m, goods: [...m.goods, ...goods] }, imposerOf(state, m) ?? subj, Math.min(goods[0]?.from ?? v, subj.from), m.to);
      state.attributed.add(m);
    }
  },
});
