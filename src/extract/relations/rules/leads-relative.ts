// A relative clause whose subject leads the delegation before it: "the negotiation team of Japan
// which Akazawa minister leads" (a word order machine translation produces).

import { matchLeadsRelative } from "../lead-clauses.ts";
import { defineRule } from "../types.ts";

export const leadsRelative = defineRule({
  id: "leads-relative",
  description: "'the delegation which P leads': P leads it",
  emits: ["leads"],
  reads: [],
  writes: [],
  examples: [{ text: "The negotiation team of Japan which Akazawa leads arrived in Washington.", yields: ["person:ryosei-akazawa leads agency:jp-delegation"] }],
  nearMisses: [{ text: "The negotiation team of Japan which met Akazawa arrived in Washington.", notYields: [], why: "the person is the object, not the leader" }],
  run({ scope: s, sink }) {
    for (let v = 0; v < s.length; v++) {
      const hit = matchLeadsRelative(s, v);
      if (hit) sink.add(hit.leader.key, "leads", hit.delegation.key, hit.delegation.from, v + 1);
    }
  },
});
