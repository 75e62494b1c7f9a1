// Names the lexicons know: countries, demonyms, capitals, bodies, organisations, people, cities and
// titles. A capital is its government ("Washington said") unless it follows a locative preposition
// in a sentence about a meeting ("talks in London") or names a meeting ("the Geneva deal"): then it
// is the venue; a city in passing ("a lawyer in Washington") is no node. Titles are kept aside for
// the title finders.

import { slug } from "../../../text/fold.ts";
import { GOV_HEADS, LOCATIVE_PREPS, MEETING_WORDS } from "../../../text/words.ts";
import { defineFinder } from "../finder.ts";
import { isModifier, pickAgency } from "../names.ts";

/** Nouns a city names the venue of: "the London talks", "the Geneva deal". */
const VENUE_NOUNS = new Set([...MEETING_WORDS, "deal", "agreement", "pact", "truce", "accord", "consensus", "framework", "process", "round"]);

/** A portfolio's body by a name any government's may have: "the Ministry of Trade", "the Trade Ministry", "the Agriculture Department". */
const GENERIC_PORTFOLIO = /^(?:the\s+)?(?:(?:Department|Ministry) of [A-Z][a-z]+|[A-Z][a-z]+ (?:Ministry|Department))$/;
/** Names of legislatures and departments that many states give their own bodies. */
const GENERIC_BODY = new RegExp(`^(?:the\\s+)?(?:House of Representatives|House|Senate|Congress|Parliament|National Assembly|Supreme Court|Cabinet)$|${GENERIC_PORTFOLIO.source}`);

