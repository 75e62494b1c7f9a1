// A measure as the antecedent of a relative clause whose verb imposes it, with the goods after the
// verb: "the 30% levy that Trump had threatened to slap on European goods", "the duties which
// Beijing placed on Australian barley".

import type { SentenceScope } from "../scope.ts";
import { emitMeasure, imposerOf } from "../emit.ts";
import { measuresAfter, parseGoods } from "../measure-phrase.ts";
import type { MeasurePhrase, ReadonlyState } from "../types.ts";
import type { SentenceMention } from "../../mentions/types.ts";
import { BE, FLOW_NOUNS } from "../../../text/words.ts";
import { defineRule } from "../types.ts";
import { imposeAll, imposingVerbAt } from "./impose-verb.ts";

/** A measure followed by "that|which AGENT (modal|threatened to)* VERB on GOODS", for the verb at `v`. */
function relativeMeasure(s: SentenceScope, state: Pick<ReadonlyState, "imposers">, v: number): MeasurePhrase | undefined {
  let q = v - 1;
  while (q >= 0 && v - q <= s.settings.relativeMeasureWindow && !["that", "which"].includes(s.norm(q))) q--;
  if (!["that", "which"].includes(s.norm(q))) return undefined;
  const m = s.measures.find((x) => x.to === q || x.head.to === q);
  if (!m || !["on", "against"].includes(s.norm(v + 1))) return undefined;
  const list = parseGoods(s, v + 2);
  if (list.goods.length === 0) return undefined;
  const subj = s.mentionAt(q + 1);
  return { ...m, goods: [...m.goods, ...list.goods], to: list.to, imposer: imposerOf(state, m) ?? (s.isAgent(subj) ? subj : undefined) };
}

/**
 * "the tariffs on steel imports from the EU that were implemented by the Trump administration": a
 * passive relative clause whose agent imposed the measure before it, for the participle at `v`.
 */
function passiveRelative(s: SentenceScope, v: number): { measure: MeasurePhrase; agent: SentenceMention } | undefined {
  if (!/(?:ed|en)$/.test(s.norm(v))) return undefined;
  // ("introduced or proposed by China": a second participle joined to the first)
  const by = ["or", "and"].includes(s.norm(v + 1)) && /(?:ed|en)$/.test(s.norm(v + 2)) ? v + 3 : v + 1;
  if (s.norm(by) !== "by") return undefined;
  const agent = s.mentionAt(by + 1) ?? (s.norm(by + 1) === "the" ? s.mentionAt(by + 2) : undefined);
  if (!s.isAgent(agent)) return undefined;
  // "controls on rare earth elements introduced by China": a participle right after the measure and
  // its goods, with no pronoun
  const reduced = s.measures.find((m) => m.to === v && m.goods.length > 0);
  // (not a measure only threatened or proposed, nor one "raised" by the state whose goods it hits:
  // "complaints about tariffs on Australian wine raised by Canberra")
  const origin = reduced?.goods.some((g) => s.mentions.some((m) => m.type === "country" && m.country === agent.country && m.modifier && m.to <= g.from && g.from - m.to <= 1));
  if (reduced && !origin && !["threatened", "proposed", "considered", "discussed", "raised"].includes(s.norm(v))) return { measure: reduced, agent };
  let q = v - 1;
  while (q >= 0 && v - q <= 4 && (BE.has(s.norm(q)) || ["have", "has", "had", "been", "being"].includes(s.norm(q)))) q--;
  if (!["that", "which"].includes(s.norm(q))) return undefined;
  // the measure phrase ends right before the pronoun, or before the goods' origin ("from the EU")
  const between = (m: MeasurePhrase): boolean => {
    for (let k = m.to; k < q; k++) if (!(["from", "of", "the", ","].includes(s.norm(k)) || FLOW_NOUNS.has(s.norm(k)) || s.mentionAt(k)?.type === "country")) return false;
    return true;
  };
  const measure = s.measures.find((m) => m.to <= q && q - m.to <= 5 && between(m));
  return measure && measure.goods.length > 0 ? { measure, agent } : undefined;
}

export const imposeRelative = defineRule({
  id: "impose-relative",
  description: "measure + that/which X + verb of imposing + on goods: X imposes the measure on those goods",
  emits: ["imposes", "restricts"],
  reads: ["imposers"],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "The levy that Washington threatened to slap on European steel worries carmakers.", yields: ["country:us imposes measure:us-tariffs-on-steel"] },
    { text: "They agreed on the tariffs on steel imports from the EU that were imposed by the Trump administration in 2018.", yields: ["agency:donald-trump-administration imposes measure:us-tariffs-on-steel"] },
    { text: "The talks covered controls on rare earth elements introduced or proposed by China.", yields: ["country:cn imposes measure:cn-restrictions-on-rare-earths"] },
  ],
  nearMisses: [
    { text: "The levy that Washington discussed worries carmakers who buy steel.", notYields: [], why: "discussing is no imposing" },
    { text: "The tariffs on steel from the EU that were criticised by Canada stay.", notYields: ["country:ca imposes measure:ca-tariffs-on-steel"], why: "criticising is no imposing" },
    { text: "The talks covered controls on rare earth elements criticised by Japan.", notYields: ["country:jp imposes measure:jp-restrictions-on-rare-earths"], why: "a participle of no imposing verb" },
    { text: "Officials reviewed complaints about tariffs on Australian wine raised by Canberra.", notYields: ["country:au imposes measure:au-tariffs-on-wine"], why: "raised as a complaint, by the state whose goods the tariffs hit" },
    { text: "The talks covered tariffs on steel threatened by Washington.", notYields: ["country:us imposes measure:us-tariffs-on-steel"], why: "threatened, not imposed" },
    { text: "The talks covered controls on rare earth elements shipped by China.", notYields: ["country:cn imposes measure:cn-restrictions-on-rare-earths"], why: "shipping the goods is no imposing" },
  ],
  run(ctx) {
    const s = ctx.scope;
    for (let v = 0; v < s.length; v++) {
      if (!imposingVerbAt(s, v) || measuresAfter(s, v + 1).length > 0) continue;
      const passive = passiveRelative(s, v);
      if (passive) {
        const own = imposerOf(ctx.state, passive.measure);
        emitMeasure(ctx, passive.measure, own ?? passive.agent, passive.measure.from, passive.agent.to);
        continue;
      }
      const rel = relativeMeasure(s, ctx.state, v);
      if (rel) imposeAll(ctx, v, [rel]);
    }
  },
});
