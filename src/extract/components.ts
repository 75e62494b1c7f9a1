// The default extraction components, in order:
//   sentences  -> tokens, parts of speech and sentence boundaries (wink-nlp)
//   context    -> a first pass of mentions: the people the document names in full (so "Mr. Lutnick"
//                 and a bare "Hassett" can be placed) and the countries it is about (so "the
//                 Ministry of Commerce" can be placed)
//   mentions   -> every mention of every sentence, with titles settled
//   relations  -> the relation rules, sentence by sentence, with the article's discourse
//   evidence   -> claims with character offsets, quote, sentence and speaker; mention records

import { attributeToDominantImposer } from "./document/implicit-imposer.ts";
import type { DerivedEntity, ExtractedClaim, MentionRecord } from "../model/extraction.ts";
import { goodsClassOfWord } from "../lexicon/wordnet.ts";
import type { Evidence, Sentence } from "../model/types.ts";
import { DESTINATION_PREPS, FLOW_NOUNS, LOCATIVE_PREPS, NEGOTIATION_WORDS } from "../text/words.ts";
import { lexiconIndex, surnameOf } from "./lexicon-index.ts";
import { findMentions } from "./mentions/find-mentions.ts";
import { MENTION_FINDERS } from "./mentions/finders.ts";
import { assignTitles } from "./mentions/title-country.ts";
import type { SentenceContext, SentenceMention } from "./mentions/types.ts";
import { createPipeline, type PipelineComponent } from "./pipeline.ts";
import { extractRelations } from "./relations/run.ts";
import type { DiscourseContext, SentenceRelations } from "./relations/types.ts";
import { splitSentences } from "./sentences.ts";

export const sentencesComponent: PipelineComponent = {
  name: "sentences",
  requires: ["text"],
  assigns: ["sentences"],
  run(state) {
    state.sentences = splitSentences(state.doc.text, { maxTokens: state.settings.maxSentenceTokens });
  },
};

/**
 * The first pass counts states and collects full names: the finders that only add measures, or
 * resolve anaphors the first pass cannot yet resolve, are not needed for it.
 */
const CONTEXT_FINDERS = MENTION_FINDERS.filter((f) => f.id !== "generic-measures" && f.id !== "body-anaphors");

/**
 * A good or a flow of goods named at token `i` ("grain", "nickel ore", "imports"): what a demonym before
 * it is the origin of. Made things are left out: WordNet files mills and output with cars.
 */
function goodsNounAt(s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  if (t === undefined || !/^\p{Ll}/u.test(t.text)) return false;
  const c = t.pos === "NOUN" ? goodsClassOfWord(t.normal) : undefined;
  return FLOW_NOUNS.has(t.normal) || (c !== undefined && c !== "artifact");
}

/**
 * The state an article is about: named at least twice, with at least `share` of its country mentions
 * or three times as often as any other, or the only state it names at all.
 */