export const lexiconNames = defineFinder({
  id: "lexicon-names",
  description: "countries, demonyms, capitals, bodies, organisations, people and cities the lexicons list",
  produces: ["lexicon:country", "lexicon:demonym", "lexicon:capital", "lexicon:capital-venue", "lexicon:agency", "lexicon:organization", "lexicon:person", "lexicon:city"],
  context: ["docCountries", "articleCountry"],
  examples: [
    { text: "Ghana banned exports of raw cashew. Ghana is big. The Trade Ministry lifted the ban.", yields: ['agency agency:gh-trade "Trade Ministry"'] },
    { text: "An Indonesian Trade Ministry official said exports would resume.", yields: ['agency agency:id-trade "Trade Ministry"'] },
    { text: "Washington accused Beijing of delays.", yields: ['country country:us "Washington"', 'country country:cn "Beijing"'] },
    { text: "Talks were held in London on Monday.", yields: ['place place:london "London"'] },
    { text: "India's Commerce Ministry said so.", yields: ['agency agency:in-commerce "Commerce Ministry"'] },
    { text: "The Philippines banned pork. The Philippines acted. The Department of Agriculture said so. The US ships beef.", yields: ['agency agency:ph-agriculture "Department of Agriculture"'] },
    { text: "The Kosovo Government imposed a tax on imports.", yields: ['country country:xk "Kosovo"'] },
    { text: "Washington raised tariffs after the House of Representatives voted.", yields: ['agency agency:us-house "House of Representatives"'] },
    { text: "Europe does not accept molluscs from Class B waters.", yields: ['country country:eu "Europe"'] },
  ],
  nearMisses: [
    { text: "The Japanese Trade Ministry said exports would resume.", notYields: ['agency agency:jp-trade "Japanese Trade Ministry"'], why: "the lexicon's own state named with its body" },
    { text: "The US banned pork. The US acted. The Department of Agriculture said so.", notYields: ['agency agency:ph-agriculture "Department of Agriculture"'], why: "in an article about the US it is the US body" },
    { text: "Eastern Europe imports grain. The Council of Europe met. Exports to Europe fell, and Europe is cold.", notYields: ['country country:eu "Europe"'], why: "a region, a body's name, a destination; the continent as the subject of 'is' is still named by place words (the verb rule decides)" },
    { text: "He is a lawyer in Washington.", notYields: ['country country:us "Washington"', 'place place:washington "Washington"'], why: "a city in passing is neither a government nor a venue" },
    { text: "The Washington Post reported it.", notYields: ['country country:us "Washington"'], why: "the first word of a longer name" },
  ],
  run(st, doc) {
    const toks = st.toks;
    // "Europe does not accept molluscs", "Europe has banned ...": the continent as the subject of a
    // verb stands for the Union, as "Washington" does for the United States; not "Eastern Europe",
    // "the Council of Europe", "exports to Europe"
    for (let i = 0; i < toks.length; i++) {
      if (toks[i]?.text !== "Europe" || st.isTaken(i) || !["AUX", "VERB"].includes(toks[i + 1]?.pos ?? "")) continue;
      const prev = toks[i - 1];
      if (prev && (/^\p{Lu}/u.test(prev.text) && i > 0 && prev.pos !== "PUNCT" ? true : ["of", "in", "to", "from", "across", "throughout", "into", "within", "and"].includes(prev.normal))) continue;
      const eu = st.lex.countries.get("eu");
      if (eu) st.take({ ...st.span(i, i + 1), type: "country", key: "country:eu", label: eu.label, source: "lexicon:capital", country: "eu" });
    }
    for (const m of st.proper) {
      const v = m.value;
      const sp = st.span(m.from, m.to);
      const possessive = st.possessiveAt(m.to);
      switch (v.kind) {
        case "country":
          st.take({ ...sp, type: "country", key: `country:${v.entry.id}`, label: v.entry.label, source: "lexicon:country", country: v.entry.id, possessive, modifier: isModifier(toks, m.to) });
          break;
        case "demonym":
          st.take({ ...sp, type: "country", key: `country:${v.entry.id}`, label: v.entry.label, source: "lexicon:demonym", country: v.entry.id, modifier: true });
          break;
        case "capital": {
          const prev = toks[m.from - 1]?.normal ?? "";
          const locative = LOCATIVE_PREPS.has(prev) && !possessive;
          // "travel to Washington", "a message from Beijing": the government, not the city
          const venueOf = !possessive && VENUE_NOUNS.has(toks[m.to]?.normal ?? "");
          if (venueOf) {
            st.take({ ...sp, type: "place", key: `place:${slug(sp.text)}`, label: sp.text, source: "lexicon:capital-venue", country: v.entry.id });
          } else if (!locative) {
            st.take({ ...sp, type: "country", key: `country:${v.entry.id}`, label: v.entry.label, source: "lexicon:capital", country: v.entry.id, possessive, modifier: isModifier(toks, m.to) });
          } else if (st.sentenceHasMeeting) {
            st.take({ ...sp, type: "place", key: `place:${slug(sp.text)}`, label: sp.text, source: "lexicon:capital-venue", country: v.entry.id });
          } else {
            st.mark(m.from, m.to); // a city in passing: not a node
          }
          break;
        }
        case "agency": {
          const entry = pickAgency(v.entries, st, m.from, m.to, doc.docCountries);
          // a body name many states use ("the House of Representatives", "the Senate") in an article
          // that never names the lexicon's state is that article's own body, not a foreign one
          const states = doc.docCountries();
          const foreign = entry.country !== undefined && states.length > 0 && !states.includes(entry.country) && !st.sentenceCountries.includes(entry.country) && GENERIC_BODY.test(sp.text);
          // A portfolio's body by a name any government's may have ("the Department of Agriculture",
          // "the Trade Ministry") is another state's than the lexicon's: the one whose word stands before
          // it ("an Indonesian Trade Ministry official": Japan's METI is also "Trade Ministry"), or, in an
          // article about another state that names the lexicon's only in passing, that state's (the body
          // its Agriculture Secretary heads; ministries only: "Congress" in an article about China is
          // still most likely the US one)
          const ownerEnd = /^['’][sS]?$/.test(toks[m.from - 1]?.text ?? "") ? m.from - 1 : m.from;
          const qualifier = st.proper.find((h) => h.to === ownerEnd && (h.value.kind === "country" || h.value.kind === "demonym"));
          const qualifierId = qualifier && (qualifier.value.kind === "country" || qualifier.value.kind === "demonym") ? qualifier.value.entry.id : undefined;
          const home = doc.articleCountry?.();
          const portfolioState =
            qualifierId && qualifierId !== entry.country ? qualifierId : !qualifierId && home && home !== entry.country && !st.sentenceCountries.includes(entry.country ?? "") ? home : undefined;
          const stateEntry = portfolioState ? st.lex.countries.get(portfolioState) : undefined;
          if (stateEntry && entry.function && entry.country !== undefined && GENERIC_PORTFOLIO.test(sp.text)) {
            const own = sp.text.replace(/^the\s+/i, "");
            st.take({ ...sp, type: "agency", key: `agency:${stateEntry.id}-${entry.function}`, label: `${own} (${stateEntry.label})`, source: "lexicon:agency", country: stateEntry.id, possessive });
            break;
          }
          if (foreign) {
            st.take({ ...sp, type: "agency", key: `agency:${slug(sp.text)}`, label: sp.text, source: "lexicon:agency", possessive });
            break;
          }
          st.take({ ...sp, type: entry.type ?? "agency", key: `agency:${entry.id}`, label: entry.label, source: "lexicon:agency", country: entry.country, possessive });
          break;
        }
        case "organization":
          st.take({ ...sp, type: "organization", key: `organization:${v.entry.id}`, label: v.entry.label, source: "lexicon:organization", country: v.entry.country, possessive });
          break;
        case "person":
          st.take({ ...sp, type: "person", key: `person:${v.entry.id}`, label: v.entry.label, source: "lexicon:person", country: v.entry.country, possessive });
          break;
        case "city":
          st.take({ ...sp, type: "place", key: `place:${slug(v.name)}`, label: v.name, source: "lexicon:city" });
          break;
        case "title": {
          // "Council of Agriculture Minister Chen": the portfolio word ends the body's name, and the
          // title is the last word
          const bodyOf = m.to - m.from >= 2 && toks[m.from - 1]?.normal === "of" && GOV_HEADS.has(toks[m.from - 2]?.text ?? "");
          const from = bodyOf ? m.to - 1 : m.from;
          st.titleHits.push({ from, to: m.to, entries: v.entries });
          st.mark(from, m.to);
          break;
        }
      }
    }
  },
});
