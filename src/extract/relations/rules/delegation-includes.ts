// A delegation's members listed after a verb of inclusion: "The US delegation includes A, B and C",
// "the Chinese contingent, led by X, is made up of Y and Z". Whoever the sentence already says
// leads the delegation is not also listed as a member.

import { INCLUDE_VERBS } from "../../../text/words.ts";
import { personList, type DelegationRef } from "../people.ts";
import { defineRule } from "../types.ts";

export const delegationIncludes = defineRule({
  id: "delegation-includes",
  description: "'the X delegation includes / is made up of A and B': A, B are members",
  emits: ["member-of"],
  reads: ["claims"],
  writes: [],
  examples: [
    { text: "The Japanese delegation includes Ryosei Akazawa and Yoji Muto.", yields: ["person:ryosei-akazawa member-of agency:jp-delegation", "person:yoji-muto member-of agency:jp-delegation"] },
  ],
  nearMisses: [
    { text: "The Japanese delegation; the agenda includes Ryosei Akazawa's proposal.", notYields: [], why: "a clause break separates the delegation from the list" },
  ],
  run({ scope: s, sink, state }) {
    for (let v = 0; v < s.length; v++) {
      const w = s.norm(v);
      const madeOf = ["made", "composed", "consisting", "comprised"].includes(w) && (s.norm(v + 1) === "of" || (s.norm(v + 1) === "up" && s.norm(v + 2) === "of"));
      if (!(INCLUDE_VERBS.has(w) || (w === "consists" && s.norm(v + 1) === "of") || madeOf)) continue;
      let d: DelegationRef | undefined;
      for (let j = v - 1; j >= 0 && v - j < s.settings.includesWindow; j--) {
        if (s.isClauseBreak(j)) break;
        const m = s.mentionAt(j);
        if (m?.key.endsWith("-delegation")) {
          d = { key: m.key, from: m.from, to: m.to };
          break;
        }
        if (s.norm(j) === "which") break;
      }
      if (!d) continue;
      const key = d.key;
      const leader = state.claims.find((c) => c.predicate === "leads" && c.object === key);
      const listAt = madeOf ? v + (s.norm(v + 1) === "up" ? 3 : 2) : v + (w === "consists" ? 2 : 1);
      for (const p of personList(s, listAt)) {
        if (leader && leader.subject === p.key) continue;
        sink.add(p.key, "member-of", d.key, d.from, p.to);
      }
    }
  },
});
