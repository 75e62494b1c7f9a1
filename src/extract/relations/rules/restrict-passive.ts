// A flow of goods as the subject of a passive verb of restricting: "shipments of live lobster were
// stopped at Chinese ports", "exports of gallium were banned by Beijing". The one restricting is the
// agent, or the state whose ports, border or customs the sentence names.

import { ADMIT_VERBS, BANNED_PARTICIPLES, BE, COMMODITY_HEADS, DEFINITE_DETERMINERS, FLOW_NOUNS, NEGATORS, REMAIN_VERBS, TRAILING_HEADS } from "../../../text/words.ts";
import type { SentenceMention } from "../../mentions/types.ts";
import { emitMeasure } from "../emit.ts";
import { flowObject, parseGoods, syntheticMeasure } from "../measure-phrase.ts";
import type { SentenceScope } from "../scope.ts";
import type { MeasurePhrase } from "../types.ts";
import { defineRule } from "../types.ts";
import { restrictingVerbAt } from "./restrict-verb.ts";

/** Participles of a ban proper: what is banned in a state, that state bans. */
const BAN_PARTICIPLES = new Set(["banned", "forbidden", "prohibited", "embargoed"]);

/** Who restricts, after the verb: "by X", "at X's ports", "in X" after a verb of banning (a ban in a country is that country's; "halted in Ukraine" only says where). */
function passiveImposer(s: SentenceScope, v: number): SentenceMention | undefined {
  const banning = BAN_PARTICIPLES.has(s.norm(v)) || BANNED_PARTICIPLES.has(s.norm(v - 1));
  for (let q = v + 1; q < Math.min(s.length, v + s.settings.passiveAgentWindow); q++) {
    const m = s.mentionAt(q);
    if (s.norm(q) === "by" && s.isAgent(s.mentionAt(q + 1))) return s.mentionAt(q + 1);
    if (m?.type === "country" && ["ports", "port", "border", "borders", "customs"].includes(s.norm(m.to))) return { ...m, modifier: false };
    // ("in the country", "in Botswana"; not "in Chinese ports", nor a state whose goods follow)
    // ("across Indonesia", "throughout the country": a ban over the whole of a state is that state's)
    const place = banning && ["in", "across", "throughout"].includes(s.norm(q)) ? (s.mentionAt(q + 1) ?? (s.norm(q + 1) === "the" ? s.mentionAt(q + 2) : undefined)) : undefined;
    if (place?.type === "country" && !place.modifier && s.mentionAt(place.to)?.type !== "commodity") return place;
  }
  return undefined;
}

/**
 * The goods that are the subject of the verb at `v` ("tomatoes, carrots and onions remain banned";
 * "four other products – bitter gourd and aubergine – remain banned"), as a restriction's phrase.
 */
function goodsSubject(s: SentenceScope, v: number): MeasurePhrase | undefined {
  const subject = s.structure.subjectOf(v);
  if (!subject) return undefined;
  const from = s.structure.phraseStart(subject);
  const list = parseGoods(s, from);
  const goods = list.goods.filter((g) => g.to <= v);
  // (the goods must make up the subject: "officials in charge of tomato imports are banned" is none)
  if (goods.length === 0 || list.to < subject.to) return undefined;
  const head = { ...(goods[0] as SentenceMention), type: "measure" as const, measureKind: "restrictions", label: "restrictions" };
  return { from, to: list.to, kind: "restrictions", kindLabel: "restrictions", goods, excluded: [], head };
}

/** ", including X, Y and Z" (or "such as", "namely") right after the verb at `v`: the goods it names. */
function namedAfter(s: SentenceScope, v: number): { from: number; to: number; goods: SentenceMention[] } | undefined {
  if (s.norm(v + 1) !== ",") return undefined;
  const w = s.norm(v + 2);
  if (!(w === "including" || w === "namely" || (w === "such" && s.norm(v + 3) === "as"))) return undefined;
  const list = parseGoods(s, w === "such" ? v + 4 : v + 3);
  return list.goods.length > 0 ? { from: v + 1, to: list.to, goods: list.goods } : undefined;
}

/** The verb's subject ends in a word for goods in general ("a small number of items", "4 products"). */
function genericSubject(s: SentenceScope, v: number): boolean {
  const subject = s.structure.subjectOf(v);
  if (!subject) return false;
  for (let q = s.structure.phraseStart(subject); q < v; q++) if (COMMODITY_HEADS.has(s.norm(q)) || TRAILING_HEADS.has(s.norm(q))) return true;
  return false;
}

