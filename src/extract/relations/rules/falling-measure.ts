// A measure as the subject of an intransitive verb of decline is lifted (in part) by its imposer:
// "US tariffs on European cars, currently 27.5%, are set to fall to 15%" (an expected lift), "the
// duties expired in June" (a lift). A measure the sentence does not attribute ("tariffs on European
// cars ... are set to fall") belongs to the article's last imposer, unless that is the goods' own
// origin (nobody's tariffs fall on their own goods).

import { AUX, FALL_VERBS, NEGATORS } from "../../../text/words.ts";
import { emitMeasure, imposerKey, imposerOf } from "../emit.ts";
import type { SentenceMention } from "../../mentions/types.ts";
import type { SentenceScope } from "../scope.ts";
import { defineRule, type MeasurePhrase } from "../types.ts";

/** "fall outside / within / under / short of ...": belonging or failing, not a decline. */
const FALL_NOT_DECLINE = new Set(["outside", "within", "under", "into", "short", "behind", "through", "apart", "foul", "on", "off", "back"]);

/** The article's last imposer, when no country inside the phrase (the goods' origin) is that imposer's. */
function articleImposer(s: SentenceScope, m: MeasurePhrase, last: SentenceMention | undefined): SentenceMention | undefined {
  const country = last?.country ?? (last?.key.startsWith("country:") ? last.key.slice(8) : undefined);
  if (!last || !country) return undefined;
  for (let k = m.from; k < m.to; k++) if (s.mentionAt(k)?.type === "country" && s.mentionAt(k)?.country === country) return undefined;
  if (m.goods.some((g) => g.country === country)) return undefined;
  return last;
}

export const fallingMeasure = defineRule({
  id: "falling-measure",
  description: "measure + fall/expire/lapse: its imposer lifts it (expected if not yet past)",
  emits: ["lifts", "offers-to-lift", "imposes", "restricts"],
  reads: ["imposers", "discourse"],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "US tariffs on European cars are set to fall to 15%.", yields: ["country:us offers-to-lift measure:us-tariffs-on-vehicles"] },
    { text: "Canada's duties on US steel expired in June.", yields: ["country:ca lifts measure:ca-tariffs-on-steel"] },
    { text: "Washington imposed tariffs on steel. Tariffs on European cars are set to fall to 15%.", yields: ["country:us offers-to-lift measure:us-tariffs-on-vehicles"] },
  ],
  nearMisses: [
    { text: "US tariffs on European cars did not fall.", notYields: ["country:us lifts measure:us-tariffs-on-vehicles", "country:us offers-to-lift measure:us-tariffs-on-vehicles"], why: "negated" },
    { text: "Exports of European cars fell by 15%.", notYields: [], why: "trade falling is no measure lifted" },
    { text: "Washington charges a 35% levy on Canadian goods that fall outside the trade pact.", notYields: ["country:us offers-to-lift measure:us-tariffs-on-ca-goods"], why: "the goods fall outside the pact; the levy does not fall" },
    { text: "Brussels imposed duties on steel. Tariffs on European cars are set to fall to 15%.", notYields: ["country:eu offers-to-lift measure:eu-tariffs-on-vehicles"], why: "the article's imposer is the goods' origin: not its tariffs" },
  ],
  run(ctx) {
    const { scope: s, sink, state } = ctx;
    for (let v = 1; v < s.length; v++) {
      const n = s.norm(v);
      // "goods that fall outside the pact", "fall under the rules": belonging, not a decline
      if (!FALL_VERBS.has(n) || (["fall", "falls", "fell", "falling"].includes(n) && FALL_NOT_DECLINE.has(s.norm(v + 1)))) continue;
      let j = v - 1;
      let modal = false;
      while (j >= 0 && (s.isVerbChainWord(j) || ["set", "expected", "due", "likely", "poised"].includes(s.norm(j)))) {
        if (!AUX.has(s.norm(j)) || s.norm(j) === "to") modal = true;
        j--;
      }
      // "a levy on goods that fall ...": the relative pronoun's antecedent is the subject, not the measure
      if (["that", "which", "who"].includes(s.norm(j))) continue;
      const m = [...s.measures].reverse().find((x) => x.to <= j + 1 && s.onlyParticipialBetween(x.to, j + 1));
      const imposer = m ? (imposerOf(state, m) ?? articleImposer(s, m, state.discourse.lastImposer)) : undefined;
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
