// A measure as the antecedent of a relative clause whose verb imposes it, with the goods after the
// verb: "the 30% levy that Trump had threatened to slap on European goods", "the duties which
// Beijing placed on Australian barley".

import type { SentenceScope } from "../scope.ts";
import { imposerOf } from "../emit.ts";
import { measuresAfter, parseGoods } from "../measure-phrase.ts";
import type { MeasurePhrase, ReadonlyState } from "../types.ts";
import { defineRule } from "../types.ts";
import { imposeAll, imposingVerbAt } from "./impose-verb.ts";

/** A measure followed by "that|which AGENT (modal|threatened to)* VERB on GOODS", for the verb at `v`. */
function relativeMeasure(s: SentenceScope, state: Pick<ReadonlyState, "imposers">, v: number): MeasurePhrase | undefined {
  let q = v - 1;
  while (q >= 0 && v - q <= s.settings.relativeMeasureWindow && !["that", "which"].includes(s.norm(q))) q--;
  if (!["that", "which"].includes(s.norm(q))) return undefined;
  const m = s.measures.find((x) => x.to === q || x.head.to === q);
  if (!m || !["on", "against"].includes(s.norm(v + 1))) return undefined;
  const list = parseGoods(s, v + 2);
  if (list.goods.length === 0) return undefined;
  const subj = s.mentionAt(q + 1);
  return { ...m, goods: [...m.goods, ...list.goods], to: list.to, imposer: imposerOf(state, m) ?? (s.isAgent(subj) ? subj : undefined) };
}

export const imposeRelative = defineRule({
  id: "impose-relative",
  description: "measure + that/which X + verb of imposing + on goods: X imposes the measure on those goods",
  emits: ["imposes", "restricts"],
  reads: ["imposers"],
  writes: ["attributed", "discourse"],
  examples: [{ text: "The levy that Washington threatened to slap on European steel worries carmakers.", yields: ["country:us imposes measure:us-tariffs-on-steel"] }],
  nearMisses: [{ text: "The levy that Washington discussed worries carmakers who buy steel.", notYields: [], why: "discussing is no imposing" }],
  run(ctx) {
    const s = ctx.scope;
    for (let v = 0; v < s.length; v++) {
      if (!imposingVerbAt(s, v) || measuresAfter(s, v + 1).length > 0) continue;
      const rel = relativeMeasure(s, ctx.state, v);
      if (rel) imposeAll(ctx, v, [rel]);
    }
  },
});
