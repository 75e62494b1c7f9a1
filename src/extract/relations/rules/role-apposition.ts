// A role given beside a name: "Ian Bremmer, president of the Eurasia Group" leads it; "Kelly Ann
// Shaw, a former White House trade adviser" is nobody's member today; "trade expert William Reinsch
// from the Center for Strategic and International Studies" is a member. The last role word heads the
// role ("executive vice-president"), and any qualifier before it ("deputy", "senior") makes the
// person a member rather than the head.

import type { EdgeType } from "../../../model/types.ts";
import { HEAD_ROLES, ROLE_NOUNS } from "../../../text/words.ts";
import { bodyAfterPrep, directlyAfter } from "../people.ts";
import { isPossessiveMark, type SentenceScope } from "../scope.ts";
import { defineRule } from "../types.ts";
import type { SentenceMention } from "../../mentions/types.ts";

const isBody = (m: SentenceMention | undefined): m is SentenceMention => m !== undefined && (m.type === "agency" || m.type === "organization");

/** "<role> for/of/at [the] <Body> [of <Body>] <Name>": the body the role belongs to, and how. */
function frontedRole(s: SentenceScope, p: SentenceMention): { body: SentenceMention; predicate: EdgeType; from: number } | undefined {
  let body = s.mentionAt(p.from - 1);
  // ("the head of the Ministry of Agriculture of the Republic of Kazakhstan Yerbol Karashukeev": the
  // body's state between it and the name)
  if (body?.type === "country" && body.to === p.from) {
    let q = body.from - 1;
    if (s.norm(q) === "the") q--;
    const owner = s.norm(q) === "of" ? s.mentionAt(q - 1) : undefined;
    if (isBody(owner) && owner.to === q) body = owner;
  }
  if (!isBody(body) || (body.to !== p.from && s.mentionAt(p.from - 1)?.type !== "country")) return undefined;
  // "... Office of China's State Council": the role belongs to the first body of the chain
  let j = body.from - 1;
  if (isPossessiveMark(s.tok(j)?.text)) j -= 2;
  if (s.norm(j) === "of" && isBody(s.mentionAt(j - 1))) {
    body = s.mentionAt(j - 1) as SentenceMention;
    j = body.from - 1;
  }
  if (s.norm(j) === "the") j--;
  const prep = s.norm(j);
  if (!["for", "of", "at"].includes(prep)) return undefined;
  const role = s.tok(j - 1);
  // (a role word in lower case, or a capitalised title: "China's Minister of the General
  // Administration of Customs Yu Jianhua")
  if (!role || !ROLE_NOUNS.has(role.normal) || !(/^\p{Ll}/u.test(role.text) || /^\p{Lu}\p{Ll}+$/u.test(role.text))) return undefined;
  // (a deputy's word anywhere in the title: "Deputy Prime Minister of State Council X" is a member)
  const qualified = [2, 3, 4].some((d) => ["deputy", "vice", "assistant", "former"].includes(s.norm(j - d)) && (d === 2 || /^\p{Lu}/u.test(s.tok(j - d + 1)?.text ?? "")));
  if (s.norm(j - 2) === "former") return undefined;
  return { body, predicate: HEAD_ROLES.has(role.normal) && prep === "of" && !qualified ? "leads" : "member-of", from: j - 1 };
}

