// A verb that creates or keeps a measure, with the measure as object: "Washington imposed tariffs
// on Chinese steel", "the EU extended its duties on Chinese EVs". The measure's own imposer wins
// over the verb's subject ("Canada will keep US tariffs on ..." does not make Canada their imposer).

import { BE, DENIAL_VERBS, IMPOSE_VERBS, MODALS, NEGATORS, RESPONSE_VERBS } from "../../../text/words.ts";
import type { SentenceScope } from "../scope.ts";
import { emitMeasure, imposerOf } from "../emit.ts";
import { measuresAfter } from "../measure-phrase.ts";
import type { MeasurePhrase, RuleContext } from "../types.ts";
import { defineRule } from "../types.ts";

/** Verbs that make a quota larger. */
const RAISE_VERBS = new Set(["raise", "raises", "raised", "raising", "increase", "increases", "increased", "increasing", "expand", "expands", "expanded", "expanding", "double", "doubled", "doubles", "enlarge", "enlarged"]);

/** Verbs of asking for, which of licences (documents goods must carry) mean requiring them. */
const REQUEST_VERBS = new Set(["request", "requests", "requested", "requesting", "demand", "demands", "demanded", "demanding"]);

/** A verb of imposing at `v`, not negated. */
export function imposingVerbAt(s: SentenceScope, v: number): boolean {
  // (or a verb by the structure's reading: "had suddenly formalized", which the tagger calls an adjective)
  return IMPOSE_VERBS.has(s.norm(v)) && (s.tok(v)?.pos === "VERB" || (s.tok(v)?.pos === "ADJ" && s.structure.chunkAt(v)?.kind === "VG"));
}

/** "X has been slapped with restrictions", "was levied with duties": a passive verb of imposing with "with". */
function targetOfPassive(s: SentenceScope, v: number): boolean {
  if (s.norm(v + 1) !== "with" || !/ed$/.test(s.norm(v))) return false;
  let j = v - 1;
  while (j >= 0 && v - j <= 3 && !BE.has(s.norm(j)) && s.isVerbChainWord(j)) j--;
  return BE.has(s.norm(j));
}

/** A verb of denying with "that" before `v` in the sentence: the clause it governs is denied. */
export function deniedAbove(s: SentenceScope, v: number): boolean {
  for (let q = v - 1; q >= 1; q--) if (s.norm(q) === "that" && DENIAL_VERBS.has(s.norm(q - 1))) return true;
  return false;
}

/** Emits the measures a verb of imposing at `v` governs, with the verb's subject as their imposer. */
export function imposeAll(ctx: RuleContext<"imposers", "attributed" | "discourse">, v: number, objects: readonly MeasurePhrase[]): void {
  const { scope: s, state } = ctx;
  if (s.negatedBetween(v - s.settings.shortNegationWindow, v, NEGATORS)) return;
  // ("denied that Russia had imposed restrictions": a denied clause)
  if (deniedAbove(s, v)) return;
  // the verb's subject by the sentence's structure, else the nearest actor to the left; but the
  // subject of "has been slapped with restrictions" is their target, not their imposer
  const subj = targetOfPassive(s, v) ? undefined : s.actorOfVerb(v);
  // ("Hungary and Slovakia introduced bans on ...": each of a coordinated subject imposes its own)
  const also = subj && subj.from >= 0 ? s.coordinatedBefore(subj) : [];
  for (const o of objects) {
    const own = imposerOf(state, o);
    const imposer = own ?? subj;
    if (imposer) emitMeasure(ctx, o, imposer, Math.min(imposer.from >= 0 ? imposer.from : v, v, o.from), o.to);
    if (!own) for (const a of also) emitMeasure(ctx, o, a, Math.min(a.from, o.from), o.to);
  }
}

