// A ministry named in lower case by its portfolio: "the commerce ministry also named ...", "India's
// steel ministry", "the trade and industry department", "a finance ministry official". Any government
// may have one, so whose it is comes from the words before it (a state's possessive or demonym) or,
// with none, from the state the article is about; the body is the lexicon's of that portfolio in
// that state where it lists one, else that state's ministry of the portfolio as the text names it.
// (Capitalised names, "the Trade Ministry", are the lexicon finder's.)

import type { Token } from "../../../model/types.ts";
import { goodsClassOfWord } from "../../../lexicon/wordnet.ts";
import { slug } from "../../../text/fold.ts";
import { PORTFOLIO_FUNCTIONS, PORTFOLIO_MINISTRIES, PORTFOLIO_WORDS } from "../../../text/words.ts";
import { defineFinder } from "../finder.ts";

const BODY_HEADS = new Set(["ministry", "department"]);

/** A lower-case word of a portfolio: one governments name ministries with, or a sector of goods ("steel"). */
function portfolioWord(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Ll}+$/u.test(t.text) && (PORTFOLIO_WORDS.has(t.normal) || (t.pos === "NOUN" && goodsClassOfWord(t.normal) !== undefined));
}

export const portfolioBodies = defineFinder({
  id: "portfolio-bodies",
  description: "a ministry named in lower case by its portfolio ('the commerce ministry'): the qualifying state's, else the article's",
  produces: ["lexicon:agency"],
  context: ["articleCountry"],
  examples: [
    { text: "India raised duties. India said so. The commerce ministry named apples.", yields: ['agency agency:in-commerce "commerce ministry"'] },
    { text: "India's steel ministry said imports rose.", yields: ['agency agency:in-steel "steel ministry"'] },
    { text: "South Africa imposed quotas. South Africa acted. The trade and industry department said so.", yields: ['agency agency:za-trade-and-industry "trade and industry department"'] },
  ],
  nearMisses: [
    { text: "India raised duties. India said so. The ministry named apples.", notYields: ['agency agency:in-commerce "ministry"'], why: "no portfolio named" },
    { text: "India's ministry of truth said so.", notYields: ['agency agency:in-truth "ministry of truth"'], why: "only a portfolio before the head word" },
    { text: "The commerce ministry named apples.", notYields: ['agency agency:in-commerce "commerce ministry"'], why: "no state anywhere to own it" },
  ],
  run(st, doc) {
    const toks = st.toks;
    for (let h = 1; h < toks.length; h++) {
      const head = toks[h] as Token;
      if (!BODY_HEADS.has(head.text) || st.isTaken(h)) continue;
      // the portfolio words before the head, joined by "and", "&" or commas
      let from = h;
      while (from > 0) {
        const w = toks[from - 1];
        if (portfolioWord(w) && !st.isTaken(from - 1)) {
          from--;
          continue;
        }
        if (w && ["and", "&", ","].includes(w.normal) && portfolioWord(toks[from - 2]) && from < h) {
          from--;
          continue;
        }
        break;
      }
      if (from === h || !portfolioWord(toks[from])) continue;
      const words = toks.slice(from, h);
      // whose: a state right before ("India's", "the Indian"), else the article's
      const ownerAt = st.possessiveAt(from - 1) ? from - 2 : from - 1;
      const owner = st.out.find((m) => m.type === "country" && m.to === ownerAt + 1 && m.country);
      if (!owner && !["the", "a", "an"].includes(toks[from - 1]?.normal ?? "")) continue;
      const cc = owner?.country ?? doc.articleCountry?.();
      const country = cc ? st.lex.countries.get(cc) : undefined;
      if (!cc || !country) continue;
      const fn = words.map((w) => PORTFOLIO_FUNCTIONS.get(w.normal)).find((f) => f !== undefined);
      const span = st.span(from, h + 1);
      const body = fn ? (st.lex.agencyByFunction.get(`${cc}|${fn}`) ?? []).find((b) => /\b(?:Ministry|Department)\b/.test(b.label)) : undefined;
      if (body) {
        st.take({ ...span, type: body.type ?? "agency", key: `agency:${body.id}`, label: body.label, source: "lexicon:agency", country: cc });
        continue;
      }
      const portfolio = words.filter((w) => w.normal !== ",").map((w) => (w.normal === "and" || w.normal === "&" ? w.text : w.text.charAt(0).toUpperCase() + w.text.slice(1))).join(" ");
      const single = fn && words.length === 1 ? PORTFOLIO_MINISTRIES.get(fn) : undefined;
      const key = `agency:${cc}-${fn && words.length === 1 ? fn : slug(portfolio)}`;
      st.take({ ...span, type: "agency", key, label: `Ministry of ${single ?? portfolio} (${country.label})`, source: "lexicon:agency", country: cc });
    }
  },
});
