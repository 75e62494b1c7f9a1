// A country's participants named after "were": "the U.S. participants in the talks were Bessent,
// Lutnick and Greer" makes them members of the US delegation.

import { BE } from "../../../text/words.ts";
import { lexiconIndex } from "../../lexicon-index.ts";
import { delegationKey } from "../../mentions/types.ts";
import { personList } from "../people.ts";
import { defineRule } from "../types.ts";

export const participantsWere = defineRule({
  id: "participants-were",
  description: "'the X participants/negotiators ... were A and B': A, B are members of X's delegation",
  emits: ["member-of"],
  reads: [],
  writes: [],
  examples: [{ text: "The US participants in the talks were Scott Bessent and Jamieson Greer.", yields: ["person:scott-bessent member-of agency:us-delegation", "person:jamieson-greer member-of agency:us-delegation"] }],
  nearMisses: [{ text: "The participants in the talks were Scott Bessent and Jamieson Greer.", notYields: [], why: "no country says whose delegation" }],
  run({ scope: s, sink }) {
    for (let v = 0; v < s.length; v++) {
      if (!["participants", "members", "negotiators", "delegates"].includes(s.norm(v))) continue;
      const owner = s.mentionAt(v - 1);
      if (owner?.type !== "country" || !owner.country) continue;
      let k = v + 1;
      while (k < s.length && !BE.has(s.norm(k)) && k - v < 8) k++;
      if (!BE.has(s.norm(k))) continue;
      const ce = lexiconIndex().countries.get(owner.country);
      if (!ce) continue;
      const key = s.derive({ key: delegationKey(ce.id), type: "agency", label: `${ce.label} delegation`, country: ce.id });
      for (const p of personList(s, k + 1)) sink.add(p.key, "member-of", key, owner.from, p.to);
    }
  },
});
