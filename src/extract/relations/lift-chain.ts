// What a verb of lifting says, once its objects are known: who lifts (the subject, or in the
// passive the agent, or the phrase's imposer), whether it is done ("lifted"), offered ("is prepared
// to lift", "will ease"), demanded by someone else ("urged the US to lift"), conditional ("if Beijing
// agrees"), or denied ("did not lift", "refused to ease"). A denied or conditional lift still says
// the measure exists, so its imposes/restricts edges are kept.

import { lexiconIndex } from "../lexicon-index.ts";
import type { EdgeType, Modality } from "../../model/types.ts";
import { ADVERBS, AUX, CHAIN_OFFER_NOUNS, DEMAND_VERBS, ENACT_VERBS, MODALS, NEGATORS, OFFER_WORDS, opensCondition, REFUSAL_WORDS, SPEECH_VERBS } from "../../text/words.ts";
import type { SentenceMention } from "../mentions/types.ts";
import { emitMeasure, imposerOf } from "./emit.ts";
import { QUOTES, withReferredGoods } from "./measure-phrase.ts";
import type { SentenceScope } from "./scope.ts";
import type { MeasurePhrase, RuleContext } from "./types.ts";

export type LiftContext = RuleContext<"imposers" | "discourse", "attributed" | "discourse">;

/** What the words before a lift verb say. */
interface Chain {
  /** The last token before the chain (and its subject). */
  j: number;
  sawOffer: boolean;
  sawModal: boolean;
  /** "decided to suspend": a decision taken, not an offer. */
  decided?: boolean;
  negated: boolean;
  lifter?: SentenceMention;
}

/** Verbs that make an amount smaller: lifting for a tariff, tightening for a quota. */
const REDUCING = /^(?:reduc|cut|lower|halv|slash|trim)/;
const QUOTA_KIND = "quotas";

/** Reads the verb chain around the lift verb at `v` and emits what it says about `objects`. */
export function resolveLift(ctx: LiftContext, v: number, measures: readonly MeasurePhrase[], passive: boolean): void {
  const objects = measures.map(withReferredGoods);
  if (objects.length === 0) return;
  if (objects.every((o) => o.head.measureKind === undefined && o.goods.length === 0 && o.excluded.length === 0)) return;
  const chain = passive ? passiveChain(ctx, v, objects) : activeChain(ctx, v);
  const demand = governingDemand(ctx.scope, chain);
  const { lifter } = chain;
  // a refusal to lift, or a lift in a condition ("if Washington rolled back ..."), is none; the
  // measure still exists
  // a quota cut is a tighter limit, not a lift ("Kenya was reducing the quota of sugar imports")
  const tightened = REDUCING.test(ctx.scope.norm(v)) && objects.every((o) => o.kind === QUOTA_KIND);
  if (tightened || chain.negated || demand.negated || (!passive && lifter && negatedAbove(ctx.scope, chain.j)) || inCondition(ctx.scope, lifter, v)) {
    for (const o of objects) emitMeasure(ctx, o, imposerOf(ctx.state, o) ?? lifter, o.from, o.to);
    return;
  }
  const classified = classify(ctx.scope, v, chain, demand);
  // "the only fair outcome would be for the United States to cease applying ...": a judgement of
  // what the actor should do, not an offer of theirs
  const before = lifter ? lifter.from - (ctx.scope.norm(lifter.from - 1) === "the" ? 2 : 1) : -1;
  const judged = lifter !== undefined && before >= 0 && ctx.scope.norm(before) === "for" && classified.predicate !== "demands-lift";
  const said = judged ? { ...classified, predicate: undefined } : classified;
  for (const o of objects) {
    const own = imposerOf(ctx.state, o);
    const imposer = own ?? (said.predicate === "demands-lift" || o.imposerPronoun || !own ? lifter : undefined);
    // "the U.S. would expect export controls to be eased": whose controls is unsaid
    if (said.predicate === "demands-lift" && !imposer && o.goods.length === 0) continue;
    const keys = emitMeasure(ctx, o, imposer, o.from, o.to);
    if (o.excluded.length > 0) emitMeasure(ctx, o, imposer, o.from, o.to, { includeExcluded: true });
    const { predicate, actor } = said;
    if (!predicate || !actor) continue;
    const from = actor.from >= 0 ? Math.min(actor.titleFrom ?? actor.from, actor.from, o.from) : o.from;
    for (const key of keys) ctx.sink.add(actor.key, predicate, key, from, Math.max(o.to, v + 1), said.modality);
  }
}

