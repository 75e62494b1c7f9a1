// A minister's title names their portfolio, and governments name portfolios as they please: "Minister
// of Finance, Budget and Planning", "Minister of Export Promotion, International Trade and Economic
// Development", "the minister for development and technology". The lexicon knows the common titles
// ("Minister of Finance"); here a title it found is extended over the rest of its portfolio list, and
// a minister of a portfolio it does not list becomes a title of its own, read from the text, so the
// words of the portfolio are not taken for goods ("technology") and the holder is placed.

import type { Token } from "../../../model/types.ts";
import type { TitleEntry } from "../../../lexicon/types.ts";
import { goodsClassOfWord } from "../../../lexicon/wordnet.ts";
import { DEPUTY_WORDS, PORTFOLIO_FUNCTIONS, PORTFOLIO_WORDS } from "../../../text/words.ts";
import { defineFinder } from "../finder.ts";
import type { MentionState } from "../state.ts";


/** The end (exclusive) of a portfolio list starting at `i`: words of portfolios joined by ",", "and", "&". */
function portfolioEnd(st: MentionState, i: number): number {
  const toks = st.toks;
  let end = i;
  for (let k = i; k < toks.length; k++) {
    const n = toks[k]?.normal ?? "";
    if (PORTFOLIO_WORDS.has(n)) {
      end = k + 1;
      continue;
    }
    // a separator must be followed by another portfolio word ("Finance, Budget and Planning")
    if ((n === "," || n === "and" || n === "&") && PORTFOLIO_WORDS.has(toks[k + 1]?.normal ?? "")) continue;
    break;
  }
  return end;
}

/** The title function of a portfolio list: its first word that has one ("Budget" is finance's). */
function portfolioFunction(words: readonly Token[]): string | undefined {
  return words.map((w) => PORTFOLIO_FUNCTIONS.get(w.normal)).find((f) => f !== undefined);
}

