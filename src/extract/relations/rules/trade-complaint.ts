// A complaint at the World Trade Organization (or a challenge in a trade court) against a measure is
// a demand that it be lifted: "The EU said it will file a case against the United States at the WTO
// over its steel and aluminium tariffs", "Canada challenged the duties at the WTO", "Australia took
// China to the WTO over its barley tariffs". The complainant is the subject of the verb (by the
// sentence's structure); the measure's imposer is its own, else the party the case is against
// ("its" tariffs are the respondent's).

import { MONTH_NAMES, NEGATORS } from "../../../text/words.ts";
import { emitMeasure, imposerOf } from "../emit.ts";
import { isPossessiveMark, type SentenceScope } from "../scope.ts";
import { defineRule } from "../types.ts";

/** Verbs that bring a case, and nouns that are one. */
const FILE_VERBS = new Set("file files filed filing lodge lodges lodged lodging launch launches launched launching bring brings brought bringing initiate initiates initiated take takes took taking open opens opened request requested requests".split(" "));
const CASE_NOUNS = new Set("case cases complaint complaints challenge dispute disputes action proceedings consultations lawsuit lawsuits suit".split(" "));
const CHALLENGE_VERBS = new Set("challenge challenges challenged challenging contest contests contested contesting appeal appeals appealed appealing complain complains complained complaining".split(" "));

/**
 * Whether what is challenged at `k` (the verb, or the case noun) is a measure: one starts within a few
 * words, directly or after "against" (and what the complainant calls it: "against what it described as
 * the unfair duties").
 */
function aimedAtMeasure(s: SentenceScope, k: number): boolean {
  const o = s.measures.find((m) => m.from > k);
  if (!o) return false;
  // the measure is the object itself: only determiners, adjectives, owners between ("the US duties")
  const object = (from: number): boolean => {
    for (let j = from; j < o.from; j++) {
      const t = s.tok(j);
      if (!t || !(["DET", "ADJ", "NUM", "PRON"].includes(t.pos) || s.mentionAt(j)?.type === "country" || isPossessiveMark(t.text) || t.text === "-")) return false;
    }
    return true;
  };
  if (o.from - k <= 4 && object(k + 1)) return true;
  // or it follows "against", perhaps after what the complainant calls it, and after a date ("its
  // complaint in November, 2019, against the export restrictions")
  let a = k + 1;
  while (a - k <= 6 && (["in", "on", ","].includes(s.norm(a)) || s.tok(a)?.pos === "NUM" || MONTH_NAMES.has(s.norm(a)))) a++;
  const against = s.norm(a) === "against";
  return against && o.from - a <= 11 && (object(a + 1) || ["what", "which"].includes(s.norm(a + 1))) && !s.toks.slice(a + 1, o.from).some((t) => [".", ";"].includes(t.text));
}

/** The case noun the verb at `v` takes as its object: within a few words, past names and brackets. */
function caseNounAfter(s: SentenceScope, v: number): number | undefined {
  for (let j = v + 2; j < Math.min(s.length, v + 9); j++) {
    if (CASE_NOUNS.has(s.norm(j))) return j;
    const t = s.tok(j);
    if (!t || t.pos === "VERB" || t.pos === "AUX" || [",", ";", ":", "."].includes(t.text) || ["against", "over", "to", "at", "with", "on", "in", "as", "part", "status"].includes(t.normal)) return undefined;
  }
  return undefined;
}

