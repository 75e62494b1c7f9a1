// A generic good is a different thing for each origin: "Chinese goods", "U.S. imports", "American
// industrial goods", "goods from China" become "<origin> goods"; specific goods ("American steel")
// stay as they are; the origin is the good's `country`. "goods" with no origin says nothing a reader
// could look up, so it is dropped.

import type { Token } from "../../../model/types.ts";
import { slug } from "../../../text/fold.ts";
import { goodsClassOfWord } from "../../../lexicon/wordnet.ts";
import { defineFinder } from "../finder.ts";
import type { MentionState } from "../state.ts";

/** Generic goods that an origin makes into a distinct good, by lexicon id. */
const ORIGIN_GOODS = new Map([
  ["goods", { id: "goods", label: "goods" }],
  ["consumer-goods", { id: "consumer-goods", label: "consumer goods" }],
  ["industrial-goods", { id: "industrial-goods", label: "industrial goods" }],
  ["agricultural-products", { id: "farm-goods", label: "farm goods" }],
  ["oil", { id: "oil", label: "oil" }],
]);
/** Nouns that, after an origin, mean its goods: "Chinese imports", "U.S. products". */
const ORIGIN_NOUNS = new Map([
  ["imports", { id: "goods", label: "goods" }],
  ["products", { id: "goods", label: "goods" }],
  ["merchandise", { id: "goods", label: "goods" }],
]);

function demonymOf(st: MentionState, country: string): { id: string; demonym: string } | undefined {
  const ce = st.lex.countries.get(country);
  if (!ce) return undefined;
  return { id: ce.id, demonym: ce.demonyms.find((d) => /^\p{Lu}\p{Ll}/u.test(d) && !d.endsWith("s")) ?? ce.label };
}

export const originGoods = defineFinder({
  id: "origin-goods",
  description: "origin + generic goods (or generic goods from/of + origin): that origin's goods",
  produces: ["origin-goods"],
  context: [],
  examples: [
    { text: "Tariffs on Chinese goods rose.", yields: ['commodity commodity:cn-goods "Chinese goods"'] },
    { text: "Duties on American industrial goods fell.", yields: ['commodity commodity:us-industrial-goods "American industrial goods"'] },
    { text: "Tariffs on goods from Brazil rose.", yields: ['commodity commodity:br-goods "goods from Brazil"'] },
  ],
  nearMisses: [
    { text: "Tariffs on American steel rose.", notYields: ['commodity commodity:us-goods "American steel"'], why: "a specific good keeps its name" },
    { text: "Tariffs on goods rose.", notYields: ['commodity commodity:goods "goods"'], why: "goods of no origin are no node" },
    { text: "Imports of Chilean trout will face tariffs.", notYields: ['commodity commodity:cl-goods "Imports of Chilean"'], why: "the origin qualifies the good after it" },
    { text: "Riyadh lifted the ban on Somali livestock imports.", notYields: ['commodity commodity:so-livestock-goods "Somali livestock imports"'], why: "the noun before the flow is the good" },
    { text: "Beijing suspended pineapple imports from Taiwan.", notYields: ['commodity commodity:tw-goods "imports from Taiwan"'], why: "the noun before the flow is the good" },
  ],
  run(st) {
    const toks = st.toks;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      const owner = st.out.find((m) => m.type === "country" && m.to === i && (m.modifier || m.source === "lexicon:demonym") && !m.possessive);
      if (!owner?.country) continue;
      const good = st.out.find((m) => m.from === i && m.type === "commodity");
      let generic = good ? ORIGIN_GOODS.get(good.key.slice(10)) : !st.isTaken(i) ? ORIGIN_NOUNS.get(t.normal) : undefined;
      let end = good ? good.to : i + 1;
      // "American industrial goods", "U.S. farm products": one or two qualifiers before the noun
      if (!generic && !good) {
        for (let k = i; k < i + 3 && k < toks.length; k++) {
          const w = toks[k] as Token;
          const bareGoods = st.out.find((m) => m.from === k && m.key === "commodity:goods");
          if ((st.isTaken(k) && !bareGoods) || !/^\p{Ll}/u.test(w.text)) break;
          const head = ORIGIN_NOUNS.get(w.normal) ?? (bareGoods ? { id: "goods", label: "goods" } : undefined);
          // "Somali livestock imports": a noun before the flow that is a farm good or a substance by
          // what it is names the good itself; the origin qualifies it (not "farm imports", a place)
          const named = k > i && w.normal === "imports" && toks.slice(i, k).some((q) => q.pos === "NOUN" && ["food", "plant", "animal", "substance"].includes(goodsClassOfWord(q.normal) ?? ""));
          if (named) break;
          if (head && k > i) {
            if (bareGoods) st.remove(bareGoods);
            const words = toks.slice(i, k + 1).map((x) => x.normal).join(" ");
            generic = { id: slug(words.replace(/products|imports|merchandise/, "goods")), label: words.replace(/products|imports|merchandise/, "goods") };
            end = k + 1;
            break;
          }
          if (w.pos !== "ADJ" && w.pos !== "NOUN") break;
        }
      }
      if (!generic) continue;
      const origin = demonymOf(st, owner.country);
      if (!origin) continue;
      if (good) st.remove(good);
      st.remove(owner);
      st.release(owner.to, end);
      st.take({ ...st.span(owner.from, end), type: "commodity", key: `commodity:${origin.id}-${generic.id}`, label: `${origin.demonym} ${generic.label}`, source: "origin-goods", country: origin.id });
    }

    // "goods from China", "imports of Brazil": the origin after the noun
    for (let i = 0; i < toks.length - 2; i++) {
      const t = toks[i] as Token;
      const good = st.out.find((m) => m.from === i && m.type === "commodity");
      const generic = good ? ORIGIN_GOODS.get(good.key.slice(10)) : !st.isTaken(i) ? ORIGIN_NOUNS.get(t.normal) : undefined;
      const end = good ? good.to : i + 1;
      if (!generic || !["from", "of"].includes(toks[end]?.normal ?? "")) continue;
      // "pineapple imports from Taiwan": a noun before the flow names the good, the origin only qualifies it
      const prev = toks[i - 1];
      if (!good && prev && (prev.pos === "NOUN" || st.out.some((m) => m.to === i && m.type === "commodity")) && /^\p{Ll}/u.test(prev.text)) continue;
      const owner = st.out.find((m) => m.type === "country" && m.from === end + 1 && !m.possessive);
      const origin = owner?.country ? demonymOf(st, owner.country) : undefined;
      if (!owner || !origin) continue;
      // "imports of Chilean trout", "imports of US beef": the origin qualifies the good that follows
      const after = toks[owner.to];
      if (after && /^\p{Ll}/u.test(after.text) && (after.pos === "NOUN" || after.pos === "ADJ" || st.out.some((m) => m.from === owner.to && m.type === "commodity"))) continue;
      if (good) st.remove(good);
      st.remove(owner);
      st.release(i, owner.to);
      st.take({ ...st.span(i, owner.to), type: "commodity", key: `commodity:${origin.id}-${generic.id}`, label: `${origin.demonym} ${generic.label}`, source: "origin-goods", country: origin.id });
    }

    for (const m of [...st.out]) if (m.type === "commodity" && m.key === "commodity:goods") st.remove(m);
  },
});
