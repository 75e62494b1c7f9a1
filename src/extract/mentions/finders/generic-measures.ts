// A generic noun of measure is a measure when a good or a trade adjective qualifies it ("the brandy
// measures", "anti-dumping duties", "retaliatory measures") or a determiner makes a ban definite
// ("its ban", "the ban on gallium exports"); "measures to support farmers" is none.

import type { Token } from "../../../model/types.ts";
import { BAN_NOUNS, COVER_TO_VERBS, COVER_VERBS, FLOW_NOUNS, GENERIC_MEASURE_NOUNS, IMPORT_FLOWS, TRADE_ADJECTIVES } from "../../../text/words.ts";
import { goodsClassOfWord } from "../../../lexicon/wordnet.ts";
import { defineFinder } from "../finder.ts";
import { isCapitalised } from "../names.ts";

export const genericMeasures = defineFinder({
  id: "generic-measures",
  description: "measures/duties/ban after a good, a trade adjective or a determiner: a measure",
  produces: ["generic-measure"],
  context: [],
  examples: [
    { text: "Beijing lifted its ban on gallium exports.", yields: ['measure kind:trade-measures "ban"'] },
    { text: "China agreed to lift a bird flu-related ban on poultry.", yields: ['measure kind:trade-measures "ban"'] },
    { text: "Guinea imposed bans on bauxite.", yields: ['measure kind:trade-measures "bans"'] },
    { text: "The US lifted its veto on imports of Argentine lemons.", yields: ['measure kind:trade-measures "veto"'] },
    { text: "Seoul kept its prohibition on Japanese seafood.", yields: ['measure kind:trade-measures "prohibition"'] },
    { text: "The EU will appeal against Chinese measures against imports of brandy.", yields: ['measure kind:trade-measures "measures"'] },
    { text: "Congo extended its temporary suspension on cobalt exports.", yields: ['measure kind:export-controls "suspension"'] },
    { text: "Japan made licences a requirement for exporting photoresist.", yields: ['measure kind:export-controls "requirement"'] },
    { text: "Colombia answered with a similar measure from Bogotá for the import of fifty products, including beans.", yields: ['measure kind:trade-measures "measure"'] },
    { text: "Kosovo imposed a 10 percent tax on imported products from Serbia.", yields: ['measure kind:tariffs "tax"'] },
    { text: "He said the tax will apply to milk and biscuits.", yields: ['measure kind:tariffs "tax"'] },
  ],
  nearMisses: [
    { text: "New measures to support farmers were announced.", notYields: [], why: "no good, trade adjective or determined ban" },
    { text: "Officials said they ban nothing.", notYields: [], why: "a verb 'ban' has no determiner before it" },
    { text: "The president used his veto on the bill.", notYields: ['measure kind:trade-measures "veto"'], why: "a veto of a bill bars no goods" },
    { text: "Officials discussed bans on smoking in offices.", notYields: ['measure kind:trade-measures "bans"'], why: "a bare ban on no good" },
    { text: "Chinese measures to support farmers were announced.", notYields: [], why: "a state's measures aimed at no trade" },
    { text: "Brussels announced a suspension of the tariffs on steel.", notYields: ['measure kind:export-controls "suspension"'], why: "suspending a measure is a lift, not a restriction of a flow" },
    { text: "Colombia answered with a similar measure from Bogotá for the benefit of farmers.", notYields: ['measure kind:trade-measures "measure"'], why: "aimed at no flow of goods" },
    { text: "London imposed a windfall tax on oil companies.", notYields: ['measure kind:tariffs "tax"'], why: "a tax on companies' profits is no tariff" },
    { text: "The tax on income rose, and the tax was paid in May.", notYields: ['measure kind:tariffs "tax"'], why: "a tax on no goods, and a definite tax whose scope is not stated" },
    { text: "The requirement for exporters is a clean record.", notYields: ['measure kind:export-controls "requirement"'], why: "a requirement of the traders, not on a flow of goods" },
  ],
  run(st) {
    const toks = st.toks;
    // "its temporary suspension on cobalt exports", "a halt to rice imports": stopping a flow of
    // goods is a restriction of it (a suspension of tariffs is a lift, which lift-noun reads)
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (st.isTaken(i) || !STOPPAGES.has(t.normal) || !["on", "of", "to"].includes(toks[i + 1]?.normal ?? "")) continue;
      let k = i + 2;
      while (k < toks.length && k - i <= 6 && !FLOW_NOUNS.has(toks[k]?.normal ?? "")) k++;
      const flow = toks[k]?.normal ?? "";
      if (!FLOW_NOUNS.has(flow) || !determinerBefore(toks, i)) continue;
      const inward = IMPORT_FLOWS.has(flow);
      const kind = inward ? "import-bans" : "export-controls";
      st.take({ ...st.span(i, i + 1), type: "measure", key: `kind:${kind}`, label: inward ? "import bans" : "export controls", source: "generic-measure", measureKind: kind });
    }
    // "made filing applications a requirement for exporting photoresist", "licence requirements for
    // imports of pork": a requirement put on a flow of goods restricts it
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (st.isTaken(i) || !REQUIREMENTS.has(t.normal) || toks[i + 1]?.normal !== "for") continue;
      const flow = toks[i + 2]?.normal ?? "";
      const inward = IMPORT_FLOWS.has(flow);
      if (!inward && !/^(?:export|exports|exporting|exportation)$/.test(flow)) continue;
      const kind = inward ? "import-bans" : "export-controls";
      st.take({ ...st.span(i, i + 1), type: "measure", key: `kind:${kind}`, label: inward ? "import bans" : "export controls", source: "generic-measure", measureKind: kind });
    }
    // "a 10 percent tax on imported products", "the tax will apply to milk": a tax is a tariff when
    // it is laid on goods, or when the sentence says which goods a definite one covers
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (st.isTaken(i) || !TAX_NOUNS.has(t.normal)) continue;
      // (and said of trade: "a tax on imported products", "an import tax on", not "a windfall tax on oil companies")
      const traded = TRADE_ADJECTIVES.has(toks[i - 1]?.normal ?? "") || toks.slice(Math.max(0, i - 2), i + 6).some((u) => /^(?:import|export)/.test(u.normal));
      const onGoods = traded && ["on", "against"].includes(toks[i + 1]?.normal ?? "") && goodsSoon(st, toks, i + 2);
      const scoped = determinerBefore(toks, i) && toks.slice(i + 1, i + 5).some((u, q) => COVER_VERBS.has(u.normal) || (COVER_TO_VERBS.has(u.normal) && toks[i + 2 + q]?.normal === "to"));
      if (!onGoods && !scoped) continue;
      st.take({ ...st.span(i, i + 1), type: "measure", key: "kind:tariffs", label: t.normal, source: "generic-measure", measureKind: "tariffs" });
    }
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (st.isTaken(i) || !GENERIC_MEASURE_NOUNS.has(t.normal)) continue;
      const prev = st.out.find((m) => m.to === i && m.type === "commodity");
      const adj = TRADE_ADJECTIVES.has(toks[i - 1]?.normal ?? "");
      // "the ban on gallium exports", "its ban"
      // ("a temporary ban", "a bird flu-related ban", "China's blanket ban": the determiner may stand
      // before the ban's own modifiers)
      const ban = BAN_NOUNS.has(t.normal);
      // ("imposed bans on bauxite": a bare ban on goods, known or good by what WordNet says they are)
      const onGoods = ban && ["on", "against"].includes(toks[i + 1]?.normal ?? "") && goodsSoon(st, toks, i + 2);
      const determined = ban && (determinerBefore(toks, i) || onGoods);
      // "Chinese measures against imports of brandy": a state's measures aimed at trade
      const stateMeasures = st.out.some((m) => m.type === "country" && m.to === i) && ["against", "on", "targeting"].includes(toks[i + 1]?.normal ?? "");
      // "a similar measure from Bogotá for the import of fifty products": a measure aimed at a flow of goods
      const onFlow = flowComplement(toks, i + 1);
      if (!prev && !adj && !determined && !stateMeasures && !onFlow) continue;
      const from = adj && !determined ? i - 1 : i;
      const kind = toks[i - 1]?.normal === "anti-dumping" || toks[i - 1]?.normal === "dumping" ? "anti-dumping-duties" : "trade-measures";
      st.take({ ...st.span(from, i + 1), type: "measure", key: `kind:${kind}`, label: adj ? `${toks[i - 1]?.normal} ${t.normal}` : t.normal, source: "generic-measure", measureKind: kind });
    }
  },
});