/** The passive: the lifter is the agent after "by", else the measure's imposer, else for "the duties" the article's last imposer. */
function passiveChain(ctx: LiftContext, v: number, objects: readonly MeasurePhrase[]): Chain {
  const { scope: s, state } = ctx;
  const by = s.norm(v + 1) === "by" ? (s.mentionAt(v + 2) ?? s.mentionAt(v + 3)) : undefined;
  const first = objects[0];
  // "The wine duties were lifted in March": the duties the article has been talking about
  const definite = first !== undefined && ["the", "these", "those"].includes(s.norm(first.from) === "the" ? "the" : s.norm(first.from - 1));
  // (a measure referred back to is the state's that acted when it was named, not the last imposer's:
  // "Kenya's ban on wheat flour ... Tanzania's ban on tyres ... agreed that the ban be lifted")
  const referredEntry = first?.referredState ? lexiconIndex().countries.get(first.referredState) : undefined;
  const referred: SentenceMention | undefined = referredEntry ? { from: -1, to: -1, start: 0, end: 0, text: referredEntry.label, type: "country", key: `country:${referredEntry.id}`, label: referredEntry.label, source: "anaphor", country: referredEntry.id } : undefined;
  // (goods referred back to with no one state behind them: nobody the sentence can name)
  const lifter = s.isAgent(by) ? by : ((first ? imposerOf(state, first) : undefined) ?? referred ?? (definite && !first?.referred ? state.discourse.lastImposer : undefined));
  // ("agreed that the ban be lifted", "asked for the duties to be removed": a lift wished for, not done)
  const wished = s.norm(v - 1) === "be" && !MODALS.has(s.norm(v - 2));
  const chain: Chain = { j: (first?.from ?? v) - 1, sawOffer: false, sawModal: wished, negated: false, ...(lifter ? { lifter } : {}) };
  for (let q = first?.to ?? v; q < v; q++) {
    if (MODALS.has(s.norm(q))) chain.sawModal = true;
    if (NEGATORS.has(s.norm(q))) chain.negated = true;
  }
  return chain;
}

/** Instruments that enact what follows "to": "an executive order to remove", "a decree to lift". */
const ENACTING_NOUNS = new Set(["order", "decree", "directive", "proclamation", "regulation", "resolution", "law", "notification"]);
/** The verbs of enacting in the past, which put an instrument in force ("signed", "issued", "approved"; not "proposed", "drafted"). */
const ENACTED: ReadonlySet<string> = new Set([...ENACT_VERBS].filter((w) => /ed$/.test(w) || w === "made"));

/** The active: modals, "to", offers ("is prepared to"), negation and time adverbials back to the subject. */
function activeChain(ctx: LiftContext, v: number): Chain {
  const s = ctx.scope;
  const chain: Chain = { j: v - 1, sawOffer: false, sawModal: false, negated: false };
  for (; chain.j >= 0; chain.j--) {
    const n = s.norm(chain.j);
    // "... to open up its markets and cut duties on X": read the chain of the first verb
    if ((n === "and" || n === "or") && !s.mentionAt(chain.j - 1)) {
      const first = s.previousVerb(chain.j - 1);
      if (first !== undefined) {
        chain.j = first;
        continue;
      }
    }
    if (NEGATORS.has(n) || REFUSAL_WORDS.has(n)) chain.negated = true;
    else if (MODALS.has(n)) chain.sawModal = true;
    else if (OFFER_WORDS.has(n) || (CHAIN_OFFER_NOUNS.has(n) && n !== "to")) {
      chain.sawOffer = true;
      if (n === "decided") chain.decided = true;
    }
    else if (ENACTING_NOUNS.has(n) && s.norm(chain.j + 1) === "to") {
      // "signed an executive order to remove the tariff": an instrument enacted to lift is a lift done
      let k = chain.j - 1;
      while (k >= 0 && chain.j - k <= 3 && ["DET", "ADJ", "NOUN"].includes(s.tok(k)?.pos ?? "") && !ENACTED.has(s.norm(k))) k--;
      if (!ENACTED.has(s.norm(k))) break;
      chain.decided = true;
      chain.j = k;
    }
    else if (!(AUX.has(n) || ADVERBS.has(n) || n === "able")) {
      // "The Trump administration last week lifted ...", "Beijing on Tuesday eased ..."
      const time = s.timeAdverbialEndingAt(chain.j);
      if (time === 0) break;
      chain.j -= time - 1;
    }
  }
  let subj = s.mentionAt(chain.j);
  // "Beijing said it would suspend ...": the pronoun is the speaker
  if (!subj && ["it", "they", "he", "she"].includes(s.norm(chain.j))) {
    let q = chain.j - 1;
    while (q >= 0 && ["that", ","].includes(s.norm(q))) q--;
    // (any verb of saying or signalling whose complement the pronoun opens: "Kigali signalled that it
    // would not reverse ...", "China announced it would lift ...")
    if (SPEECH_VERBS.has(s.norm(q)) || (s.tok(q)?.pos === "VERB" && s.norm(q + 1) === "that")) {
      const speaker = s.subjectAgent(q) ?? s.agentLeft(q - 1, { maxGap: s.settings.nearSubjectWindow });
      if (speaker) subj = { ...speaker, from: chain.j, to: chain.j + 1 };
    }
  }
  // the token walk stopped short of an actor ("the Chinese government on Thursday (Mar. 23) decided
  // to suspend ..."): the verb's subject by the sentence's structure
  if (!s.isAgent(subj)) {
    const structural = s.subjectAgent(v);
    if (structural && structural.to <= chain.j + 1) {
      subj = structural;
    }
  }
  if (s.isAgent(subj)) {
    chain.lifter = subj;
    chain.j = Math.min(subj.from, subj.titleFrom ?? subj.from) - 1;
    // "US President Trump": the country modifier belongs to the subject
    if (s.mentionAt(chain.j)?.type === "country") chain.j = (s.mentionAt(chain.j) as SentenceMention).from - 1;
  }
  return chain;
}

