// A lift named as a noun under a verb of demand: "Seoul called for the removal of the steel tariffs",
// "requested the reduction of the automobile tariff". The one asked is whoever imposed the measure;
// nobody demands that their own measure go. When the phrase does not say whose measure it is, the
// one asked does ("asked Washington for the removal of the tariff").

import { DEMAND_VERBS, LIFT_NOUNS, NEGATORS } from "../../../text/words.ts";
import { emitMeasure, imposerKey, imposerOf } from "../emit.ts";
import { measuresAfter } from "../measure-phrase.ts";
import type { SentenceMention } from "../../mentions/types.ts";
import { defineRule } from "../types.ts";

export const liftNoun = defineRule({
  id: "lift-noun",
  description: "X + verb of demand + 'the removal/easing of' + measure: X demands-lift it",
  emits: ["demands-lift", "imposes", "restricts"],
  reads: ["imposers"],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "Ottawa called for the removal of US tariffs on Canadian lumber.", yields: ["country:ca demands-lift measure:us-tariffs-on-lumber"] },
    { text: "Tokyo asked Washington for the reduction of the automobile tariff.", yields: ["country:jp demands-lift measure:us-tariffs-on-vehicles", "country:us imposes measure:us-tariffs-on-vehicles"] },
  ],
  nearMisses: [
    { text: "Ottawa did not call for the removal of US tariffs on Canadian lumber.", notYields: ["country:ca demands-lift measure:us-tariffs-on-lumber"], why: "negated" },
    { text: "Ottawa welcomed the removal of US tariffs on Canadian lumber.", notYields: ["country:ca demands-lift measure:us-tariffs-on-lumber"], why: "welcoming is no demand" },
  ],
  run(ctx) {
    const { scope: s, sink, state } = ctx;
    for (let v = 0; v < s.length; v++) {
      if (!LIFT_NOUNS.has(s.norm(v)) || s.norm(v + 1) !== "of") continue;
      const objects = measuresAfter(s, v + 2);
      if (objects.length === 0) continue;
      let demandAt = -1;
      for (let q = v - 1; q >= 0 && v - q <= s.settings.nominalDemandWindow; q--) {
        if (s.isClauseBreak(q)) break;
        if (DEMAND_VERBS.has(s.norm(q))) {
          demandAt = q;
          break;
        }
      }
      if (demandAt < 0) continue;
      let negated = false;
      for (let q = demandAt - 1; q >= 0 && demandAt - q <= s.settings.shortNegationWindow; q--) if (NEGATORS.has(s.norm(q))) negated = true;
      const demander = s.agentLeft(demandAt - 1);
      // "requested to the U.S. side the reduction of ...", "asked Washington for the removal of ...":
      // the one asked, between the verb and the lift, is whose measure it is when the phrase does not say
      let asked: SentenceMention | undefined;
      for (let q = demandAt + 1; q < v && !asked; q++) {
        const m = s.mentionAt(q);
        if (s.isAgent(m) && m !== demander) asked = m;
      }
      for (const o of objects) {
        const own = imposerOf(state, o) ?? asked;
        const keys = emitMeasure(ctx, o, own, o.from, o.to);
        if (!demander || negated || (!own && o.goods.length === 0)) continue;
        if (own && imposerKey(s, own) === imposerKey(s, demander)) continue;
        for (const key of keys) sink.add(demander.key, "demands-lift", key, Math.min(demander.from, demandAt), o.to, "asserted");
      }
    }
  },
});