/**
 * A preposition of aim and a flow of goods after a measure noun, past its agent: "measures against
 * imports of", "a measure from Bogotá for the import of".
 */
function flowComplement(toks: readonly Token[], k: number): boolean {
  let j = k;
  if (toks[j]?.normal === "from" || toks[j]?.normal === "by") {
    j++;
    while (j < toks.length && j - k <= 4 && isCapitalised(toks[j])) j++;
  }
  if (!["on", "against", "for", "targeting"].includes(toks[j]?.normal ?? "")) return false;
  j++;
  if (toks[j]?.normal === "the" || toks[j]?.normal === "all") j++;
  // (a flow of trade: "measures for the transport of hazardous chemicals" are no trade measure)
  return FLOW_NOUNS.has(toks[j]?.normal ?? "") && !CARRIAGE_NOUNS.has(toks[j]?.normal ?? "") && toks[j + 1]?.normal === "of";
}

/** Flows of carriage rather than trade. */
const CARRIAGE_NOUNS = new Set(["transport", "transportation", "movement", "movements", "transit"]);

/** A good (a commodity found, a flow, or a lower-case noun WordNet calls a good) within a few words from `k`. */
function goodsSoon(st: { out: readonly { from: number; type: string }[] }, toks: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(toks.length, k + 4); j++) {
    const t = toks[j] as Token;
    if (st.out.some((m) => m.from === j && m.type === "commodity") || FLOW_NOUNS.has(t.normal)) return true;
    if (/^\p{Ll}/u.test(t.text) && (t.pos === "NOUN" || t.pos === "VERB") && goodsClassOfWord(t.normal)) return true;
    if (!(t.pos === "ADJ" || t.pos === "DET" || t.text === "-" || (t.pos === "VERB" && /ed$/.test(t.normal)))) return false;
  }
  return false;
}

/** Taxes, tariffs only when laid on goods. */
const TAX_NOUNS = new Set(["tax", "taxes"]);

/** Nouns of a condition put on trade: "a requirement for exporting X". */
const REQUIREMENTS = new Set(["requirement", "requirements", "precondition", "preconditions"]);

/** Nouns of stopping a flow: "suspension on exports", "halt to imports", "freeze of shipments". */
const STOPPAGES = new Set(["suspension", "suspensions", "halt", "freeze", "moratorium", "stoppage"]);

const BAN_DETERMINERS = new Set(["the", "its", "their", "a", "an", "this", "that", "these", "those", "'s", "’s"]);

/** A determiner or possessive before the noun at `i`, with only lower-case modifiers between. */
function determinerBefore(toks: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
    const t = toks[k] as Token;
    if (BAN_DETERMINERS.has(t.normal)) return true;
    const modifier = t.text === "-" || ((t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "NUM" || (t.pos === "VERB" && /(?:ed|en)$/.test(t.normal))) && /^[\p{Ll}\d]/u.test(t.text));
    if (!modifier) return false;
  }
  return false;
}