export const tradeComplaint = defineRule({
  id: "trade-complaint",
  description: "subject files a WTO case / challenges at the WTO + measure: the subject demands its lifting",
  emits: ["demands-lift", "imposes", "restricts"],
  reads: ["imposers", "discourse"],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "The EU said it will file a case against the United States at the WTO over its steel tariffs.", yields: ["country:eu demands-lift measure:us-tariffs-on-steel", "country:us imposes measure:us-tariffs-on-steel"] },
    { text: "Canada challenged the US duties on softwood lumber at the World Trade Organization.", yields: ["country:ca demands-lift measure:us-tariffs-on-lumber"] },
    { text: "The EU will appeal to the World Trade Organization against Chinese measures against imports of brandy.", yields: ["country:eu demands-lift measure:cn-trade-measures-on-brandy"] },
    { text: "Indonesia banned exports of nickel ore. Japan challenged the export ban on nickel ore at the WTO.", yields: ["country:jp demands-lift measure:id-export-controls-on-nickel-ore"] },
    { text: "Vietnam complains to WTO about Indonesia's safeguard tariff on steel.", yields: ["country:vn demands-lift measure:id-tariffs-on-steel"] },
    { text: "Pakistan has initiated World Trade Organisation (WTO) dispute settlement proceedings to fight South African anti-dumping duties on cement.", yields: ["country:pk demands-lift measure:za-anti-dumping-duties-on-cement"] },
    { text: "Indonesia banned exports of nickel ore. The EU launched its complaint in November, 2019, against the export restrictions on nickel ore.", yields: ["country:eu demands-lift measure:id-export-controls-on-nickel-ore"] },
    { text: "The United States imposed tariffs on steel. That prompted India to launch a complaint against the United States at the WTO.", yields: ["country:in demands-lift measure:us-tariffs-on-steel"] },
    // a challenge aimed at a measure needs no WTO; a measure nobody is named for is still complained of
    { text: "Ottawa has launched a challenge against what it called unfair US duties on softwood lumber.", yields: ["country:ca demands-lift measure:us-tariffs-on-lumber"] },
    { text: "Indonesia rejected the EU's action against Indonesia's ban on nickel ore exports.", yields: ["country:eu demands-lift measure:id-trade-measures-on-nickel-ore"] },
    { text: "Indonesia is ready to fight the European Union's challenge of Indonesia's ban on nickel ore exports.", yields: ["country:eu demands-lift measure:id-trade-measures-on-nickel-ore"] },
    { text: "Brazil took its case against anti-dumping duties on its poultry to the WTO.", yields: ["country:br demands-lift measure:unattributed-anti-dumping-duties-on-poultry"] },
  ],
  nearMisses: [
    { text: "China has always managed trade in line with WTO rules and its duties on brandy are fair.", notYields: [], why: "no case is filed" },
    { text: "The EU did not file a case at the WTO over the US steel tariffs.", notYields: ["country:eu demands-lift measure:us-tariffs-on-steel"], why: "negated" },
    { text: "Canada imposed duties on steel, a move the WTO may review.", notYields: [], why: "the WTO is named but nobody complains" },
    { text: "The EU's action on climate angered Indonesia, whose ban on nickel ore exports stood.", notYields: ["country:eu demands-lift measure:unattributed-trade-measures-on-nickel-ore"], why: "an action aimed at no measure" },
    { text: "The EU's case load grew while Indonesia's ban on nickel ore exports stood.", notYields: ["country:eu demands-lift measure:id-trade-measures-on-nickel-ore"], why: "a case noun not aimed at the measure ('case load')" },
    { text: "The EU launched its campaign in November, 2019, against plastic waste, and Indonesia kept its ban on nickel ore.", notYields: ["country:eu demands-lift measure:id-trade-measures-on-nickel-ore"], why: "a campaign is no case, and it is aimed at no measure" },
    { text: "Japan took part in the WTO case against Indonesia's ban on nickel ore exports as a third party.", notYields: ["country:jp demands-lift measure:id-trade-measures-on-nickel-ore"], why: "taking part in a case is not bringing it" },
    { text: "Pakistan has opened new trade offices to sell cement in South Africa, whose anti-dumping duties on cement stay.", notYields: ["country:pk demands-lift measure:za-anti-dumping-duties-on-cement"], why: "offices are no case" },
    { text: "Vietnam complained about Indonesia's safeguard tariff on steel.", notYields: ["country:vn demands-lift measure:id-tariffs-on-steel"], why: "with no WTO, a complaint about a measure is no case against it" },
    { text: "Canada challenged the ruling on lumber duties.", notYields: ["country:ca demands-lift measure:unattributed-tariffs-on-lumber"], why: "with no WTO, what is challenged must be the measure itself" },
    { text: "Canada did not challenge the US duties on softwood lumber.", notYields: ["country:ca demands-lift measure:us-tariffs-on-lumber"], why: "negated" },
    { text: "The United States imposed tariffs on steel. India filed a complaint against Brazil at the WTO.", notYields: ["country:in demands-lift measure:us-tariffs-on-steel"], why: "the respondent has no measure the article named" },
  ],
  run(ctx) {
    const { scope: s, state, sink } = ctx;
    // "the European Union's challenge of the Southeast Asian country's ban on nickel ore exports",
    // "Japan's complaint against Korea's ban on seafood": a case owned by its complainant
    for (let n = 2; n < s.length; n++) {
      // (a case noun, or an appeal: "the EU's challenge of", "Japan's complaint against", "Beijing's appeal against")
      if (!(CASE_NOUNS.has(s.norm(n)) || s.norm(n) === "appeal") || !isPossessiveMark(s.tok(n - 1)?.text)) continue;
      const owner = s.mentionAt(n - 2);
      if (!s.isAgent(owner) || owner.type === "person" && !owner.country) continue;
      if (!["of", "against", "over", "to", "on"].includes(s.norm(n + 1))) continue;
      const o = s.measures.find((m) => m.from > n + 1 && m.from - n <= 6);
      if (!o || o.goods.length === 0) continue;
      const imposer = imposerOf(state, o);
      if (imposer?.key === owner.key) continue;
      for (const key of emitMeasure(ctx, o, imposer, o.from, o.to)) sink.add(owner.key, "demands-lift", key, owner.from, o.to);
    }
    const wto = s.mentions.find((m) => m.key === "agency:wto");
    for (let v = 0; v < s.length; v++) {
      const t = s.tok(v);
      if (!t || t.pos !== "VERB") continue;
      const challenge = CHALLENGE_VERBS.has(t.normal);
      // "file a case", "took China to the WTO", "initiated World Trade Organisation (WTO) dispute
      // settlement proceedings": a case noun heading the verb's object
      const caseAt = caseNounAfter(s, v);
      const files = FILE_VERBS.has(t.normal) && (caseAt !== undefined || (["take", "takes", "took", "taking", "bring", "brings", "brought"].includes(t.normal) && s.mentionAt(v + 1) !== undefined && s.norm(s.mentionAt(v + 1)!.to) === "to"));
      if (!challenge && !files) continue;
      // with no WTO in the sentence, only a case or challenge aimed at a measure is a complaint
      // against it ("initiated a challenge against ... the duties on softwood lumber", "challenged
      // the duties in court"); "challenged the ruling", "filed a case against the company" are not
      if (!wto && !aimedAtMeasure(s, challenge ? v : (caseAt ?? v))) continue;
      if (s.negatedBetween(v - s.settings.shortNegationWindow, v, NEGATORS)) continue;
      const complainant = s.subjectAgent(v) ?? s.agentLeft(v - 1);
      if (!complainant) continue;
      // the party the case is against: "against the United States", "took China to the WTO"
      let respondent = undefined as ReturnType<typeof s.mentionAt>;
      for (let k = v + 1; k < s.length; k++) {
        if (s.norm(k) === "against" && s.isAgent(s.mentionAt(k + 1) ?? s.mentionAt(k + 2))) respondent = s.mentionAt(k + 1) ?? s.mentionAt(k + 2);
      }
      if (!respondent && !challenge) {
        const m = s.mentionAt(v + 1);
        if (s.isAgent(m) && m !== wto) respondent = m;
      }
      // "prompting India to launch a complaint against the United States at the WTO": no measure in
      // the sentence, the respondent's measures the article has named
      const inSentence = s.measures.some((o) => o.from > v && o.from - v <= s.settings.complaintWindow);
      const respondentKey = respondent && s.isAgent(respondent) && respondent.type === "country" ? respondent.key : undefined;
      if (!inSentence && respondentKey && respondentKey !== complainant.key) {
        for (const key of state.discourse.measuresBy?.get(respondentKey) ?? []) sink.add(complainant.key, "demands-lift", key, Math.min(complainant.from >= 0 ? complainant.from : v, v), respondent!.to);
      }
      for (const o of s.measures) {
        if (o.from <= v || o.from - v > s.settings.complaintWindow) continue;
        // "challenged the export ban at the WTO": the ban the article spoke of last
        const definite = ["the", "this", "these", "that"].includes(s.norm(o.from)) || ["the", "this", "these", "that"].includes(s.norm(o.from - 1));
        // (a measure whose imposer nobody names is still the one complained of: "its case against
        // anti-dumping duties on its poultry")
        const imposer = imposerOf(state, o) ?? respondent ?? (definite ? state.discourse.lastImposer : undefined);
        // (with no imposer, only one that names its goods: "the tariffs" alone says nothing one can look up)
        if (imposer?.key === complainant.key || (!imposer && o.goods.length === 0)) continue;
        const keys = emitMeasure(ctx, o, imposer, o.from, o.to);
        for (const key of keys) sink.add(complainant.key, "demands-lift", key, Math.min(complainant.from >= 0 ? complainant.from : v, v), o.to);
      }
    }
  },
});
