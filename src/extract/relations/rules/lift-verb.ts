// A verb that ends or softens a measure, with the measure as its object: "Beijing lifted its ban on
// gallium exports" (lifts), "Washington is prepared to ease export controls on ethane" (offers),
// "Tokyo urged Seoul to scrap its curbs on seafood" (a demand by Tokyo). The verb chain decides
// which: see lift-chain.ts.

import { IMPOSE_VERBS, LIFT_PARTICLES, RESUME_VERBS } from "../../../text/words.ts";
import { resolveLift } from "../lift-chain.ts";
import { measuresAfter } from "../measure-phrase.ts";
import { defineRule } from "../types.ts";

/** Verbs that end what the -ing form after them does: "cease imposing", "stop charging". */
const STOP_VERBS = new Set(["cease", "ceases", "ceased", "stop", "stops", "stopped", "end", "ends", "ended", "quit"]);

export const liftVerb = defineRule({
  id: "lift-verb",
  description: "subject + verb of lifting + measure: lifts, offers-to-lift or (under a verb of demand) demands-lift",
  emits: ["lifts", "offers-to-lift", "demands-lift", "imposes", "restricts"],
  reads: ["imposers", "discourse"],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "US President Donald Trump has signed an executive order to remove the 40% tariff on Brazilian coffee.", yields: ["person:donald-trump lifts measure:us-tariffs-on-coffee"] },
    { text: "Kenya will lift the ban on flour from Tanzania, which, in turn, will remove restrictions on milk from Kenya.", yields: ["country:tz offers-to-lift measure:tz-restrictions-on-milk"] },
    { text: "In a statement, Kigali signalled that it would not reverse restrictions on imports of used clothes.", yields: ["country:rw imposes measure:rw-restrictions-on-used-clothes"] },
    { text: "Beijing lifted its export controls on gallium last week.", yields: ["country:cn lifts measure:cn-export-controls-on-gallium", "country:cn imposes measure:cn-export-controls-on-gallium"] },
    { text: "Washington is prepared to ease export controls on ethane.", yields: ["country:us offers-to-lift measure:us-export-controls-on-ethane"] },
    { text: "The IMF said it would “encourage” India to remove restrictions on exports of rice.", yields: ["agency:imf demands-lift measure:in-restrictions-on-rice"] },
    { text: "Tokyo urged Seoul to scrap its curbs on Japanese seafood.", yields: ["country:jp demands-lift measure:kr-restrictions-on-seafood"] },
    { text: "Canada calls on the United States to cease imposing these duties on softwood lumber.", yields: ["country:ca demands-lift measure:us-tariffs-on-lumber"] },
    { text: "The Chinese government on Thursday (Mar. 23) decided to suspend the embargo on Brazilian beef.", yields: ["country:cn lifts measure:cn-embargo-on-beef"] },
  ],
  nearMisses: [
    { text: "US President Donald Trump has drafted an order to remove the 40% tariff on Brazilian coffee.", notYields: ["person:donald-trump lifts measure:us-tariffs-on-coffee"], why: "an order drafted is not in force: an offer" },
    { text: "Kenya will lift the ban on flour from Tanzania, a country which welcomed the move.", notYields: ["country:tz offers-to-lift measure:ke-trade-measures-on-flour"], why: "the relative clause welcomes; it lifts nothing" },
    { text: "Rwanda banned imports of used clothes. The company hoped that it would lift its ban on beef.", notYields: ["country:rw imposes measure:rw-trade-measures-on-beef"], why: "the sentence's subject is a company: 'its' is not the earlier state" },
    { text: "Australia banned live cattle exports. Indonesia's deputy agriculture minister, Bayu Krisnamurthi, said the scrapping of the ban was great news.", notYields: ["country:id lifts measure:au-trade-measures-on-live-cattle", "country:id imposes measure:id-trade-measures-on-live-cattle"], why: "the speaker of 'said the scrapping of' lifts nothing: the noun's act is the ban's owner's" },
    { text: "Beijing did not lift its export controls on gallium.", notYields: ["country:cn lifts measure:cn-export-controls-on-gallium"], why: "negated" },
    { text: "Beijing refused to ease its export controls on gallium.", notYields: ["country:cn offers-to-lift measure:cn-export-controls-on-gallium"], why: "a refusal is no offer" },
    { text: "The IMF said it would “encourage” India to remove restrictions on exports of rice.", notYields: ["country:in offers-to-lift measure:in-restrictions-on-rice"], why: "a demand in quotation marks is still a demand on India, not India's offer" },
    { text: "Kenya was reducing the quota of sugar imports from Uganda.", notYields: ["country:ke lifts measure:ke-quotas-on-sugar", "country:ke offers-to-lift measure:ke-quotas-on-sugar"], why: "a smaller quota is a tighter limit" },
    { text: "China lifted its Australian coal ban on Friday.", notYields: ["country:au lifts measure:au-trade-measures-on-coal", "country:au imposes measure:au-trade-measures-on-coal"], why: "the demonym before the goods is their origin; 'its' is China's" },
    { text: "China said it would decide to suspend the embargo on beef next month.", notYields: ["country:cn lifts measure:cn-embargo-on-beef"], why: "a decision still to come is no lift" },
    { text: "The only fair outcome would be for the United States to cease applying duties to softwood lumber.", notYields: ["country:us offers-to-lift measure:us-tariffs-on-lumber"], why: "a judgement of what the actor should do, not its offer" },
    { text: "Seoul would ease its curbs if Tokyo lifted its tariffs on steel.", notYields: ["country:jp lifts measure:jp-tariffs-on-steel"], why: "a lift inside a condition has not happened" },
  ],
  run(ctx) {
    const s = ctx.scope;
    for (let v = 0; v < s.length; v++) {
      // "cease imposing these duties", "stop levying tariffs": ending the imposing is a lift
      const ceaseImposing = STOP_VERBS.has(s.norm(v)) && IMPOSE_VERBS.has(s.norm(v + 1)) && s.norm(v + 1).endsWith("ing");
      if (!ceaseImposing && (!s.isLiftVerb(v) || RESUME_VERBS.has(s.norm(v)))) continue;
      const particle = ceaseImposing || LIFT_PARTICLES.get(s.norm(v)) === s.norm(v + 1) ? 1 : 0;
      const objects = measuresAfter(s, v + 1 + particle);
      if (objects.length > 0) resolveLift(ctx, v, objects, false);
    }
  },
});
