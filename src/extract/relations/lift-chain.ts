// What a verb of lifting says, once its objects are known: who lifts (the subject, or in the
// passive the agent, or the phrase's imposer), whether it is done ("lifted"), offered ("is prepared
// to lift", "will ease"), demanded by someone else ("urged the US to lift"), conditional ("if Beijing
// agrees"), or denied ("did not lift", "refused to ease"). A denied or conditional lift still says
// the measure exists, so its imposes/restricts edges are kept.

import type { EdgeType, Modality } from "../../model/types.ts";
import { ADVERBS, AUX, CHAIN_OFFER_NOUNS, CONDITION_WORDS, DEMAND_VERBS, MODALS, NEGATORS, OFFER_WORDS, REFUSAL_WORDS, SPEECH_VERBS } from "../../text/words.ts";
import type { SentenceMention } from "../mentions/types.ts";
import { emitMeasure, imposerOf } from "./emit.ts";
import type { MeasurePhrase, RuleContext } from "./types.ts";

export type LiftContext = RuleContext<"imposers" | "discourse", "attributed" | "discourse">;

/** Reads the verb chain around the lift verb at `v` and emits what it says about `objects`. */
export function resolveLift(ctx: LiftContext, v: number, objects: readonly MeasurePhrase[], passive: boolean): void {
  const { scope: s, sink, state } = ctx;
  if (objects.length === 0) return;
  if (objects.every((o) => o.head.measureKind === undefined && o.goods.length === 0 && o.excluded.length === 0)) return;

  // The chain to the left: modals, "to", offers ("is prepared to"), negation, the lifter.
  let j = v - 1;
  let sawOffer = false;
  let sawModal = false;
  let negated = false;
  let lifter: SentenceMention | undefined;
  if (passive) {
    const by = s.norm(v + 1) === "by" ? (s.mentionAt(v + 2) ?? s.mentionAt(v + 3)) : undefined;
    const first = objects[0];
    // "The wine duties were lifted in March": the duties the article has been talking about
    const definite = first !== undefined && ["the", "these", "those"].includes(s.norm(first.from) === "the" ? "the" : s.norm(first.from - 1));
    lifter = s.isAgent(by) ? by : ((first ? imposerOf(state, first) : undefined) ?? (definite ? state.discourse.lastImposer : undefined));
    j = (objects[0]?.from ?? v) - 1;
    for (let q = objects[0]?.to ?? v; q < v; q++) {
      if (MODALS.has(s.norm(q))) sawModal = true;
      if (NEGATORS.has(s.norm(q))) negated = true;
    }
  } else {
    for (; j >= 0; j--) {
      const n = s.norm(j);
      // "... to open up its markets and cut duties on X": read the chain of the first verb
      if ((n === "and" || n === "or") && !s.mentionAt(j - 1)) {
        const first = s.previousVerb(j - 1);
        if (first !== undefined) {
          j = first;
          continue;
        }
      }
      if (NEGATORS.has(n) || REFUSAL_WORDS.has(n)) {
        negated = true;
        continue;
      }
      if (MODALS.has(n)) {
        sawModal = true;
        continue;
      }
      if (OFFER_WORDS.has(n) || (CHAIN_OFFER_NOUNS.has(n) && n !== "to")) {
        sawOffer = true;
        continue;
      }
      if (AUX.has(n) || ADVERBS.has(n) || n === "able") continue;
      // "The Trump administration last week lifted ...", "Beijing on Tuesday eased ..."
      const time = s.timeAdverbialEndingAt(j);
      if (time > 0) {
        j -= time - 1;
        continue;
      }
      break;
    }
    let subj = s.mentionAt(j);
    // "Beijing said it would suspend ...": the pronoun is the speaker
    if (!subj && ["it", "they", "he", "she"].includes(s.norm(j))) {
      let q = j - 1;
      while (q >= 0 && ["that", ","].includes(s.norm(q))) q--;
      if (SPEECH_VERBS.has(s.norm(q))) {
        const speaker = s.agentLeft(q - 1, { maxGap: s.settings.nearSubjectWindow });
        if (speaker) subj = { ...speaker, from: j, to: j + 1 };
      }
    }
    if (s.isAgent(subj)) {
      lifter = subj;
      j = Math.min(subj.from, subj.titleFrom ?? subj.from) - 1;
      // "US President Trump": the country modifier belongs to the subject
      if (s.mentionAt(j)?.type === "country") j = (s.mentionAt(j) as SentenceMention).from - 1;
    }
  }

  // A governing demand: "urged the US to lift", "hopes China will lift", "ensure that China relaxes".
  let k = j;
  while (k >= 0 && (["that", ",", "the"].includes(s.norm(k)) || ADVERBS.has(s.norm(k)))) k--;
  let demander: SentenceMention | undefined;
  let demandAt = -1;
  if (DEMAND_VERBS.has(s.norm(k)) || (["on", "for"].includes(s.norm(k)) && DEMAND_VERBS.has(s.norm(k - 1)))) {
    demandAt = ["on", "for"].includes(s.norm(k)) ? k - 1 : k;
    let q = demandAt - 1;
    let demandNegated = false;
    while (q >= 0 && (AUX.has(s.norm(q)) || MODALS.has(s.norm(q)) || ADVERBS.has(s.norm(q)) || NEGATORS.has(s.norm(q)))) {
      if (NEGATORS.has(s.norm(q))) demandNegated = true;
      q--;
    }
    demander = s.agentLeft(q, { exclude: lifter });
    if (demandNegated) negated = true;
  }
  // "did not say Washington will loosen ...": a negated verb governing the clause
  if (!passive && lifter) {
    for (let q = j; q >= 0 && j - q <= s.settings.negationWindow; q--) {
      if (s.isClauseBreak(q) || s.norm(q) === ",") break;
      if (NEGATORS.has(s.norm(q))) negated = true;
    }
  }
  if (negated) {
    // still record who imposes what: a refusal to lift a measure says the measure exists
    for (const o of objects) emitMeasure(ctx, o, imposerOf(state, o) ?? lifter, o.from, o.to);
    return;
  }

  // "... if Washington rolled back its restrictions": the condition is not a lift
  let inCondition = false;
  for (let q = (lifter?.from ?? v) - 1; q >= 0 && (lifter?.from ?? v) - q <= s.settings.conditionWindow; q--) if (CONDITION_WORDS.has(s.norm(q))) inCondition = true;
  if (inCondition) {
    for (const o of objects) emitMeasure(ctx, o, imposerOf(state, o) ?? lifter, o.from, o.to);
    return;
  }
  const conditional = s.toks.slice(v).some((t, i) => CONDITION_WORDS.has(t.normal) && !(t.normal === "as" && s.norm(v + i + 1) !== "long"));
  let predicate: EdgeType | undefined;
  let actor: SentenceMention | undefined;
  let modality: Modality = "asserted";
  if (demander && demander !== lifter && !(sawOffer && lifter)) {
    predicate = "demands-lift";
    actor = demander;
    modality = "asserted";
  } else if (demandAt >= 0 && !demander && !sawOffer) {
    // someone unnamed wants it lifted: no offer by the one asked
    predicate = undefined;
  } else if (lifter) {
    actor = lifter;
    const past = /ed$/.test(s.norm(v)) || ["cut", "withdrew", "withdrawn", "rethought"].includes(s.norm(v));
    if (sawOffer || sawModal || conditional || s.norm(v - 1) === "to" || s.norm(v).endsWith("ing") || demandAt >= 0) {
      predicate = "offers-to-lift";
      modality = conditional ? "conditional" : sawModal || demandAt >= 0 ? "expected" : "asserted";
    } else if (past || /s$/.test(s.norm(v))) {
      predicate = "lifts";
    } else {
      predicate = "offers-to-lift";
      modality = "expected";
    }
  }
  for (const o of objects) {
    const own = imposerOf(state, o);
    const imposer = own ?? (predicate === "demands-lift" || o.imposerPronoun || !own ? lifter : undefined);
    // "the U.S. would expect export controls to be eased": whose controls is unsaid
    if (predicate === "demands-lift" && !imposer && o.goods.length === 0) continue;
    const keys = emitMeasure(ctx, o, imposer, o.from, o.to);
    if (o.excluded.length > 0) emitMeasure(ctx, o, imposer, o.from, o.to, { includeExcluded: true });
    if (!predicate || !actor) continue;
    const from = actor.from >= 0 ? Math.min(actor.titleFrom ?? actor.from, actor.from, o.from) : o.from;
    for (const key of keys) sink.add(actor.key, predicate, key, from, Math.max(o.to, v + 1), modality);
  }
}
