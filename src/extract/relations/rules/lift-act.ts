// A lift named as a noun that reports the act itself: "In a slight relaxation to its wheat export ban,
// the Centre has decided to ...", "Beijing announced the removal of its tariffs on barley". The one
// who lifts is the measure's own imposer, else the subject of the clause the noun sits in. A noun
// under a verb of demand is lift-noun's; one under any other verb ("welcomed the removal of",
// "discussed the easing of"), or hedged, says nothing of who lifted.

import { MODALS, NEGATORS } from "../../../text/words.ts";
import type { SentenceMention } from "../../mentions/types.ts";
import { emitMeasure, imposerOf } from "../emit.ts";
import { measuresAfter, withReferredGoods } from "../measure-phrase.ts";
import type { SentenceScope } from "../scope.ts";
import { defineRule } from "../types.ts";

/** Nouns of an act of lifting. */
const LIFT_ACTS = new Set(["removal", "lifting", "easing", "relaxation", "scrapping", "withdrawal", "repeal", "rollback", "abolition", "cancellation"]);
/** Nouns of a partial lift: a cut in a duty lowers it ("announced a reduction in export taxes"); a cut in a quota or in licences tightens it. */
const CUT_ACTS = new Set(["reduction", "reductions", "cut", "cuts", "lowering"]);
/** Verbs that report a lift as done or decided: "announced the removal of". */
const REPORTING = new Set(["announced", "approved", "ordered", "decided", "confirmed", "completed", "implemented", "declared", "enacted", "signed", "decreed", "unveiled"]);

/** The actor that the noun at `v` is the act of, and where the claim starts; undefined when the noun reports no act. */
function actOf(s: SentenceScope, v: number): { actor: SentenceMention | undefined; from: number } | undefined {
  let k = v - 1;
  while (k >= 0 && (s.tok(k)?.pos === "ADJ" || s.tok(k)?.pos === "ADV" || ["a", "an", "the", "its", "their"].includes(s.norm(k)))) k--;
  // (a time between the verb and its object: "announced this Saturday a reduction in ...")
  const time = REPORTING.has(s.norm(k)) ? 0 : s.timeAdverbialEndingAt(k);
  if (time > 0 && REPORTING.has(s.norm(k - time))) k -= time;
  // "In a relaxation of ..., X has decided": the main clause's subject after the adverbial
  if (s.norm(k) === "in" && (k === 0 || s.norm(k - 1) === ",")) {
    let c = v + 1;
    while (c < s.length && s.norm(c) !== ",") c++;
    for (let j = c + 1; j < s.length; j++) {
      const m = s.mentionAt(j);
      if (s.isAgent(m)) return { actor: m, from: k };
      if (s.tok(j)?.pos === "VERB") break;
    }
    return { actor: undefined, from: k };
  }
  // "Beijing announced the removal of ...": the reporting verb's subject
  if (REPORTING.has(s.norm(k))) {
    if (s.negatedBetween(k - s.settings.shortNegationWindow, k, NEGATORS) || MODALS.has(s.norm(k - 1))) return undefined;
    const subject = s.subjectAgent(k) ?? s.agentLeft(k - 1);
    return { actor: subject ?? undefined, from: subject ? Math.min(subject.from, k) : k };
  }
  return undefined;
}

export const liftAct = defineRule({
  id: "lift-act",
  description: "'In a relaxation of its ban, X ...' / 'X announced the removal of' + measure: X (or the measure's imposer) lifts it",
  emits: ["lifts", "imposes", "restricts"],
  reads: ["imposers"],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "In a slight relaxation to its wheat export ban, India has decided to allow some shipments.", yields: ["country:in lifts measure:in-export-controls-on-wheat"] },
    { text: "Beijing announced the removal of its tariffs on barley.", yields: ["country:cn lifts measure:cn-tariffs-on-barley"] },
    { text: "Argentine President Javier Milei announced a reduction in export taxes on soybeans.", yields: ["person:javier-milei lifts measure:ar-export-controls-on-soybeans"] },
    { text: "Argentine President Javier Milei announced this Saturday a reduction in export taxes on soybeans.", yields: ["person:javier-milei lifts measure:ar-export-controls-on-soybeans"] },
  ],
  nearMisses: [
    { text: "Ottawa welcomed the removal of US tariffs on lumber.", notYields: ["country:ca lifts measure:us-tariffs-on-lumber"], why: "welcoming is not the act" },
    { text: "Beijing has not announced the removal of its tariffs on barley.", notYields: ["country:cn lifts measure:cn-tariffs-on-barley"], why: "negated" },
    { text: "Officials discussed the easing of tariffs on barley.", notYields: [], why: "a discussion reports no act" },
    { text: "Kazakhstan announced a reduction in export quotas for wheat.", notYields: ["country:kz lifts measure:kz-export-controls-on-wheat"], why: "a smaller quota restricts more" },
    { text: "Indonesia announced a reduction in import permits for garlic.", notYields: ["country:id lifts measure:id-import-licensing-on-garlic"], why: "fewer permits restrict more" },
    { text: "Farmers welcomed a reduction in export taxes on soybeans.", notYields: ["country:ar lifts measure:ar-export-controls-on-soybeans"], why: "welcoming is not the act" },
  ],
  run(ctx) {
    const { scope: s, sink, state } = ctx;
    for (let v = 1; v < s.length; v++) {
      const cut = CUT_ACTS.has(s.norm(v));
      if (!(LIFT_ACTS.has(s.norm(v)) || cut) || !["of", "to", "on", ...(cut ? ["in"] : [])].includes(s.norm(v + 1))) continue;
      const act = actOf(s, v);
      if (!act) continue;
      const objects = measuresAfter(s, v + 2);
      for (const o of objects) {
        const measure = withReferredGoods(o);
        if (measure.goods.length === 0 || (cut && !/tariff|dut|tax|levy|levies|surcharge|surtax|rate/i.test(measure.head.text))) continue;
        const lifter = imposerOf(state, measure) ?? act.actor;
        if (!lifter) continue;
        for (const key of emitMeasure(ctx, measure, lifter, measure.from, measure.to)) {
          sink.add(lifter.key, "lifts", key, Math.max(0, Math.min(act.from, lifter.from >= 0 ? lifter.from : act.from)), measure.to, "asserted");
        }
      }
    }
  },
});
