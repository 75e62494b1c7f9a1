// A generic noun of measure is a measure when a good or a trade adjective qualifies it ("the brandy
// measures", "anti-dumping duties", "retaliatory measures") or a determiner makes a ban definite
// ("its ban", "the ban on gallium exports"); "measures to support farmers" is none.

import type { Token } from "../../../model/types.ts";
import { GENERIC_MEASURE_NOUNS, TRADE_ADJECTIVES } from "../../../text/words.ts";
import { defineFinder } from "../finder.ts";

export const genericMeasures = defineFinder({
  id: "generic-measures",
  description: "measures/duties/ban after a good, a trade adjective or a determiner: a measure",
  produces: ["generic-measure"],
  context: [],
  examples: [{ text: "Beijing lifted its ban on gallium exports.", yields: ['measure kind:trade-measures "ban"'] }],
  nearMisses: [{ text: "New measures to support farmers were announced.", notYields: [], why: "no good, trade adjective or determined ban" }],
  run(st) {
    const toks = st.toks;
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (st.isTaken(i) || !GENERIC_MEASURE_NOUNS.has(t.normal)) continue;
      const prev = st.out.find((m) => m.to === i && m.type === "commodity");
      const adj = TRADE_ADJECTIVES.has(toks[i - 1]?.normal ?? "");
      // "the ban on gallium exports", "its ban"
      const determined = (t.normal === "ban" || t.normal === "bans") && ["the", "its", "their", "a", "this", "that"].includes(toks[i - 1]?.normal ?? "");
      if (!prev && !adj && !determined) continue;
      const from = adj && !determined ? i - 1 : i;
      const kind = toks[i - 1]?.normal === "anti-dumping" || toks[i - 1]?.normal === "dumping" ? "anti-dumping-duties" : "trade-measures";
      st.take({ ...st.span(from, i + 1), type: "measure", key: `kind:${kind}`, label: adj ? `${toks[i - 1]?.normal} ${t.normal}` : t.normal, source: "generic-measure", measureKind: kind });
    }
  },
});