/** A governing verb of demand: "urged the US to lift", "hopes China will lift", "ensure that China relaxes". */
function governingDemand(s: SentenceScope, chain: Chain): { demander?: SentenceMention; demandAt: number; negated: boolean } {
  let k = chain.j;
  // (quotation marks around the verb: 'it would "encourage" India to remove ...')
  while (k >= 0 && (["that", ",", "the"].includes(s.norm(k)) || ADVERBS.has(s.norm(k)) || QUOTES.has(s.norm(k)))) k--;
  if (!(DEMAND_VERBS.has(s.norm(k)) || (["on", "for"].includes(s.norm(k)) && DEMAND_VERBS.has(s.norm(k - 1))))) return { demandAt: -1, negated: false };
  const demandAt = ["on", "for"].includes(s.norm(k)) ? k - 1 : k;
  let q = demandAt - 1;
  let negated = false;
  while (q >= 0 && (s.isVerbChainWord(q) || NEGATORS.has(s.norm(q)) || QUOTES.has(s.norm(q)))) {
    if (NEGATORS.has(s.norm(q))) negated = true;
    q--;
  }
  const demander = s.agentLeft(q, { exclude: chain.lifter });
  return { ...(demander ? { demander } : {}), demandAt, negated };
}

/** "did not say Washington will loosen ...": a negated verb governing the clause. */
function negatedAbove(s: SentenceScope, j: number): boolean {
  for (let q = j; q >= 0 && j - q <= s.settings.negationWindow; q--) {
    if (s.isClauseBreak(q) || s.norm(q) === ",") return false;
    if (NEGATORS.has(s.norm(q))) return true;
  }
  return false;
}

/** "... if Washington rolled back its restrictions": the lift is a condition, not a fact. */
function inCondition(s: SentenceScope, lifter: SentenceMention | undefined, v: number): boolean {
  const at = lifter?.from ?? v;
  for (let q = at - 1; q >= 0 && at - q <= s.settings.conditionWindow; q--) if (opensCondition(s.toks, q)) return true;
  return false;
}

/** Demanded, offered or done, and with which modality. */
function classify(s: SentenceScope, v: number, chain: Chain, demand: { demander?: SentenceMention; demandAt: number }): { predicate?: EdgeType; actor?: SentenceMention; modality: Modality } {
  const { lifter, sawOffer, sawModal } = chain;
  const { demander, demandAt } = demand;
  if (demander && demander !== lifter && !(sawOffer && lifter)) return { predicate: "demands-lift", actor: demander, modality: "asserted" };
  // someone unnamed wants it lifted: no offer by the one asked
  if ((demandAt >= 0 && !demander && !sawOffer) || !lifter) return { modality: "asserted" };
  const conditional = s.toks.slice(v).some((_, i) => opensCondition(s.toks, v + i));
  const past = /ed$/.test(s.norm(v)) || ["cut", "withdrew", "withdrawn", "rethought"].includes(s.norm(v));
  if (chain.decided && !sawModal && !conditional && demandAt < 0) return { predicate: "lifts", actor: lifter, modality: "asserted" };
  if (sawOffer || sawModal || conditional || s.norm(v - 1) === "to" || s.norm(v).endsWith("ing") || demandAt >= 0) {
    return { predicate: "offers-to-lift", actor: lifter, modality: conditional ? "conditional" : sawModal || demandAt >= 0 ? "expected" : "asserted" };
  }
  if (past || /s$/.test(s.norm(v))) return { predicate: "lifts", actor: lifter, modality: "asserted" };
  return { predicate: "offers-to-lift", actor: lifter, modality: "expected" };
}
