// A measure as the subject of an intransitive verb of decline is lifted (in part) by its imposer:
// "US tariffs on European cars, currently 27.5%, are set to fall to 15%" (an expected lift), "the
// duties expired in June" (a lift).

import { AUX, FALL_VERBS, NEGATORS } from "../../../text/words.ts";
import { emitMeasure, imposerKey, imposerOf } from "../emit.ts";
import { defineRule } from "../types.ts";

export const fallingMeasure = defineRule({
  id: "falling-measure",
  description: "measure + fall/expire/lapse: its imposer lifts it (expected if not yet past)",
  emits: ["lifts", "offers-to-lift", "imposes", "restricts"],
  reads: ["imposers"],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "US tariffs on European cars are set to fall to 15%.", yields: ["country:us offers-to-lift measure:us-tariffs-on-vehicles"] },
    { text: "Canada's duties on US steel expired in June.", yields: ["country:ca lifts measure:ca-tariffs-on-steel"] },
  ],
  nearMisses: [
    { text: "US tariffs on European cars did not fall.", notYields: ["country:us lifts measure:us-tariffs-on-vehicles", "country:us offers-to-lift measure:us-tariffs-on-vehicles"], why: "negated" },
    { text: "Exports of European cars fell by 15%.", notYields: [], why: "trade falling is no measure lifted" },
  ],
  run(ctx) {
    const { scope: s, sink, state } = ctx;
    for (let v = 1; v < s.length; v++) {
      const n = s.norm(v);
      if (!FALL_VERBS.has(n)) continue;
      let j = v - 1;
      let modal = false;
      while (j >= 0 && (s.isVerbChainWord(j) || ["set", "expected", "due", "likely", "poised"].includes(s.norm(j)))) {
        if (!AUX.has(s.norm(j)) || s.norm(j) === "to") modal = true;
        j--;
      }
      const m = [...s.measures].reverse().find((x) => x.to <= j + 1 && s.onlyParticipialBetween(x.to, j + 1));
      const imposer = m ? imposerOf(state, m) : undefined;
      if (!m || !imposer || m.goods.length === 0) continue;
      const negated = s.negatedBetween(m.to, v, NEGATORS);
      const keys = emitMeasure(ctx, m, imposer, m.from, m.to);
      if (negated) continue;
      const past = /ed$/.test(n) || ["fell", "dropped", "ended", "lapsed", "expired"].includes(n);
      const actor = imposerKey(s, imposer);
      if (!actor) continue;
      for (const key of keys) sink.add(actor, past && !modal ? "lifts" : "offers-to-lift", key, m.from, v + 1, past && !modal ? "asserted" : "expected");
    }
  },
});