/** Words that open a clause of their own before the main one. */
const CLAUSE_OPENERS = new Set(["after", "before", "unlike", "while", "although", "though", "because", "since", "when", "if", "unless", "whereas"]);

export const restrictPassive = defineRule({
  id: "restrict-passive",
  description: "a flow of goods + be + restricted (by X / at X's ports): X imposes a restriction on the goods",
  emits: ["imposes", "restricts"],
  reads: [],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "Haiti acted. Among the banned products are wheat flour, cement and soap.", yields: ["measure:unattributed-restrictions-on-wheat-flour restricts commodity:wheat-flour", "measure:unattributed-restrictions-on-cement restricts commodity:cement"] },
    { text: "The export of cattle (code 0102 of the customs tariff), horses (code 0101 of the customs tariff), as well as sheep and goats is prohibited.", yields: ["measure:unattributed-export-controls-on-cattle restricts commodity:cattle", "measure:unattributed-export-controls-on-horse restricts commodity:horse"] },
    { text: "Exports of gallium were banned by Beijing in 2023.", yields: ["country:cn imposes measure:cn-export-controls-on-gallium"] },
    { text: "Shipments of live lobster were stopped at Chinese ports.", yields: ["country:cn imposes measure:cn-export-controls-on-live-lobster"] },
    // the goods themselves as the subject, a passive of state, a ban placed in a country
    { text: "Tomatoes and onions remain banned in Botswana.", yields: ["country:bw imposes measure:bw-restrictions-on-tomato", "measure:bw-restrictions-on-onion restricts commodity:onion"] },
    { text: "Cooking oil exports have been banned across Indonesia, including in bonded zones.", yields: ["country:id imposes measure:id-export-controls-on-vegetable-oil"] },
    // shipments from a state come in to the one that bans them, unless sent on "to" another
    { text: "Shipments from India of bitter gourd remain banned.", yields: ["measure:unattributed-import-bans-on-bitter-gourd restricts commodity:bitter-gourd"] },
    { text: "Shipments from India of rice to Nepal have been halted.", yields: ["measure:unattributed-export-controls-on-rice restricts commodity:rice"] },
    { text: "Carrots and garlic are among the banned products in Botswana.", yields: ["country:bw imposes measure:bw-restrictions-on-carrot"] },
    // the goods named after the verb
    { text: "Imports of four products from Ukraine are prohibited, including wheat, corn and rapeseed.", yields: ["measure:unattributed-import-bans-on-wheat restricts commodity:wheat", "measure:unattributed-import-bans-on-canola restricts commodity:canola"] },
    { text: "A small number of items will still be banned, including mushrooms and wild boar meat.", yields: ["measure:unattributed-restrictions-on-mushroom restricts commodity:mushroom"] },
    // a flow not allowed in
    { text: "Imports of rice from Bangladesh will no longer be allowed.", yields: ["measure:unattributed-import-bans-on-rice restricts commodity:rice"] },
    { text: "Imports from Bangladesh will not be allowed through these land ports for processed foods and wooden furniture.", yields: ["measure:unattributed-import-bans-on-wooden-furniture restricts commodity:wooden-furniture"] },
  ],
  nearMisses: [
    { text: "Among the products traded are wheat flour and cement.", notYields: ["measure:unattributed-restrictions-on-wheat-flour restricts commodity:wheat-flour"], why: "traded, not banned" },
    { text: "After the export of cattle to Turkey in May, sheep were banned.", notYields: ["measure:unattributed-export-controls-on-cattle restricts commodity:cattle"], why: "a comma sets the subject off from a fronted clause" },
    { text: "Unlike imports of beef from Brazil, pork from Spain is banned.", notYields: ["measure:unattributed-import-bans-on-beef restricts commodity:beef"], why: "another clause" },
    { text: "The export of cattle grew last year, and sheep are banned.", notYields: ["measure:unattributed-export-controls-on-cattle restricts commodity:cattle", "measure:unattributed-restrictions-on-cattle restricts commodity:cattle"], why: "the flow belongs to another clause (a verb between)" },
    { text: "Exports of gallium were banned last year.", notYields: ["country:cn imposes measure:cn-export-controls-on-gallium"], why: "nobody named restricts them (the article may)" },
    { text: "Exports of gallium were not banned.", notYields: ["measure:unattributed-export-controls-on-gallium restricts commodity:gallium"], why: "negated" },
    { text: "Carrots are not among the banned products in Botswana.", notYields: ["country:bw imposes measure:bw-restrictions-on-carrot"], why: "negated" },
    { text: "Shipments of grain were halted in Ukraine after the blockade.", notYields: ["country:ua imposes measure:ua-export-controls-on-grain"], why: "'in X' after a halt says where it happened, not who halted" },
    { text: "He said 80,000 tonnes of nitrogen is required for the season.", notYields: ["measure:unattributed-restrictions-on-nitrogen restricts commodity:nitrogen"], why: "goods that are required are not banned" },
    { text: "Rice is among the items Japan buys most.", notYields: ["measure:unattributed-restrictions-on-rice restricts commodity:rice"], why: "items named by no ban" },
    { text: "Imports of rice from Bangladesh will be allowed through these land ports.", notYields: ["measure:unattributed-import-bans-on-rice restricts commodity:rice"], why: "allowed, not refused" },
    { text: "A small number of items will still be allowed, including mushrooms.", notYields: ["measure:unattributed-restrictions-on-mushroom restricts commodity:mushroom"], why: "allowed, not banned" },
    { text: "Several officials will be banned, including the trade minister.", notYields: [], why: "the subject names no goods" },
    { text: "A small number of items will not be banned, including mushrooms.", notYields: ["measure:unattributed-restrictions-on-mushroom restricts commodity:mushroom"], why: "negated" },
    { text: "Officials in charge of tomato imports are banned from travel.", notYields: ["measure:unattributed-restrictions-on-tomato restricts commodity:tomato", "measure:unattributed-import-bans-on-tomato restricts commodity:tomato"], why: "the goods are no subject of the verb: the officials are" },
  ],
  run(ctx) {
    const s = ctx.scope;
    // "Imports of rice from Bangladesh will not be allowed (through these land ports) for processed
    // foods, ...": a flow not allowed in is banned, with the goods named after "for" if it names none
    for (let v = 2; v < s.length; v++) {
      if (!ADMIT_VERBS.has(s.norm(v)) || !/(?:ed)$/.test(s.norm(v)) || !BE.has(s.norm(v - 1))) continue;
      if (!(NEGATORS.has(s.norm(v - 2)) || (s.norm(v - 3) === "no" && s.norm(v - 2) === "longer"))) continue;
      const subject = s.structure.subjectOf(v);
      const from = subject ? s.structure.phraseStart(subject) : -1;
      let flow = -1;
      for (let q = Math.max(0, from); q < v && from >= 0; q++) if (FLOW_NOUNS.has(s.norm(q))) flow = flow < 0 ? q : flow;
      if (flow < 0) continue;
      const obj = flowObject(s, flow);
      let forAt = v + 1;
      while (forAt < s.length && forAt - v <= 12 && s.norm(forAt) !== "for" && ![".", ";"].includes(s.norm(forAt))) forAt++;
      const named = s.norm(forAt) === "for" ? parseGoods(s, forAt + 1) : undefined;
      const goods = [...(obj?.goods ?? []), ...(named?.goods ?? [])];
      const measure = syntheticMeasure(flow, named && named.goods.length > 0 ? named.to : (obj?.to ?? v), undefined, goods, s.norm(flow));
      if (measure) emitMeasure(ctx, measure, passiveImposer(s, v), flow, measure.to);
    }
    for (let v = 0; v < s.length; v++) {
      if (!restrictingVerbAt(s, v)?.passive) continue;
      if (s.negatedBetween(v - s.settings.shortNegationWindow, v, NEGATORS)) continue;
      let start = v - 2;
      while (start > 0 && !FLOW_NOUNS.has(s.norm(start)) && v - start <= s.settings.passiveFlowWindow) start--;
      // a long subject ("the registration of exports of soybean oil, soybeans and other related
      // products would soon be suspended"): the flow noun in the verb's subject phrase
      if (!FLOW_NOUNS.has(s.norm(start))) {
        const subject = s.structure.subjectOf(v);
        const from = subject ? s.structure.phraseStart(subject) : v;
        // (also with where they come from first: "Shipments from India of four other products")
        const ofFollows = (q: number): boolean => s.norm(q + 1) === "of" || (["from", "to"].includes(s.norm(q + 1)) && s.mentionAt(q + 2) !== undefined && s.norm((s.mentionAt(q + 2) as { to: number }).to) === "of");
        for (let q = from; q < v; q++) {
          if (FLOW_NOUNS.has(s.norm(q)) && ofFollows(q)) {
            start = q;
            break;
          }
        }
        // (a subject the tagger cut at its last item: "The export of cattle (code 0102), horses (code
        // 0101), as well as sheep and goats (code 0104) is prohibited": back over the list, to the flow)
        // (not across a comma that sets the subject off, "After the export of cattle in May, sheep
        // were banned", nor across a word that opens another clause: "Unlike imports of beef, ...")
        for (let q = from - 1; !FLOW_NOUNS.has(s.norm(start)) && s.norm(from - 1) !== "," && q >= 0 && v - q <= 60; q--) {
          const t = s.tok(q);
          if (!t || t.pos === "VERB" || t.pos === "AUX" || t.text === ";" || CLAUSE_OPENERS.has(t.normal)) break;
          if (FLOW_NOUNS.has(t.normal) && s.norm(q + 1) === "of") start = q;
        }
      }
      // (a flow in a fronted clause set off by a comma is that clause's: "Unlike imports of beef from
      // Brazil, pork from Spain is banned", "After the export of cattle in May, sheep were banned")
      if (FLOW_NOUNS.has(s.norm(start)) && s.toks.slice(0, start).some((t) => CLAUSE_OPENERS.has(t.normal)) && s.toks.slice(start, v).some((t) => t.text === ",")) start = 0;
      // (or the goods themselves: "tomatoes, carrots and onions remain banned")
      // (goods themselves only with a verb of banning: "80,000 tonnes of nitrogen is required" is none)
      // (the goods before the flow: "Cooking oil exports have been banned", read from the subject's start)
      const subjectFrom = (() => {
        const subject = s.structure.subjectOf(v);
        return subject ? s.structure.phraseStart(subject) : start;
      })();
      const flowFirst = (): ReturnType<typeof flowObject> => flowObject(s, start) ?? (subjectFrom < start ? flowObject(s, subjectFrom) : undefined);
      const obj = FLOW_NOUNS.has(s.norm(start)) ? flowFirst() : BANNED_PARTICIPLES.has(s.norm(v)) ? goodsSubject(s, v) : undefined;
      // the goods named one by one after the verb: "imports of 4 products from Ukraine are
      // prohibited, including wheat, corn and rapeseed"; "a small number of items will still be
      // banned, including mushrooms"
      const named = namedAfter(s, v);
      if ((!obj || obj.to > v - 1) && named && BANNED_PARTICIPLES.has(s.norm(v)) && genericSubject(s, v)) {
        const measure = syntheticMeasure(named.from, named.to, undefined, named.goods, undefined, ["restrictions", "restrictions"]);
        if (measure) emitMeasure(ctx, measure, passiveImposer(s, v), measure.from, measure.to);
        continue;
      }
      if (!obj || obj.to > v - 1) continue;
      if (named) emitMeasure(ctx, { ...obj, goods: [...obj.goods, ...named.goods] }, passiveImposer(s, v), obj.from, named.to);
      else emitMeasure(ctx, obj, passiveImposer(s, v), obj.from, v + 1);
    }
    // "tomatoes, carrots and onions are among the forbidden items": goods said to be banned goods
    for (let v = 1; v < s.length; v++) {
      if (!BE.has(s.norm(v)) && !REMAIN_VERBS.has(s.norm(v))) continue;
      let q = v + 1;
      if (s.norm(q) === "among" || s.norm(q) === "on") q++;
      if (DEFINITE_DETERMINERS.has(s.norm(q)) || s.norm(q) === "a") q++;
      if (!BANNED_PARTICIPLES.has(s.norm(q)) || !(COMMODITY_HEADS.has(s.norm(q + 1)) || TRAILING_HEADS.has(s.norm(q + 1)) || s.norm(q + 1) === "list")) continue;
      if (s.negatedBetween(v - 1, q, NEGATORS)) continue;
      const obj = goodsSubject(s, v);
      if (obj) emitMeasure(ctx, obj, passiveImposer(s, q + 1), obj.from, q + 2);
    }
    // the same turned round: "Among the banned products are wheat flour, cement and soap"
    if (s.norm(0) === "among") {
      let q = 1;
      if (DEFINITE_DETERMINERS.has(s.norm(q))) q++;
      const head = q + 1;
      if (BANNED_PARTICIPLES.has(s.norm(q)) && (COMMODITY_HEADS.has(s.norm(head)) || TRAILING_HEADS.has(s.norm(head))) && (BE.has(s.norm(head + 1)) || ["figure", "include"].includes(s.norm(head + 1)))) {
        const list = parseGoods(s, head + 2);
        // (a ban that names no flow: restrictions, not export controls)
        const measure = syntheticMeasure(0, list.to, undefined, [...list.goods], undefined, ["restrictions", "restrictions"]);
        if (measure && !s.negatedBetween(0, head + 1, NEGATORS)) emitMeasure(ctx, measure, passiveImposer(s, q), 0, list.to);
      }
    }
  },
});
