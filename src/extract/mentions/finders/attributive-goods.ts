// A good named in the singular as a noun modifier: "the automobile tariff", "car exports", "a
// soybean ban". News names goods attributively in the singular even when the lexicon lists the
// plural ("automobiles", "cars", "soybeans"); only in front of a measure word or a noun of trade
// flow, so "a car" or "good news" elsewhere stays what it is.

import type { CommodityEntry } from "../../../lexicon/types.ts";
import { FLOW_NOUNS } from "../../../text/words.ts";
import type { LexiconIndex } from "../../lexicon-index.ts";
import { defineFinder } from "../finder.ts";

/** The plural forms English gives a noun: car -> cars, box -> boxes, battery -> batteries. */
function plurals(noun: string): string[] {
  if (/[^aeiou]y$/.test(noun)) return [`${noun.slice(0, -1)}ies`];
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return [`${noun}es`];
  return [`${noun}s`, `${noun}es`];
}

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
  ],
  nearMisses: [
    { text: "The car was stopped at the border.", notYields: ['commodity commodity:vehicles "car"'], why: "not in front of a measure or flow noun" },
    { text: "It was a good tariff deal for farmers.", notYields: ['commodity commodity:goods "good"'], why: "an adjective is no good" },
  ],
  run(st) {
    const names = commodityNames(st.lex);
    for (let i = 0; i < st.length - 1; i++) {
      const t = st.toks[i];
      if (!t || st.isTaken(i) || t.pos !== "NOUN" || !/^\p{L}+$/u.test(t.text)) continue;
      const next = st.toks[i + 1];
      const measureNext = st.out.some((m) => m.from === i + 1 && m.type === "measure");
      if (!measureNext && !FLOW_NOUNS.has(next?.normal ?? "")) continue;
      const entry = plurals(t.normal).map((p) => names.get(p)).find((e) => e !== undefined);
      if (!entry || entry.id === "goods") continue;
      st.take({ ...st.span(i, i + 1), type: "commodity", key: `commodity:${entry.id}`, label: entry.label, source: "lexicon:commodity", ...(entry.parent ? { parent: entry.parent } : {}) });
    }
  },
});