export const portfolioTitles = defineFinder({
  id: "portfolio-titles",
  description: "a minister of a portfolio list: the lexicon's title extended over the list, or a title read from the text",
  produces: [],
  context: [],
  examples: [
    { text: "The Minister of Finance, Budget and Planning, Zainab Ahmed, said so.", yields: ['person person:zainab-ahmed "Zainab Ahmed"'] },
    { text: "Waldemar Buda, the minister for development and technology, signed a regulation.", yields: ['person person:waldemar-buda "Waldemar Buda"'] },
    // (no portfolio after "for": the good later in the sentence stays a good)
    { text: "The prime minister for the third time rejected imports of technology.", yields: ['commodity commodity:technology "technology"'] },
    { text: "Interior Minister Khalil Sayreen attacked the critics.", yields: ['person person:khalil-sayreen "Khalil Sayreen"'] },
    { text: "Textiles and Jute Minister Jahangir Kabir Nanak requested India to lift the duty.", yields: ['person person:jahangir-kabir-nanak "Jahangir Kabir Nanak"'] },
  ],
  nearMisses: [
    { text: "Waldemar Buda, the minister for development and technology, signed a regulation.", notYields: ['commodity commodity:technology "technology"'], why: "a portfolio word is no good" },
    { text: "Textiles and Jute Minister Jahangir Kabir Nanak requested India to lift the duty.", notYields: ['commodity commodity:textiles "Textiles"'], why: "a sector a ministry is named for is no good traded" },
    { text: "Textiles, the Minister said, face duties.", notYields: ['person person:said "said"'], why: "a good before a comma and an untitled Minister" },
    { text: "The Home Secretary met the Minister on Monday.", notYields: ['person person:monday "Monday"'], why: "a title with no name after it" },

  ],
  run(st) {
    const toks = st.toks;
    // "Interior Minister Khalil Sayreen", "Tourism and Culture Minister X": the portfolio before the
    // title, capitalised as a title is, where the lexicon knows no title there
    for (let i = 1; i < toks.length; i++) {
      if (toks[i]?.text !== "Minister" || st.titleHits.some((t) => t.from <= i && t.to > i)) continue;
      let from = i;
      // (a portfolio word, or a sector of goods a ministry is named for: "Textiles and Jute Minister",
      // "Steel Minister", which the lexicon took for goods)
      const portfolioWord = (w: Token | undefined): boolean => w !== undefined && /^\p{Lu}\p{Ll}+$/u.test(w.text) && (PORTFOLIO_WORDS.has(w.normal) || goodsClassOfWord(w.normal) !== undefined);
      while (from > 0 && i - from < 5) {
        const w = toks[from - 1];
        const word = portfolioWord(w);
        const joint = w && (w.normal === "and" || w.normal === "&" || w.normal === ",") && portfolioWord(toks[from - 2]);
        if (!word && !joint) break;
        from--;
      }
      // (the goods the lexicon read in the title give way to it)
      const goodsIn = st.out.filter((m) => m.type === "commodity" && m.from >= from && m.to <= i);
      const freeButGoods = (k: number): boolean => !st.isTaken(k) || goodsIn.some((m) => m.from <= k && m.to > k);
      while (from < i && !freeButGoods(from)) from++;
      if (from === i || !toks.slice(from, i + 1).every((_, d) => freeButGoods(from + d)) || !portfolioWord(toks[from])) continue;
      if (toks.slice(from, i).some((t) => !PORTFOLIO_WORDS.has(t.normal) && /^\p{Lu}/u.test(t.text) && t.pos === "PROPN" && goodsClassOfWord(t.normal) === undefined)) continue;
      for (const g of goodsIn) if (g.from >= from) st.remove(g);
      const fn = portfolioFunction(toks.slice(from, i));
      const portfolio = toks.slice(from, i).map((t) => t.text).join(" ").replace(/ ,/g, ",");
      const deputy = DEPUTY_WORDS.has(toks[from - 1]?.normal ?? "");
      const entry: TitleEntry = { role: `Minister of ${portfolio}`, function: fn ?? "portfolio", rank: deputy ? "member" : "head", names: [] };
      st.titleHits.push({ from: deputy ? from - 1 : from, to: i + 1, entries: [entry] });
      st.mark(deputy ? from - 1 : from, i + 1);
    }
    for (let i = 0; i < toks.length; i++) {
      if (toks[i]?.normal !== "minister" && toks[i]?.normal !== "ministers") continue;
      const prep = toks[i + 1]?.normal;
      if (prep !== "of" && prep !== "for") continue;
      const listFrom = toks[i + 2]?.normal === "the" ? i + 3 : i + 2;
      const end = portfolioEnd(st, listFrom);
      if (end === listFrom) continue;
      const known = st.titleHits.find((t) => t.from <= i && t.to > i);
      if (known) {
        // "Minister of Finance" found by the lexicon, ", Budget and Planning" after it
        if (end > known.to) {
          st.mark(known.to, end);
          known.to = end;
        }
        continue;
      }
      if (!st.free(listFrom, end)) continue;
      const fn = portfolioFunction(toks.slice(listFrom, end));
      const portfolio = toks
        .slice(listFrom, end)
        .map((t) => (/^\p{L}/u.test(t.text) && t.normal !== "and" ? t.text.charAt(0).toUpperCase() + t.text.slice(1) : t.text))
        .join(" ")
        .replace(/ ,/g, ",");
      const from = DEPUTY_WORDS.has(toks[i - 1]?.normal ?? "") ? i - 1 : i;
      const rank = from < i ? "member" : "head";
      // a portfolio the lexicon has a function for heads (or sits in) that ministry; any other is
      // a ministry named by its portfolio ("Ministry of Development and Technology")
      const entry: TitleEntry = { role: `Minister of ${portfolio}`, function: fn ?? "portfolio", rank, names: [] };
      st.titleHits.push({ from, to: end, entries: [entry] });
      st.mark(from, end);
    }
  },
});
