// A passive or reduced relative names the leader of a body: "the Chinese delegation, led by He
// Lifeng", "the team was headed by X". The body is right before the verb (past a comma or "was").

import { BE } from "../../../text/words.ts";
import { isLeadVerb } from "../lead-clauses.ts";
import { personList } from "../people.ts";
import { defineRule } from "../types.ts";

export const ledBy = defineRule({
  id: "led-by",
  description: "'the X delegation (was) led by P': P leads it",
  emits: ["leads"],
  reads: [],
  writes: [],
  examples: [
    { text: "The Japanese delegation, led by Ryosei Akazawa, arrived on Monday.", yields: ["person:ryosei-akazawa leads agency:jp-delegation"] },
    { text: "The Chinese delegation was headed by Vice Premier He Lifeng.", yields: ["person:he-lifeng leads agency:cn-delegation"] },
  ],
  nearMisses: [
    { text: "Exports, led by soybeans, rose under Ryosei Akazawa.", notYields: [], why: "the thing led is no body" },
  ],
  run({ scope: s, sink }) {
    for (let v = 0; v < s.length; v++) {
      if (!isLeadVerb(s, v) || s.norm(v + 1) !== "by") continue;
      let j = v - 1;
      if (BE.has(s.norm(j))) j--;
      if (s.norm(j) === ",") j--;
      const dm = s.mentionAt(j);
      const p = personList(s, v + 2)[0];
      if (dm && (dm.type === "agency" || dm.type === "organization") && p) sink.add(p.key, "leads", dm.key, dm.from, p.to);
    }
  },
});
