// A verb that restricts trade in goods, with the goods or their flow as object: "China suspended
// exports of seven rare earths", "Seoul banned imports of Japanese seafood", "the Netherlands has
// required licences since 2023 for exports of ASML's machines". A verb followed by a measure ("suspend
// tariffs") is a lift, left to lift-verb; a negated or conditional restriction is none.

import { isPossessiveMark, type SentenceScope } from "../scope.ts";
import type { SentenceMention } from "../../mentions/types.ts";
import { ACTING_NOUNS, ADMIT_VERBS, BE, BODY_NOUNS, CLOSE_VERBS, DEMAND_VERBS, DENIAL_VERBS, FLOW_NOUNS, GENERIC_MEASURE_NOUNS, IMPOSE_VERBS, MODALS, NEGATORS, opensCondition, PHASE_VERBS, REMAIN_VERBS, RESTRICT_VERBS } from "../../../text/words.ts";
import { emitMeasure } from "../emit.ts";
import { directGoods, flowObject, marketObject } from "../measure-phrase.ts";
import { defineRule } from "../types.ts";

/** A restricting verb at `v` (or "a halt/ban/freeze"), not governing a measure; whether it is a noun. */
export function restrictingVerbAt(s: SentenceScope, v: number): { nounHalt: boolean; passive: boolean } | undefined {
  const t = s.tok(v);
  if (!t) return undefined;
  const nounHalt = (t.normal === "halt" || t.normal === "ban" || t.normal === "freeze") && ["a", "the"].includes(s.norm(v - 1));
  if (!RESTRICT_VERBS.has(t.normal) || !(t.pos === "VERB" || nounHalt || t.normal.endsWith("ing"))) return undefined;
  // "imports of frozen shrimp": a participle inside a noun phrase qualifies a good (but "banned
  // imports of" still says they are banned)
  if (!nounHalt && s.structure.chunkAt(v)?.kind === "NP" && !FLOW_NOUNS.has(s.norm(v + 1))) return undefined;
  // "suspend tariffs" lifts a measure: leave that to the lift rules
  if (s.measures.some((m) => m.from >= v + 1 && m.from <= v + 3)) return undefined;
  // ("remain banned", "stayed prohibited": a passive of state)
  const copula = BE.has(s.norm(v - 1)) || REMAIN_VERBS.has(s.norm(v - 1));
  return { nounHalt, passive: copula && /(ed|en|pped|nned)$/.test(t.normal) };
}

/** A verb of demanding shortly before the infinitive marker at `to`, in the same clause ("called on X to"). */
function demandedBefore(s: SentenceScope, to: number): boolean {
  for (let j = to - 1; j >= 0 && to - j <= 8; j--) {
    if (s.isClauseBreak(j) || s.norm(j) === ".") return false;
    if (s.tok(j)?.pos === "VERB" && DEMAND_VERBS.has(s.norm(j))) return true;
  }
  return false;
}

/** Modals of obligation or possibility, before a verb of restricting. */
const DEONTIC_MODALS = new Set(["should", "must", "could", "might", "may", "ought", "can"]);

/** Nouns of a case one party brings against another: "New Zealand's case against Australia". */
const CASE_NOUNS = new Set(["case", "complaint", "challenge", "dispute", "lawsuit", "action"]);

/**
 * The owner of a case the gerund at `v` gives the grounds of: "<X>'s case against <Y> for blocking
 * ...", "over restricting ...".
 */
function caseOwnerBefore(s: SentenceScope, v: number): SentenceMention | undefined {
  if (!/ing$/.test(s.norm(v)) || !["for", "over"].includes(s.norm(v - 1))) return undefined;
  let k = v - 2;
  const respondent = s.mentionAt(k);
  if (respondent) k = respondent.from - 1;
  if (respondent && s.norm(k) === "against") k--;
  if (!CASE_NOUNS.has(s.norm(k)) || !isPossessiveMark(s.tok(k - 1)?.text)) return undefined;
  const owner = s.mentionAt(k - 2);
  return s.isAgent(owner) && (owner.type !== "person" || owner.country) ? owner : undefined;
}

