// A relative clause whose subject leads the delegation before it: "the negotiation team of Japan
// which Akazawa (minister) leads" (machine translation keeps the title after the name).

import { matchLeadsRelative } from "../lead-clauses.ts";
import { defineRule } from "../types.ts";

export const leadsRelative = defineRule({
  id: "leads-relative",
  description: "'the delegation which P leads': P leads it",
  emits: ["leads"],
  reads: [],
  writes: [],
  examples: [
    { text: "The negotiation team of Japan which Akazawa leads arrived in Washington.", yields: ["person:ryosei-akazawa leads agency:jp-delegation"] },
    { text: "The negotiation team of Japan which Akazawa minister leads visited the U.S. about 10 times.", yields: ["person:ryosei-akazawa leads agency:jp-delegation"] },
  ],
  nearMisses: [
    { text: "The negotiation team of Japan which met Akazawa arrived in Washington.", notYields: [], why: "the person is the object, not the leader" },
    { text: "The negotiation team of Japan which Akazawa minister praised leads the talks.", notYields: [], why: "the verb of leading is not the relative clause's" },
  ],
  run({ scope: s, sink }) {
    for (let v = 0; v < s.length; v++) {
      const hit = matchLeadsRelative(s, v);
      if (hit) sink.add(hit.leader.key, "leads", hit.delegation.key, hit.delegation.from, v + 1);
    }
  },
});
