// The active verb of leading with people as subject and a delegation as object: "He Lifeng led the
// Chinese delegation", "Bessent and Greer are leading the US team", "He Lifeng and Bessent led their
// delegations" (each their own); people named after it with "with" or "which included" are members.

import { INCLUDE_VERBS } from "../../../text/words.ts";
import { isLeadVerb, matchLeadsRelative, matchWhoHeads, subjectSlot } from "../lead-clauses.ts";
import { delegationAt, personList } from "../people.ts";
import { defineRule } from "../types.ts";

export const leadVerb = defineRule({
  id: "lead-verb",
  description: "'P (and Q) led the X delegation (with A and B)': P, Q lead it; A, B are members",
  emits: ["leads", "member-of"],
  reads: [],
  writes: [],
  examples: [
    { text: "Ryosei Akazawa led the Japanese delegation with Yoji Muto.", yields: ["person:ryosei-akazawa leads agency:jp-delegation", "person:yoji-muto member-of agency:jp-delegation"] },
  ],
  nearMisses: [
    { text: "Ryosei Akazawa met the Japanese delegation with Yoji Muto.", notYields: [], why: "meeting is not leading" },
    { text: "The Japanese delegation was led by officials, said Ryosei Akazawa.", notYields: ["person:ryosei-akazawa leads agency:jp-delegation"], why: "the person is the speaker, not the subject of 'led'" },
  ],
  run({ scope: s, sink }) {
    for (let v = 0; v < s.length; v++) {
      if (!isLeadVerb(s, v) || s.norm(v + 1) === "by" || matchLeadsRelative(s, v) || matchWhoHeads(s, v)) continue;
      const j = subjectSlot(s, v);
      const subj = s.mentionAt(j);
      if (subj?.type !== "person") continue;
      const d = delegationAt(s, v + 1, subj);
      if (!d) continue;
      const subjects = [subj, ...personList(s, j - 1, -1).filter((p) => p !== subj)];
      const listStart = Math.min(...subjects.map((p) => p.titleFrom ?? p.from));
      // "He Lifeng and Scott Bessent led their delegations": each leads their own
      const each = ["their", "respective"].includes(s.norm(v + 1));
      for (const p of subjects) {
        const own = each ? delegationAt(s, v + 1, p) : d;
        if (own) sink.add(p.key, "leads", own.key, listStart, own.to);
      }
      // "... with Minister of Commerce X and Head of ... Y", "which included X and Y"
      let k = d.to;
      // skip a comma or a venue ("in Madrid") before "with ..."
      while (k < s.length) {
        const venue = ["in", "at"].includes(s.norm(k)) ? s.mentionAt(k + 1) : undefined;
        if (s.norm(k) === ",") k++;
        else if (venue?.type === "place") k = venue.to;
        else break;
      }
      if (s.norm(k) === "with" || (s.norm(k) === "which" && INCLUDE_VERBS.has(s.norm(k + 1)))) {
        for (const p of personList(s, k + 1 + (s.norm(k) === "which" ? 1 : 0))) sink.add(p.key, "member-of", d.key, d.from, p.to);
      }
      // the same with a place or time between: "heading the team in London, which included ..."
      for (let q = d.to; q < s.length - 1; q++) {
        if (s.norm(q) === "which" && INCLUDE_VERBS.has(s.norm(q + 1))) {
          for (const p of personList(s, q + 2)) sink.add(p.key, "member-of", d.key, d.from, p.to);
          break;
        }
        if (s.isClauseBreak(q) || s.tok(q)?.text === ".") break;
      }
    }
  },
});