export const restrictVerb = defineRule({
  id: "restrict-verb",
  description: "subject + verb of restricting + goods or a flow of goods: the subject imposes a restriction on them",
  emits: ["imposes", "restricts", "demands-lift"],
  reads: [],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "Kuwait, Jordan and Japan banned imports of Egyptian farm goods.", yields: ["country:kw imposes measure:kw-import-bans-on-eg-farm-goods", "country:jo imposes measure:jo-import-bans-on-eg-farm-goods", "country:jp imposes measure:jp-import-bans-on-eg-farm-goods"] },
    { text: "China suspended exports of gallium and germanium in August.", yields: ["country:cn imposes measure:cn-export-controls-on-gallium", "measure:cn-export-controls-on-germanium restricts commodity:germanium"] },
    { text: "Seoul banned imports of seafood from Fukushima.", yields: ["country:kr imposes measure:kr-import-bans-on-seafood"] },
    { text: "The government officially prohibits the export of bauxite.", yields: ["measure:unattributed-export-controls-on-bauxite restricts commodity:bauxite"] },
    { text: "Indonesia wants smelters built at home. It banned exports of bauxite in June.", yields: ["country:id imposes measure:id-export-controls-on-bauxite"] },
    { text: "The United States closed its market to Argentine lemons in 2001.", yields: ["country:us imposes measure:us-import-bans-on-lemon"] },
    { text: "The EU will phase out imports of Russian natural gas by 2027.", yields: ["country:eu imposes measure:eu-import-bans-on-natural-gas"] },
    { text: "The EU does not accept molluscs from Class B waters.", yields: ["country:eu imposes measure:eu-restrictions-on-mollusc"] },
    { text: "After a row over exports to Ukraine, Poland banned imports of grain.", yields: ["country:pl imposes measure:pl-import-bans-on-grain"] },
    { text: "US President Joe Biden spoke on Friday. He also banned the export of tobacco to Russia.", yields: ["country:us imposes measure:us-export-controls-on-tobacco"] },
    { text: "The Peruvian government, angered by Santiago's refusal, last month imposed a ban on imports of shrimp from Chile.", yields: ["country:pe imposes measure:pe-import-bans-on-shrimp"] },
    { text: "Seven countries including Kuwait, Jordan and Russia have taken strict measures banning imports of Egyptian farm goods.", yields: ["country:kw imposes measure:kw-import-bans-on-eg-farm-goods", "country:jo imposes measure:jo-import-bans-on-eg-farm-goods"] },
    { text: "The WTO upheld New Zealand's case against Australia for blocking apple exports.", yields: ["country:nz demands-lift measure:au-export-controls-on-apple", "country:au imposes measure:au-export-controls-on-apple"] },
    { text: "President Joko Widodo (Jokowi) explained why his administration has decided to ban the export of cooking oil.", yields: ["country:id imposes measure:id-export-controls-on-vegetable-oil"] },
  ],
  nearMisses: [
    { text: "The minister denied that Russia had banned gasoline exports.", notYields: ["country:ru imposes measure:ru-export-controls-on-gasoline"], why: "a denied clause" },
    { text: "Washington should ban imports of Russian gas, Zelensky said.", notYields: ["country:us imposes measure:us-import-bans-on-natural-gas"], why: "what a state should do it has not done" },
    { text: "Europe could ban imports of Russian gas if talks fail.", notYields: ["country:eu imposes measure:eu-import-bans-on-natural-gas"], why: "a possibility" },
    { text: "Brazil and Argentina criticised measures banning imports of beef.", notYields: ["country:br imposes measure:br-import-bans-on-beef"], why: "criticising measures is not taking them" },
    { text: "President Lula, asked about Javier Milei, said his government had banned exports of beef.", notYields: ["country:ar imposes measure:ar-export-controls-on-beef"], why: "in what Lula says, 'his' is Lula's, not the last person named" },
    { text: "The company's founder said his administration banned the export of cooking oil.", notYields: ["country:id imposes measure:id-export-controls-on-vegetable-oil"], why: "'his administration' of a person of no state is no state's" },
    { text: "The WTO heard the case of Australia, known for blocking apple exports.", notYields: ["country:nz demands-lift measure:au-export-controls-on-apple"], why: "no owner of a case" },
    { text: "Kuwait and Jordan criticised the measures Russia is taking banning imports of Egyptian farm goods.", notYields: ["country:kw imposes measure:kw-import-bans-on-eg-farm-goods"], why: "the coordinated states are another verb's subject" },
    { text: "The dispute between the United States and Mexico over the country's policies to ban GM corn grew.", notYields: ["country:us imposes measure:us-restrictions-on-gm-corn", "country:us imposes measure:us-restrictions-on-genetically-modified-corn"], why: "'between A and B' is no subject of the ban" },
    { text: "After talks with Kuwait, Japan banned imports of Egyptian farm goods.", notYields: ["country:kw imposes measure:kw-import-bans-on-eg-farm-goods"], why: "a comma alone makes no list of subjects" },
    { text: "China did not suspend exports of gallium.", notYields: [], why: "negated" },
    { text: "Indonesia wants smelters built at home. The miner said it halted exports of bauxite in June.", notYields: ["country:id imposes measure:id-export-controls-on-bauxite", "measure:unattributed-export-controls-on-bauxite restricts commodity:bauxite"], why: "'it' after another noun phrase stands for that one (the miner), no state" },
    { text: "The United States closed its embassy to visitors in 2001.", notYields: [], why: "only a market is closed to goods" },
    { text: "Kenyan authorities are not issuing export permits for powder milk.", notYields: ["country:ke imposes measure:ke-restrictions-on-powder-milk"], why: "'permits' here is a noun, no verb of letting in" },
    { text: "The EU accepts molluscs from Class A waters.", notYields: ["country:eu imposes measure:eu-restrictions-on-mollusc"], why: "accepting goods restricts nothing; only refusing them does" },
    { text: "Canada will phase out its tariffs on steel.", notYields: ["country:ca imposes measure:ca-import-bans-on-steel"], why: "phasing out a measure lifts it (lift-verb), no flow is ended" },
    { text: "The EU urged China to restrict exports of steel.", notYields: ["country:cn imposes measure:cn-export-controls-on-steel"], why: "a demand that someone restrict is no restriction" },
    { text: "Officials are considering banning the export of bauxite.", notYields: ["measure:unattributed-export-controls-on-bauxite restricts commodity:bauxite"], why: "with no actor, only a finite verb states a restriction" },
    { text: "After a row over exports to Ukraine, Poland banned imports of grain.", notYields: ["country:ua imposes measure:ua-import-bans-on-grain"], why: "the verb's subject after the fronted phrase, not the destination in it" },
    { text: "Riyadh bans poultry imports from Tennessee, Malaysia over bird flu fears The kingdom has banned the import of live birds.", notYields: ["country:my imposes measure:my-import-bans-on-live-bird"], why: "a state goods come from is no subject, even where a run-on page glues two sentences" },
    { text: "He also banned the export of tobacco to Russia.", notYields: ["country:ru imposes measure:ru-export-controls-on-tobacco"], why: "'he' with nobody named before is nobody" },
    { text: "Lima banned imports of frozen shrimp from Chile.", notYields: ["country:cl imposes measure:cl-restrictions-on-frozen-shrimp", "country:pe imposes measure:pe-restrictions-on-frozen-shrimp"], why: "'frozen' qualifies the shrimp: it restricts nothing" },
    { text: "The Peruvian government, angered by Santiago's refusal, last month imposed a ban on imports of shrimp from Chile.", notYields: ["country:cl imposes measure:cl-import-bans-on-shrimp"], why: "the actor inside the participial clause and the goods' origin are not the subject" },
    { text: "Prices will fall until China does more to curb shipments of gallium.", notYields: [], why: "a condition still to be met is no restriction" },
  ],
  run(ctx) {
    const s = ctx.scope;
    for (let v = 0; v < s.length; v++) {
      // ("closed its market to Argentine lemons": a market closed to goods bans their import)
      const closes = CLOSE_VERBS.has(s.norm(v)) && s.tok(v)?.pos === "VERB";
      // ("phase out imports of Russian gas": a flow ended by stages; "phase out tariffs" lifts them)
      const phasesOut = PHASE_VERBS.has(s.norm(v)) && s.norm(v + 1) === "out";
      // ("Europe does not accept molluscs from Class B waters": refusing goods entry bans them)
      // (a verb of the sentence's structure, not a noun the tagger calls one: "not issuing export permits")
      const refuses = ADMIT_VERBS.has(s.norm(v)) && s.tok(v)?.pos === "VERB" && s.structure.chunkAt(v)?.kind === "VG" && s.tok(v - 1)?.pos !== "NOUN" && s.negatedBetween(v - s.settings.shortNegationWindow, v, NEGATORS);
      const verb = closes || phasesOut || refuses ? { nounHalt: false, passive: false } : restrictingVerbAt(s, v);
      if (!verb || verb.passive) continue;
      let k = phasesOut ? v + 2 : v + 1;
      if (verb.nounHalt && (s.norm(k) === "to" || s.norm(k) === "on")) k++;
      let obj = closes ? marketObject(s, k) : phasesOut ? flowObject(s, k) : (flowObject(s, k) ?? directGoods(s, k));
      if ((closes || phasesOut || refuses) && !obj) continue;
      // "required licences since September 2023 for exports of ..."
      for (let q = k + 1; !obj && q < Math.min(s.length, k + s.settings.restrictObjectWindow); q++) {
        if (s.isClauseBreak(q) || s.tok(q)?.pos === "VERB" || s.norm(q) === ".") break;
        if (FLOW_NOUNS.has(s.norm(q)) && s.norm(q + 1) === "of") obj = flowObject(s, q);
      }
      if (!obj) {
        // "restricting exports of a wide range of products": no goods named, but an imposer the
        // article's next "the measures" may refer to
        const flowNext = FLOW_NOUNS.has(s.norm(k)) || FLOW_NOUNS.has(s.norm(k + 1));
        const actor = flowNext && !verb.passive && !s.negatedBetween(v - s.settings.negationWindow, v, NEGATORS) ? (s.subjectAgent(v) ?? s.agentLeft(v - 1)) : undefined;
        if (actor && actor.type !== "person") ctx.state.discourse.lastImposer = { ...actor, from: -1, to: -1 };
        continue;
      }
      if (!refuses && s.negatedBetween(v - s.settings.negationWindow, v, NEGATORS)) continue;
      // "Washington should ban imports of Russian gas", "Europe could ban ...": what a state should,
      // must or might do is no restriction it made (a demand or a guess)
      let mq = v - 1;
      while (mq >= 0 && v - mq <= 2 && (s.tok(mq)?.pos === "ADV" || ["also", "still", "soon"].includes(s.norm(mq)))) mq--;
      if (DEONTIC_MODALS.has(s.norm(mq))) continue;
      // ("denied that Russia had banned gasoline exports": a denied clause)
      if (s.toks.slice(0, v).some((t, q) => DENIAL_VERBS.has(t.normal) && s.norm(q + 1) === "that")) continue;
      // "urged China to restrict exports of steel": a demand that someone restrict, not a restriction
      if (s.norm(v - 1) === "to" && demandedBefore(s, v - 1)) continue;
      const subj = obj.imposer ?? s.subjectAgent(v) ?? s.ownGovernmentSubject(v) ?? s.agentLeft(v - 1) ?? s.personPronounSubject(v) ?? s.statePronounSubject(v);
      // "until China does more to curb shipments of ...": not (yet) a restriction
      if (subj && s.toks.slice(Math.max(0, subj.from - 2), v).some((t, k) => opensCondition(s.toks, Math.max(0, subj.from - 2) + k) || t.normal === "until")) continue;
      if (!subj) {
        // no actor the sentence names ("The government through its minister prohibits the export of
        // bauxite"): the restriction is stated all the same, when the verb is a finite one (not "to
        // ban", "banning", "would ban"); whose it is, the article may settle (implicit-imposer)
        // ... and whose subject, if it has one, is a body of state by its head noun ("the government",
        // "the authorities"; not "the miner said it halted exports")
        const finite = !/ing$/.test(s.norm(v)) && s.norm(v - 1) !== "to" && !(MODALS.has(s.norm(v - 1)) && !["will", "'ll"].includes(s.norm(v - 1))) && s.structure.clauses[s.structure.clauseAt(v)]?.kind === "main";
        const subject = s.structure.subjectOf(v);
        const stateSubject = !subject || BODY_NOUNS.has(s.norm(subject.head)) || ACTING_NOUNS.has(s.norm(subject.head));
        if (finite && stateSubject && !verb.nounHalt) emitMeasure(ctx, { ...obj }, undefined, v, obj.to);
        continue;
      }
      const keys = emitMeasure(ctx, { ...obj }, subj, Math.min(subj.from, v), obj.to);
      // ("New Zealand's case against Australia for blocking apple exports": the case's owner demands
      // that the restriction go)
      const complainant = caseOwnerBefore(s, v);
      if (complainant && complainant.key !== subj.key) for (const key of keys) ctx.sink.add(complainant.key, "demands-lift", key, complainant.from, obj.to);
      // ("Kuwait, Jordan and Japan banned imports of ...": each of a coordinated subject restricts)
      // (only the verb's own subject: "the dispute between the United States and Mexico over the
      // country's policies to ban GM corn" coordinates no imposers)
      // (of a participle after a measure noun, the subject of the verb that governs it: "Kuwait, Jordan
      // and Russia have taken strict measures banning imports of ...")
      // (only a verb of taking or imposing measures: "criticised measures banning ..." is no one's act)
      const governingAt = /ing$/.test(s.norm(v)) && GENERIC_MEASURE_NOUNS.has(s.norm(v - 1)) ? s.previousVerb(v - 1) : undefined;
      const governing = governingAt !== undefined && (IMPOSE_VERBS.has(s.norm(governingAt)) || ["take", "takes", "took", "taken", "taking"].includes(s.norm(governingAt))) ? governingAt : undefined;
      const own = s.subjectAgent(v) ?? (governing !== undefined ? s.subjectAgent(governing) : undefined);
      if (!obj.imposer && subj.from >= 0 && own?.key === subj.key) for (const also of s.coordinatedBefore(subj)) emitMeasure(ctx, { ...obj }, also, Math.min(also.from, v), obj.to);
    }
  },
});