export const imposeVerb = defineRule({
  id: "impose-verb",
  description: "subject + verb of imposing + measure: the subject (or the measure's own imposer) imposes it",
  emits: ["lifts", "imposes", "restricts"],
  reads: ["imposers"],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "Washington imposed new tariffs on Chinese steel in March.", yields: ["country:us imposes measure:us-tariffs-on-steel", "measure:us-tariffs-on-steel restricts commodity:steel"] },
    { text: "Hungary and Slovakia introduced bans on imports of wheat.", yields: ["country:hu imposes measure:hu-trade-measures-on-wheat", "country:sk imposes measure:sk-trade-measures-on-wheat"] },
    { text: "US President Joe Biden spoke on Friday. He also imposed tariffs on steel.", yields: ["country:us imposes measure:us-tariffs-on-steel"] },
    { text: "India recently implemented 30 to 50 percent import tariffs on lentils.", yields: ["country:in imposes measure:in-tariffs-on-lentil"] },
    { text: "China retaliated with tariffs on US soybeans.", yields: ["country:cn imposes measure:cn-tariffs-on-soybeans"] },
    { text: "China is fighting back with countermeasures, such as import duties on European spirits.", yields: ["country:cn imposes measure:cn-tariffs-on-spirits"] },
    { text: "Poland, Hungary, and Slovakia introduced bans on imports of wheat.", yields: ["country:pl imposes measure:pl-trade-measures-on-wheat", "country:hu imposes measure:hu-trade-measures-on-wheat"] },
    { text: "The Brazilian government is requesting non automatic licenses for imports of garlic from Argentina.", yields: ["country:br imposes measure:br-import-licensing-on-garlic"] },
    { text: "Russia on Monday raised the export quota for nitrogen fertilizers by 750,000 tons.", yields: ["country:ru lifts measure:ru-export-controls-on-nitrogen-fertilizer"] },
  ],
  nearMisses: [
    { text: "The minister denied that Russia had imposed restrictions on gasoline exports.", notYields: ["country:ru imposes measure:ru-restrictions-on-gasoline"], why: "a denied clause" },
    { text: "Russia raised tariffs on nitrogen fertilizers.", notYields: ["country:ru lifts measure:ru-tariffs-on-nitrogen-fertilizer"], why: "a higher tariff restricts more" },
    { text: "Russia could raise the export quota for nitrogen fertilizers.", notYields: ["country:ru lifts measure:ru-export-controls-on-nitrogen-fertilizer"], why: "a possible raise is no lift" },
    { text: "Argentina is requesting the removal of licenses on imports of garlic.", notYields: ["country:ar imposes measure:ar-import-licensing-on-garlic"], why: "asking for a licence's removal is no licence required" },
    { text: "Exporters are requesting import licenses for garlic.", notYields: ["organization:exporters imposes measure:exporters-import-licensing-on-garlic"], why: "only a state or its body requires licences" },
    { text: "Washington has not imposed tariffs on Chinese steel.", notYields: ["country:us imposes measure:us-tariffs-on-steel"], why: "negated" },
    { text: "China has not retaliated with tariffs on soybeans.", notYields: ["country:cn imposes measure:cn-tariffs-on-soybeans"], why: "negated" },
    { text: "Australia was hit with tariffs on barley in 2020.", notYields: ["country:au imposes measure:au-tariffs-on-barley"], why: "the subject of a passive is the target" },
    { text: "The EU responded with a statement on steel tariffs and Canada with a protest.", notYields: ["country:eu imposes measure:eu-tariffs-on-steel"], why: "answered with words, not a measure" },
    { text: "Uganda's dairy sector has been slapped with restrictions on the export of powder milk to Kenya.", notYields: ["country:ug imposes measure:ug-restrictions-on-powder-milk"], why: "the subject of a passive 'slapped with' is the target" },
    { text: "Following talks with Poland, Hungary introduced bans on imports of wheat.", notYields: ["country:pl imposes measure:pl-trade-measures-on-wheat"], why: "a comma alone makes no list of subjects" },
    { text: "Canada and the US said Mexico imposed tariffs on steel.", notYields: ["country:ca imposes measure:ca-tariffs-on-steel", "country:us imposes measure:us-tariffs-on-steel"], why: "only the verb's own subject and what is coordinated with it" },
  ],
  run(ctx) {
    const s = ctx.scope;
    for (let v = 0; v < s.length; v++) {
      // "China retaliated with tariffs on US soybeans", "hit back with duties", "is fighting with
      // countermeasures, such as import duties on ...": a verb of answering, then its measures
      const back = s.norm(v + 1) === "back" ? 1 : 0;
      // ("hit" and "strike" answer only "back"; "Australia was hit with tariffs" is their target)
      const needsBack = /^(?:hit|strik|struck)/.test(s.norm(v));
      if (RESPONSE_VERBS.has(s.norm(v)) && s.tok(v)?.pos === "VERB" && s.norm(v + 1 + back) === "with" && (back === 1 || !needsBack) && !targetOfPassive(s, v + back)) {
        const objects = measuresAfter(s, v + 2 + back).filter((o) => o.goods.length > 0);
        if (objects.length > 0) imposeAll(ctx, v, objects);
        continue;
      }
      // "the Brazilian government is requesting non automatic licenses for imports": a state that asks
      // for licences (documents goods must carry) requires them; other measures asked for are demands
      const asksLicences = REQUEST_VERBS.has(s.norm(v)) && s.tok(v)?.pos === "VERB";
      if (asksLicences) {
        const licences = measuresAfter(s, v + 1).filter((o) => o.kind === "import-licensing" || (o.kind === "export-controls" && /licen[cs]|permit/i.test(o.head.text)));
        const subject = s.actorOfVerb(v);
        if (licences.length > 0 && subject && (subject.type === "country" || subject.country)) imposeAll(ctx, v, licences);
        continue;
      }
      if (!imposingVerbAt(s, v)) continue;
      const objects = measuresAfter(s, v + 1);
      // "Russia raised the export quota for nitrogen fertilizers by 750,000 tons": a larger quota lets
      // more through, an easing of the quota (a lift in part), not a new restriction
      if (RAISE_VERBS.has(s.norm(v)) && objects.length > 0 && objects.every((o) => (o.kind === "quotas" || /quota/i.test(o.head.text)) && o.goods.length > 0) && !s.negatedBetween(v - s.settings.shortNegationWindow, v, NEGATORS)) {
        const lifter = s.actorOfVerb(v);
        if (lifter && !MODALS.has(s.norm(v - 1))) {
          for (const o of objects) {
            for (const key of emitMeasure(ctx, o, imposerOf(ctx.state, o) ?? lifter, Math.min(lifter.from >= 0 ? lifter.from : v, v), o.to)) ctx.sink.add(lifter.key, "lifts", key, Math.min(lifter.from >= 0 ? lifter.from : v, v), o.to, "asserted");
          }
          continue;
        }
      }
      if (objects.length > 0) imposeAll(ctx, v, objects);
    }
  },
});
