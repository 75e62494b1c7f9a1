// A person joining a delegation is a member of it: "Mr. Lutnick, joining the US delegation for the
// first time, said ...".

import { JOIN_VERBS } from "../../../text/words.ts";
import { delegationAt } from "../people.ts";
import type { SentenceMention } from "../../mentions/types.ts";
import { defineRule } from "../types.ts";

export const joinsDelegation = defineRule({
  id: "joins-delegation",
  description: "'P ... joined the X delegation': P is a member",
  emits: ["member-of"],
  reads: [],
  writes: [],
  examples: [{ text: "Yoji Muto, who joined the Japanese delegation on Monday, said little.", yields: ["person:yoji-muto member-of agency:jp-delegation"] }],
  nearMisses: [{ text: "Yoji Muto joined the talks on Monday.", notYields: [], why: "joining talks names no delegation" }],
  run({ scope: s, sink }) {
    for (let v = 0; v < s.length; v++) {
      if (!JOIN_VERBS.has(s.norm(v))) continue;
      const d = delegationAt(s, v + 1);
      if (!d) continue;
      let subj: SentenceMention | undefined;
      for (let j = v - 1; j >= 0 && v - j < s.settings.joinWindow; j--) {
        const m = s.mentionAt(j);
        if (m?.type === "person") {
          subj = m;
          break;
        }
      }
      if (subj) sink.add(subj.key, "member-of", d.key, subj.from, d.to);
    }
  },
});
