// A measure as the subject of a passive verb of lifting: "The tariffs on Canadian lumber were lifted
// by Washington", "Duties on Australian wine, imposed by Beijing in 2020, were removed". The lifter
// is the agent after "by", else the measure's imposer (named in the phrase or in a participle phrase
// between, which later rules then also see), else for "the duties" the article's last imposer.

import { BE, LIFT_PARTICLES, RESUME_VERBS } from "../../../text/words.ts";
import { imposerOf } from "../emit.ts";
import { resolveLift } from "../lift-chain.ts";
import { measuresAfter } from "../measure-phrase.ts";
import { defineRule } from "../types.ts";
import type { SentenceMention } from "../../mentions/types.ts";

export const liftPassive = defineRule({
  id: "lift-passive",
  description: "measure + be + lifted (by X): X, or the measure's imposer, lifts it",
  emits: ["lifts", "offers-to-lift", "demands-lift", "imposes", "restricts"],
  reads: ["imposers", "discourse"],
  writes: ["attributed", "discourse", "imposers"],
  examples: [
    { text: "The tariffs on Canadian lumber were lifted by Washington last year.", yields: ["country:us lifts measure:us-tariffs-on-lumber"] },
    { text: "Duties on Australian wine, imposed by Beijing in 2020, were removed last week.", yields: ["country:cn lifts measure:cn-tariffs-on-wine"] },
  ],
  nearMisses: [
    { text: "Botswana banned imports of vegetables. Molao said the ban would be reviewed only to expand the list of restricted vegetables.", notYields: ["country:bw offers-to-lift measure:bw-import-bans-on-vegetable"], why: "a review is no offer to lift: it may tighten" },
    { text: "Kenya banned imports of wheat flour from Tanzania, which banned Kenyan milk. Tanzania also banned Kenyan tyres. Officials said the two countries agreed that the ban be lifted.", notYields: ["country:tz lifts measure:tz-trade-measures-on-wheat-flour", "country:tz imposes measure:tz-trade-measures-on-wheat-flour"], why: "'the ban' refers back to goods of a sentence where two states acted: not the last imposer's; and 'agreed that ... be lifted' is no lift done" },
    { text: "The tariffs on Canadian lumber were not lifted by Washington.", notYields: ["country:us lifts measure:us-tariffs-on-lumber"], why: "negated" },
    { text: "The tariffs on Canadian lumber were raised by Washington.", notYields: ["country:us lifts measure:us-tariffs-on-lumber"], why: "raising is no lift" },
  ],
  run(ctx) {
    const { scope: s, state } = ctx;
    for (let v = 0; v < s.length; v++) {
      if (!s.isLiftVerb(v) || RESUME_VERBS.has(s.norm(v)) || !BE.has(s.norm(v - 1))) continue;
      const particle = LIFT_PARTICLES.get(s.norm(v)) === s.norm(v + 1) ? 1 : 0;
      if (measuresAfter(s, v + 1 + particle).length > 0) continue;
      const left = [...s.measures].reverse().find((m) => m.to <= v - 1 && v - 1 - m.to <= s.settings.passiveWindow && s.onlyParticipialBetween(m.to, v - 1));
      if (!left) continue;
      if (!imposerOf(state, left)) {
        let by: SentenceMention | undefined;
        for (let q = left.to; q < v - 1; q++) {
          const agent = s.mentionAt(q + 1);
          if (s.norm(q) === "by" && s.isAgent(agent)) by = agent;
        }
        if (by) state.imposers.set(left, by);
      }
      resolveLift(ctx, v, [left], true);
    }
  },
});
