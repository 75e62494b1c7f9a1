// The clauses around a verb of leading ("lead", "head", "chair") that the leads rules tell apart, in
// the order the rules give way to each other: a fronted participle ("Leading the US delegation were
// A and B"), a passive ("led by X"), a relative clause with the leader as subject ("the team which
// Akazawa leads"), a "who" clause ("X, who heads Y"), and the plain active verb.

import { ADVERBS, AUX, LEAD_VERBS, ROLE_NOUNS } from "../../text/words.ts";
import type { SentenceMention } from "../mentions/types.ts";
import type { SentenceScope } from "./scope.ts";

/** "Leading ...", "Participating in ...", "Taking part in ..." opening the sentence or a clause. */
export function isFronted(s: SentenceScope, v: number): boolean {
  const w = s.norm(v);
  return ["participating", "taking", "leading", "heading"].includes(w) && (v === 0 || s.norm(v - 1) === ",");
}

/** A verb of leading at `v` that is not a fronted participle. */
export function isLeadVerb(s: SentenceScope, v: number): boolean {
  return LEAD_VERBS.has(s.norm(v)) && !isFronted(s, v);
}

/** "the negotiation team of Japan which Akazawa minister leads": the leader and the delegation. */
export function matchLeadsRelative(s: SentenceScope, v: number): { leader: SentenceMention; delegation: SentenceMention } | undefined {
  if (!isLeadVerb(s, v) || s.norm(v + 1) === "by") return undefined;
  let q = v - 1;
  while (q >= 0 && ADVERBS.has(s.norm(q))) q--;
  // "which Akazawa minister leads": a role word after the name (the word order of translations from
  // Japanese, Korean or Chinese, where the title follows the surname)
  if (ROLE_NOUNS.has(s.norm(q)) && s.mentionAt(q - 1)?.type === "person") q--;
  const leader = s.mentionAt(q)?.type === "person" ? s.mentionAt(q) : s.inTitle(q) ? s.mentions.find((m) => m.type === "person" && m.titleTo === q + 1) : undefined;
  if (!leader || !["which", "that", "whom"].includes(s.norm(leader.from - 1))) return undefined;
  const d = s.mentionAt(leader.from - 2);
  return d?.key.endsWith("-delegation") ? { leader, delegation: d } : undefined;
}

/** "Geraldo Alckmin, who also heads the MDIC": the person and the body led. */
export function matchWhoHeads(s: SentenceScope, v: number): { who: SentenceMention; body: SentenceMention } | undefined {
  if (!isLeadVerb(s, v) || s.norm(v + 1) === "by" || matchLeadsRelative(s, v)) return undefined;
  const j = subjectSlot(s, v);
  if (s.norm(j) !== "who" || s.norm(j - 1) !== ",") return undefined;
  const who = [...s.mentions].reverse().find((m) => m.type === "person" && m.to <= j - 1 && m.to >= j - s.settings.relativeWhoWindow);
  const body = s.mentionAt(v + 1) ?? s.mentionAt(v + 2);
  if (who && body && (body.type === "agency" || body.type === "organization") && !body.key.endsWith("-delegation")) return { who, body };
  return undefined;
}

/** The token before the verb at `v` once auxiliaries and adverbs are stepped over. */
export function subjectSlot(s: SentenceScope, v: number): number {
  let j = v - 1;
  while (j >= 0 && (AUX.has(s.norm(j)) || ADVERBS.has(s.norm(j)))) j--;
  return j;
}