export const roleApposition = defineRule({
  id: "role-apposition",
  description: "'X, president of Y' leads Y; 'X, an analyst at Y' and 'expert X from Y' are members of Y",
  emits: ["leads", "member-of"],
  reads: [],
  writes: [],
  examples: [
    { text: "Research director Jo Brandt at trading group Quxbridge said so.", yields: ["person:jo-brandt member-of organization:quxbridge"] },
    { text: "Analyst Maria Okafor from the Quxbridge Institute said prices rose.", yields: ["person:maria-okafor member-of organization:quxbridge-institute"] },
    { text: "\"Prices rose,\" analyst at the Eurasia Group Maria Okafor said.", yields: ["person:maria-okafor member-of organization:eurasia-group"] },
    { text: "It was signed by the head of the Ministry of Agriculture of the Republic of Kazakhstan Yerbol Karashukeev.", yields: ["person:yerbol-karashukeev leads agency:kz-ministry-of-agriculture"] },
    { text: "They met China's Minister of the General Administration of Customs Yu Jianhua in Beijing.", yields: ["person:yu-jianhua leads agency:cn-customs"] },
    { text: "Such moves hurt, Pierre-Olivier Gourinchas, Chief Economist, International Monetary Fund (IMF), told reporters.", yields: ["person:pierre-olivier-gourinchas member-of agency:imf"] },
  ],
  nearMisses: [
    { text: "Maria Okafor, an economist, and the International Monetary Fund disagreed.", notYields: ["person:maria-okafor member-of agency:imf"], why: "a body joined by 'and' is no signature" },
    { text: "Analyst Maria Okafor, who left the Quxbridge Institute, said prices rose.", notYields: [], why: "a relative clause is not a role" },
    { text: "Analyst Maria Okafor flew from the Quxbridge Institute to Oslo.", notYields: [], why: "a verb between the name and the preposition" },
    { text: "The delegation was led by Deputy Prime Minister of the State Council Hà Lập Phong.", notYields: ["person:he-lifeng leads agency:cn-state-council"], why: "a deputy's title makes a member" },
    { text: "A former spokeswoman for the Eurasia Group Maria Okafor said prices rose.", notYields: ["person:maria-okafor member-of organization:eurasia-group"], why: "a former role" },
  ],
  run({ scope: s, sink }) {
    for (const p of s.mentions) {
      if (p.type !== "person") continue;
      let k = p.to;
      const before = s.tok(p.from - 1);
      // "trade expert William Reinsch from the Center ..."
      if (before && ROLE_NOUNS.has(before.normal) && ["from", "at", "of", "with"].includes(s.norm(k))) {
        const body = bodyAfterPrep(s, k);
        if (body) sink.add(p.key, "member-of", body.key, p.from - 2, body.to);
        continue;
      }
      // "spokesman for the Taiwan Affairs Office of China's State Council Ma Xiaoguang": the role and
      // its body before the name
      const fronted = frontedRole(s, p);
      if (fronted) {
        sink.add(p.key, fronted.predicate, fronted.body.key, fronted.from, p.to);
        continue;
      }
      if (s.tok(k)?.text !== ",") continue;
      k++;
      const roleStart = k;
      let sawFormer = false;
      let role: string | undefined;
      let modifiers = 0;
      let possessiveBody: SentenceMention | undefined;
      for (; k < s.length && k - roleStart < s.settings.roleWindow; k++) {
        const t = s.tok(k);
        if (!t) break;
        if (t.normal === "former" || t.normal === "ex") sawFormer = true;
        if (["a", "an", "the"].includes(t.normal)) continue;
        const bm = s.mentionAt(k);
        if (bm && (bm.type === "agency" || bm.type === "organization") && isPossessiveMark(s.tok(bm.to)?.text)) {
          possessiveBody = bm;
          k = bm.to;
          modifiers++;
          continue;
        }
        if (s.mentionAt(k) && s.mentionAt(k)?.type !== "country") break;
        if (ROLE_NOUNS.has(t.normal)) {
          // "executive vice-president", "deputy director general": the last role word heads it
          while (ROLE_NOUNS.has(s.norm(k + 1)) || s.norm(k + 1) === "-" || s.norm(k + 1) === "vice" || s.norm(k + 1) === "general") {
            if (["vice", "deputy", "assistant", "under"].includes(s.norm(k + 1))) modifiers++;
            k++;
          }
          // ("executive director" heads a body; "executive vice-president" is qualified by "vice")
          if (["vice", "deputy", "assistant", "senior", "former"].includes(t.normal)) modifiers++;
          role = s.norm(k);
          if (!["of", "at", "from", "with", "for"].includes(s.norm(k + 1))) {
            // "research director at", "trade partner at": look one further for the preposition
            if (ROLE_NOUNS.has(s.norm(k + 1))) continue;
          }
          k++;
          break;
        }
        if (/^\p{Ll}/u.test(t.text) || s.mentionAt(k)?.type === "country") {
          modifiers++;
          continue;
        }
        break;
      }
      if (!role || sawFormer) continue;
      if (possessiveBody) {
        sink.add(p.key, HEAD_ROLES.has(role) && modifiers <= 1 ? "leads" : "member-of", possessiveBody.key, p.from, k);
        continue;
      }
      const prep = s.norm(k);
      // "Pierre-Olivier Gourinchas, Chief Economist, International Monetary Fund (IMF), told": the
      // body set off by commas after the role, as in a signature
      const listed = prep === "," ? s.mentionAt(k + 1) : undefined;
      if (listed && (listed.type === "agency" || listed.type === "organization") && listed.from === k + 1 && [",", "(", ".", ";"].includes(s.norm(listed.to))) {
        sink.add(p.key, HEAD_ROLES.has(role) && modifiers === 0 ? "leads" : "member-of", listed.key, p.from, listed.to);
        continue;
      }
      if (!["of", "at", "from", "with", "for"].includes(prep)) continue;
      const body = bodyAfterPrep(s, k);
      if (!body) continue;
      const predicate: EdgeType = HEAD_ROLES.has(role) && prep === "of" && modifiers === 0 && directlyAfter(s, k, body) ? "leads" : "member-of";
      sink.add(p.key, predicate, body.key, p.from, body.to);
    }
  },
});
