// A fronted participle names a delegation's leaders or members, listed after "were": "Leading the US
// delegation were Bessent and Greer", "Participating in the Chinese delegation were A, B and C".
// Only at the start of a sentence or clause, so "officials leading the talks" is not read this way.

import { BE } from "../../../text/words.ts";
import { isFronted } from "../lead-clauses.ts";
import { delegationAt, personList } from "../people.ts";
import { defineRule } from "../types.ts";

export const delegationFronted = defineRule({
  id: "delegation-fronted",
  description: "'Leading the X delegation were A and B' (leads); 'Participating in the delegation were A, B' (member-of)",
  emits: ["leads", "member-of"],
  reads: [],
  writes: [],
  examples: [
    { text: "Leading the Japanese delegation were Ryosei Akazawa and Yoji Muto.", yields: ["person:ryosei-akazawa leads agency:jp-delegation", "person:yoji-muto leads agency:jp-delegation"] },
    { text: "Participating in the Chinese delegation were Vice Premier He Lifeng and Li Chenggang.", yields: ["person:li-chenggang member-of agency:cn-delegation"] },
  ],
  nearMisses: [
    { text: "Officials leading the Japanese delegation were tired.", notYields: [], why: "a participle inside a noun phrase is no fronted clause" },
  ],
  run({ scope: s, sink }) {
    for (let v = 0; v < s.length; v++) {
      if (!isFronted(s, v)) continue;
      const w = s.norm(v);
      if (w === "participating" || w === "taking") {
        let k = v + 1;
        if (w === "taking" && s.norm(k) === "part") k++;
        if (s.norm(k) !== "in") continue;
        let d = delegationAt(s, k + 1) ?? delegationAt(s, k + 2);
        if (!d) {
          // "the delegation": the delegation of the people listed
          let b = k + 1;
          while (b < s.length && !BE.has(s.norm(b)) && b - k < 6) b++;
          const first = personList(s, b + 1)[0];
          d = delegationAt(s, k + 1, first);
        }
        if (d && BE.has(s.norm(d.to))) for (const p of personList(s, d.to + 1)) sink.add(p.key, "member-of", d.key, v, p.to);
        continue;
      }
      const d = delegationAt(s, v + 1) ?? delegationAt(s, v + 2);
      if (d && BE.has(s.norm(d.to))) {
        for (const p of personList(s, d.to + 1)) sink.add(p.key, "leads", d.key, v, p.to);
      }
    }
  },
});
