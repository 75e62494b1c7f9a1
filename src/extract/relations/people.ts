// People and the bodies they belong to, as the membership rules read them: lists of people ("A, B
// and C"), the body after a preposition ("director of the X Program at the Center for Y"), the
// delegation a noun phrase names ("the US delegation", "the delegation" of the person's country).

import type { Token } from "../../model/types.ts";
import { lexiconIndex } from "../lexicon-index.ts";
import { delegationKey, type SentenceMention } from "../mentions/types.ts";
import { isPossessiveMark, type SentenceScope } from "./scope.ts";
import type { ClaimDraft } from "./types.ts";

/** People listed from `i` on: "A, B and C", with titles and country modifiers between. */
export function personList(s: SentenceScope, i: number, dir: 1 | -1 = 1): SentenceMention[] {
  const out: SentenceMention[] = [];
  let k = i;
  let gap = 0;
  while (k >= 0 && k < s.length && gap <= s.settings.personListGap) {
    const m = s.mentionAt(k);
    if (m?.type === "person") {
      if (!out.includes(m)) out.push(m);
      k = dir === 1 ? m.to : Math.min(m.from, m.titleFrom ?? m.from) - 1;
      gap = 0;
      continue;
    }
    const t = s.tok(k) as Token;
    if (t.text === "." || t.text === ";" || t.text === ":" || t.pos === "VERB" || s.isClauseBreak(k)) {
      if (!(t.pos === "VERB" && s.inTitle(k))) break;
    }
    k += dir;
    // titles and their capitalised words ("Representative for International Trade
    // Negotiations and Deputy Minister of Commerce X") do not count against the gap
    if (!s.inTitle(k - dir) && !/^\p{Lu}/u.test(t.text)) gap++;
  }
  return out;
}

export interface DelegationRef {
  key: string;
  from: number;
  to: number;
}

/** The delegation named at `k`, or "the delegation"/"the team" of `person`'s country. */
export function delegationAt(s: SentenceScope, k: number, person?: SentenceMention): DelegationRef | undefined {
  while (["the", "a", "an"].includes(s.norm(k)) && s.mentionAt(k + 1)?.key.endsWith("-delegation")) k++;
  const m = s.mentionAt(k);
  if (m && m.key.endsWith("-delegation")) return { key: m.key, from: m.from, to: m.to };
  let j = k;
  while (["the", "a", "an", "negotiating", "negotiation", "trade", "its", "his", "her", "their"].includes(s.norm(j))) j++;
  if (["delegation", "team", "contingent", "delegations", "teams"].includes(s.norm(j)) && person?.country) {
    const ce = lexiconIndex().countries.get(person.country);
    if (!ce) return undefined;
    const key = s.derive({ key: delegationKey(ce.id), type: "agency", label: `${ce.label} delegation`, country: ce.id });
    return { key, from: k, to: j + 1 };
  }
  return undefined;
}

/** The body named after the preposition at `k`, skipping units with no entry of their own. */
export function bodyAfterPrep(s: SentenceScope, k: number): SentenceMention | undefined {
  for (let j = k + 1; j < Math.min(s.length, k + s.settings.bodyWindow); j++) {
    // "director of the Critical Minerals Security Program at the Center for ...": skip a
    // unit with no entry of its own and take the body it belongs to
    const t = s.tok(j);
    if (t && /^\p{Lu}/u.test(t.text) && !s.mentionAt(j)) continue;
    if (s.mentionAt(j)?.type === "commodity" && /^\p{Lu}/u.test(t?.text ?? "")) {
      j = (s.mentionAt(j) as SentenceMention).to - 1;
      continue;
    }
    if (t && ["at", "of", "in", "and"].includes(t.normal)) continue;
    const m = s.mentionAt(j);
    if (m && (m.type === "agency" || m.type === "organization")) {
      // "the White House's National Economic Council": the last body of a possessive chain
      const next = isPossessiveMark(s.tok(m.to)?.text) ? s.mentionAt(m.to + 1) : undefined;
      return next && (next.type === "agency" || next.type === "organization") ? next : m;
    }
    if (m && m.type !== "country") return undefined;
    const n = s.norm(j);
    if (!["the", "a", "an", "'s", "’s"].includes(n) && !(m?.type === "country") && !/^\p{Ll}/u.test(s.tok(j)?.text ?? "")) return undefined;
  }
  return undefined;
}

/** The body follows the preposition at `k` with nothing but "the" between. */
export function directlyAfter(s: SentenceScope, k: number, body: SentenceMention): boolean {
  // "president of the German car industry association VDA": descriptors of the same body
  for (let j = k + 1; j < body.from; j++) {
    const t = s.tok(j) as Token;
    if (["at", "of", "in", "for"].includes(t.normal)) return false;
    if (/^\p{Lu}/u.test(t.text) && s.mentionAt(j)?.type !== "country") return false;
  }
  return true;
}

/** "the ministry's ...": the body a title claimed earlier in the sentence, or the nearest one named. */
export function bodyAnaphor(s: SentenceScope, claims: readonly ClaimDraft[], before: number): string | undefined {
  let k = before - 1;
  if (isPossessiveMark(s.tok(k)?.text)) k--;
  const noun = s.norm(k);
  if (!["ministry", "department", "agency", "office", "commission", "council", "bureau", "firm", "company", "group"].includes(noun) || s.norm(k - 1) !== "the") return undefined;
  for (let j = claims.length - 1; j >= 0; j--) {
    const c = claims[j];
    if (c && (c.predicate === "leads" || c.predicate === "member-of") && c.object.includes(noun === "ministry" ? "" : noun) && !c.object.endsWith("-delegation") && c.object.startsWith("agency:")) return c.object;
  }
  for (let j = k - 2; j >= 0; j--) {
    const m = s.mentionAt(j);
    if (m && (m.type === "agency" || m.type === "organization") && !m.key.endsWith("-delegation")) return m.key;
  }
  return undefined;
}
