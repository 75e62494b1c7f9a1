// A verb that ends or softens a measure, with the measure as its object: "Beijing lifted its ban on
// gallium exports" (lifts), "Washington is prepared to ease export controls on ethane" (offers),
// "Tokyo urged Seoul to scrap its curbs on seafood" (a demand by Tokyo). The verb chain decides
// which: see lift-chain.ts.

import { LIFT_PARTICLES, RESUME_VERBS } from "../../../text/words.ts";
import { resolveLift } from "../lift-chain.ts";
import { measuresAfter } from "../measure-phrase.ts";
import { defineRule } from "../types.ts";

export const liftVerb = defineRule({
  id: "lift-verb",
  description: "subject + verb of lifting + measure: lifts, offers-to-lift or (under a verb of demand) demands-lift",
  emits: ["lifts", "offers-to-lift", "demands-lift", "imposes", "restricts"],
  reads: ["imposers", "discourse"],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "Beijing lifted its export controls on gallium last week.", yields: ["country:cn lifts measure:cn-export-controls-on-gallium", "country:cn imposes measure:cn-export-controls-on-gallium"] },
    { text: "Washington is prepared to ease export controls on ethane.", yields: ["country:us offers-to-lift measure:us-export-controls-on-ethane"] },
    { text: "Tokyo urged Seoul to scrap its curbs on Japanese seafood.", yields: ["country:jp demands-lift measure:kr-restrictions-on-seafood"] },
  ],
  nearMisses: [
    { text: "Beijing did not lift its export controls on gallium.", notYields: ["country:cn lifts measure:cn-export-controls-on-gallium"], why: "negated" },
    { text: "Beijing refused to ease its export controls on gallium.", notYields: ["country:cn offers-to-lift measure:cn-export-controls-on-gallium"], why: "a refusal is no offer" },
    { text: "Seoul would ease its curbs if Tokyo lifted its tariffs on steel.", notYields: ["country:jp lifts measure:jp-tariffs-on-steel"], why: "a lift inside a condition has not happened" },
  ],
  run(ctx) {
    const s = ctx.scope;
    for (let v = 0; v < s.length; v++) {
      if (!s.isLiftVerb(v) || RESUME_VERBS.has(s.norm(v))) continue;
      const particle = LIFT_PARTICLES.get(s.norm(v)) === s.norm(v + 1) ? 1 : 0;
      const objects = measuresAfter(s, v + 1 + particle);
      if (objects.length > 0) resolveLift(ctx, v, objects, false);
    }
  },
});
