// A good named in the singular as a noun modifier: "the automobile tariff", "car exports", "a
// soybean ban". News names goods attributively in the singular even when the lexicon lists the
// plural ("automobiles", "cars", "soybeans"), or names goods the lexicon does not list at all but
// WordNet files as goods ("laptop and tablet imports", "garlic exports"); only in front of a measure
// word or a noun of trade flow, so "a car" or "good news" elsewhere stays what it is.

import type { Token } from "../../../model/types.ts";
import type { CommodityEntry } from "../../../lexicon/types.ts";
import { goodsBase, goodsClassOfWord } from "../../../lexicon/wordnet.ts";
import { slug } from "../../../text/fold.ts";
import { FLOW_NOUNS, NOT_GOODS } from "../../../text/words.ts";
import type { SentenceMention } from "../types.ts";
import type { LexiconIndex } from "../../lexicon-index.ts";
import { defineFinder } from "../finder.ts";

/** The plural forms English gives a noun: car -> cars, box -> boxes, battery -> batteries. */
function plurals(noun: string): string[] {
  if (/[^aeiou]y$/.test(noun)) return [`${noun.slice(0, -1)}ies`];
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return [`${noun}es`];
  return [`${noun}s`, `${noun}es`];
}

const JOINS = new Set([",", "and", "or"]);

let byName: { lex: LexiconIndex; names: Map<string, CommodityEntry> } | undefined;

/** One-word commodity names, lower case, for the lexicon in use. */
function commodityNames(lex: LexiconIndex): Map<string, CommodityEntry> {
  if (byName?.lex === lex) return byName.names;
  const names = new Map<string, CommodityEntry>();
  for (const c of lex.commodities.values()) {
    for (const n of [c.label, ...c.names]) if (/^\p{Ll}+$/u.test(n)) names.set(n, c);
  }
  byName = { lex, names };
  return names;
}

export const attributiveGoods = defineFinder({
  id: "attributive-goods",
  description: "a singular noun whose plural is a listed good, in front of a measure word or flow noun: that good",
  produces: ["lexicon:commodity"],
  context: [],
  examples: [
    { text: "Tokyo requested the reduction of the automobile tariff.", yields: ['commodity commodity:vehicles "automobile"'] },
    { text: "Car exports to the United States fell.", yields: ['commodity commodity:vehicles "Car"'] },
    { text: "India introduced a licensing regime for laptop and tablet imports.", yields: ['commodity commodity:tablet "tablet"'] },
    { text: "The ministry halted garlic, ginger and onion exports.", yields: ['commodity commodity:garlic "garlic"', 'commodity commodity:ginger "ginger"'] },
    { text: "Russia banned imports of food from the EU.", yields: ['commodity commodity:food-products "food"'] },
  ],
  nearMisses: [
    { text: "The car was stopped at the border.", notYields: ['commodity commodity:vehicles "car"'], why: "not in front of a measure or flow noun" },
    { text: "It was a good tariff deal for farmers.", notYields: ['commodity commodity:goods "good"'], why: "an adjective is no good" },
    { text: "Analysts expect farm exports to rise.", notYields: ['commodity commodity:farm "farm"'], why: "a farm is where goods grow, not a good" },
    { text: "The price and export curbs hurt traders.", notYields: ['commodity commodity:price "price"'], why: "a chain with a word that is no good is read as none" },
    { text: "Exports of food products rose.", notYields: ['commodity commodity:food-products "food"'], why: "the phrase goes on past the class word: the lexicon names it whole" },
    { text: "The share of food in imports rose.", notYields: ['commodity commodity:food-products "food"'], why: "no flow before 'of'" },
    { text: "The port imports most of its fuel.", notYields: ['commodity commodity:port "port"'], why: "a verb after the noun is no flow noun" },
  ],
  run(st) {
    const names = commodityNames(st.lex);
    const noun = (i: number): boolean => {
      const t = st.toks[i];
      return t !== undefined && !st.isTaken(i) && t.pos === "NOUN" && /^\p{L}+$/u.test(t.text);
    };
    // a listed good by its singular, or a singular noun WordNet files as a good ("laptop", "garlic")
    const good = (i: number): SentenceMention | undefined => {
      const t = st.toks[i] as Token;
      const entry = plurals(t.normal).map((p) => names.get(p)).find((e) => e !== undefined);
      if (entry) return entry.id === "goods" ? undefined : { ...st.span(i, i + 1), type: "commodity", key: `commodity:${entry.id}`, label: entry.label, source: "lexicon:commodity", ...(entry.parent ? { parent: entry.parent } : {}) };
      // (not a noun after a noun: "nickel ore exports" is a compound the goods reader takes whole, and
      // in "WTO rules cap safeguard measures" the second noun is a verb the tagger missed)
      const prev = st.toks[i - 1];
      const compound = (prev?.pos === "NOUN" || prev?.pos === "PROPN") && !st.out.some((m) => m.to === i && m.type === "country");
      if (compound || !/^\p{Ll}/u.test(t.text) || goodsBase(t.normal) !== t.normal || goodsClassOfWord(t.normal) === undefined || NOT_GOODS.has(t.normal) || FLOW_NOUNS.has(t.normal) || st.out.some((m) => m.from === i)) return undefined;
      return { ...st.span(i, i + 1), type: "commodity", key: `commodity:${slug(t.normal)}`, label: t.normal, source: "np:commodity-head" };
    };
    for (let i = 0; i < st.length - 1; i++) {
      if (!noun(i)) continue;
      // "laptop and tablet imports", "steel, aluminium and copper exports": nouns joined before the flow
      const chain = [i];
      let j = i + 1;
      while (JOINS.has(st.toks[j]?.normal ?? "") && noun(j + 1)) {
        chain.push(j + 1);
        j += 2;
      }
      const measureNext = st.out.some((m) => m.from === j && m.type === "measure");
      // ... or after a flow and "of", the phrase ending there: "imports of food from the EU" as
      // "food imports" (the bare class word "food" names goods only in a flow)
      const afterFlow = st.toks[i - 1]?.normal === "of" && FLOW_NOUNS.has(st.toks[i - 2]?.normal ?? "") && !["NOUN", "PROPN"].includes(st.toks[j]?.pos ?? "") && st.toks[j]?.text !== "-";
      if (!measureNext && !afterFlow && !FLOW_NOUNS.has(st.toks[j]?.normal ?? "")) continue;
      const goods = chain.map(good);
      // (every noun of the chain a good, or none is read: "price and export curbs")
      if (goods.some((g) => g === undefined)) continue;
      for (const g of goods) if (g) st.take(g);
      i = j;
    }
  },
});
