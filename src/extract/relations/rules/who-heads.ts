// A "who" clause after a name says which body the person leads: "Geraldo Alckmin, who also heads
// the trade ministry, said ...".

import { matchWhoHeads } from "../lead-clauses.ts";
import { defineRule } from "../types.ts";

export const whoHeads = defineRule({
  id: "who-heads",
  description: "'P, who heads Y': P leads Y",
  emits: ["leads"],
  reads: [],
  writes: [],
  examples: [{ text: "Trade expert Maria Okafor, who also heads the Quxbridge Group, said prices rose.", yields: ["person:maria-okafor leads organization:quxbridge-group"] }],
  nearMisses: [{ text: "Trade expert Maria Okafor, who also met the Quxbridge Group, said prices rose.", notYields: [], why: "meeting a body is not leading it" }],
  run({ scope: s, sink }) {
    for (let v = 0; v < s.length; v++) {
      const hit = matchWhoHeads(s, v);
      if (hit) sink.add(hit.who.key, "leads", hit.body.key, hit.who.from, hit.body.to);
    }
  },
});