export function dominantCountry(counts: ReadonlyMap<string, number>, share: number): string | undefined {
  const [top, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (!top) return undefined;
  // (or named three times as often as any other: other states listed once each in passing do not
  // make an article about one state an article about none)
  const farAhead = top[1] >= 3 && top[1] >= 3 * (second?.[1] ?? 0);
  return (top[1] >= 2 || counts.size === 1) && (top[1] / total >= share || farAhead) ? top[0] : undefined;
}

/**
 * The states a document names, counted as the context pass reads it, and the state it is about: the
 * one it names most as an actor (see dominantCountry), or, when it names a state only as where things
 * happen ("lifted the ban ... in Kenya") and no other, that one.
 */
export class StateTally {
  readonly counts = new Map<string, number>();
  private readonly places = new Map<string, number>();
  private readonly namedElse = new Set<string>();

  add(s: Sentence, m: SentenceMention): void {
    // (a body named with its state's word, "the Indonesian Nickel Miners Association", names the state)
    if ((m.type === "agency" || m.type === "organization") && m.source === "proper:org-head" && m.country) {
      this.counts.set(m.country, (this.counts.get(m.country) ?? 0) + 1);
      this.namedElse.add(m.country);
      return;
    }
    if (m.type !== "country" || !m.country) return;
    // a state named as a place ("headed for Egypt", "exports to China", "in India") is not what the
    // article is about
    const before = s.tokens[m.from - 1]?.normal ?? "";
    // (a demonym is no place: "subsidies for Polish farmers")
    const place = (LOCATIVE_PREPS.has(before) || DESTINATION_PREPS.has(before)) && !m.possessive && m.source !== "lexicon:demonym";
    // nor is a state named only as the origin of goods ("Ukrainian grain", "Chinese imports")
    const origin = m.modifier === true && m.source === "lexicon:demonym" && goodsNounAt(s, m.to);
    if (!place && !origin) this.counts.set(m.country, (this.counts.get(m.country) ?? 0) + 1);
    if (place && LOCATIVE_PREPS.has(before)) this.places.set(m.country, (this.places.get(m.country) ?? 0) + 1);
    else this.namedElse.add(m.country);
  }

  articleState(share: number): string | undefined {
    if (this.counts.size > 0) return dominantCountry(this.counts, share);
    const [only] = [...this.places.keys()];
    return this.places.size === 1 && this.namedElse.size === 0 ? only : undefined;
  }
}

export const contextComponent: PipelineComponent = {
  name: "context",
  requires: ["sentences"],
  assigns: ["context"],
  run(state, eachSentence) {
    const states = new StateTally();
    const ctx: SentenceContext = {
      docCountries: () => [...states.counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c),
      // settled once the whole document has been read (below); the first pass does not use it
      articleCountry: () => undefined,
      docSurnames: new Map(),
    };
    const lex = lexiconIndex();
    let negotiating = false;
    let dateline: string | undefined;
    let first = true;
    eachSentence((s) => {
      negotiating ||= s.tokens.some((t) => NEGOTIATION_WORDS.has(t.normal));
      const found = findMentions(state.doc.text, s, ctx, { settings: state.settings, finders: CONTEXT_FINDERS });
      // "New Delhi: The government has ...", "JAKARTA - ...": a capital opening the article, set off by
      // a colon, dash or comma, is where the story is filed from
      if (first) {
        const capital = found.find((m) => m.from === 0 && m.source === "lexicon:capital");
        if (capital?.country && [":", "-", "–", "—", ","].includes(s.tokens[capital.to]?.text ?? "")) dateline = capital.country;
        first = false;
      }
      for (const m of found) {
        states.add(s, m);
        if (m.type !== "person" || m.surname || !/\s/.test(m.text.trim())) continue;
        const known = m.key.startsWith("person:") ? lex.people.get(m.key.slice(7)) : undefined;
        const country = known?.country ?? m.country;
        for (const surname of new Set([surnameOf(m.label, country), surnameOf(m.text, country)])) {
          const list = ctx.docSurnames.get(surname) ?? [];
          if (!list.some((p) => p.key === m.key)) list.push({ key: m.key, label: m.label, country });
          ctx.docSurnames.set(surname, list);
        }
      }
    });
    // (an article that settles on no state is about the one it is filed from, if a dateline says so)
    const articleCountry = states.articleState(state.settings.articleCountryShare) ?? dateline;
    ctx.articleCountry = () => articleCountry;
    ctx.negotiating = () => negotiating;
    state.context = ctx;
  },
};

export const mentionsComponent: PipelineComponent = {
  name: "mentions",
  requires: ["sentences", "context"],
  assigns: ["mentions"],
  run(state, eachSentence) {
    // the second pass also resolves "the ministry" and defined acronyms to what came before
    const ctx: SentenceContext = { ...(state.context as SentenceContext), recentBodies: new Map(), acronyms: new Map() };
    const out: SentenceMention[][] = [];
    eachSentence((s) => {
      const ms = assignTitles(findMentions(state.doc.text, s, ctx, { settings: state.settings }), s.tokens.map((t) => t.text), ctx.articleCountry?.(), s.tokens.map((t) => t.pos));
      // a state the titles placed a person in ("Ecuador's president, Daniel Noboa") goes with them to
      // the sentences that name them by surname ("Noboa announced ...")
      for (const m of ms) {
        if (m.type !== "person" || !m.country) continue;
        for (const list of ctx.docSurnames.values()) for (const p of list) if (p.key === m.key && !p.country) p.country = m.country;
      }
      out.push(ms);
    });
    state.mentions = out;
  },
};

export const relationsComponent: PipelineComponent = {
  name: "relations",
  requires: ["sentences", "mentions"],
  assigns: ["relations"],
  run(state, eachSentence) {
    const discourse: DiscourseContext = {};
    const out: SentenceRelations[] = [];
    eachSentence((s, i) => {
      out.push(extractRelations(state.doc.text, s, state.mentions?.[i] ?? [], discourse, { settings: state.settings }));
    });
    state.relations = out;
  },
};

/** Measures no sentence attributes go to the state the article shows imposing (src/extract/document). */
export const implicitImposerComponent: PipelineComponent = {
  name: "implicit-imposer",
  requires: ["sentences", "mentions", "relations"],
  assigns: ["relations"],
  run(state) {
    attributeToDominantImposer(state.sentences ?? [], state.relations ?? [], state.mentions ?? [], state.settings);
  },
};

export const evidenceComponent: PipelineComponent = {
  name: "evidence",
  requires: ["sentences", "mentions", "relations"],
  assigns: ["extraction"],
  run(state, eachSentence) {
    const { doc } = state;
    const mentions: MentionRecord[] = [];
    const claims: ExtractedClaim[] = [];
    const derived: DerivedEntity[] = [];
    eachSentence((s, i) => {
      for (const m of state.mentions?.[i] ?? []) {
        if (m.type === "measure") continue;
        mentions.push({
          doc: doc.id,
          start: m.start,
          end: m.end,
          text: m.text,
          type: m.type,
          source: m.source,
          sentence: s.index,
          key: m.key,
          label: m.label,
          ...(m.country ? { country: m.country } : {}),
          ...(m.titleText ? { role: m.titleText } : {}),
        });
      }
      const rel = state.relations?.[i];
      if (!rel) return;
      derived.push(...rel.derived);
      for (const c of rel.claims) {
        const first = s.tokens[c.from];
        const last = s.tokens[c.to - 1];
        if (!first || !last) continue;
        const evidence: Evidence = {
          doc: doc.id,
          sentence: s.index,
          start: first.start,
          end: last.end,
          quote: doc.text.slice(first.start, last.end),
          context: doc.text.slice(s.start, s.end),
          contextStart: s.start,
          rule: c.rule,
        };
        if (c.modality) evidence.modality = c.modality;
        // said by someone: an assertion becomes a report
        if (rel.speaker && (!c.modality || c.modality === "asserted")) evidence.modality = "reported";
        claims.push({ subject: c.subject, predicate: c.predicate, object: c.object, modality: c.modality, rule: c.rule, ...(c.alsoBy ? { alsoBy: c.alsoBy } : {}), evidence, speakerKey: rel.speaker });
      }
    });
    state.extraction = { doc, sentences: state.sentences ?? [], mentions, claims, derived };
  },
};

export const DEFAULT_COMPONENTS: readonly PipelineComponent[] = [sentencesComponent, contextComponent, mentionsComponent, relationsComponent, implicitImposerComponent, evidenceComponent];

export const DEFAULT_PIPELINE = createPipeline(DEFAULT_COMPONENTS);
