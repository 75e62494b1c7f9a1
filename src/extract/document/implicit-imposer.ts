// A measure whose sentence names no imposer ("The tariff on sorghum, soybeans and pork will be
// increased by 10%") belongs to the state the article shows imposing measures, when one state does
// all of it: the other sentences' imposers, resolved to their states (a ministry to its country), are
// counted, and a single state with at least `dominantImposerShare` of them takes the measure. An
// article where two states impose (a dispute with retaliation) leaves the measure unattributed; one
// where no sentence names an imposer gives it to the only state the article names, if it names one.

import type { Sentence, Token } from "../../model/types.ts";
import { DEFINITE_DETERMINERS, DENIAL_VERBS, IMPORT_FLOWS, MODALS, opensCondition, SPEECH_VERBS } from "../../text/words.ts";
import { lexiconIndex } from "../lexicon-index.ts";
import { asideSpans } from "../structure.ts";
import { goodsBase } from "../../lexicon/wordnet.ts";
import type { SentenceMention } from "../mentions/types.ts";
import type { ExtractSettings } from "../settings.ts";
import { attributedMeasure, UNATTRIBUTED } from "../relations/emit.ts";
import { GENERIC_KINDS } from "../relations/measure-phrase.ts";
import type { ClaimDraft, SentenceRelations } from "../relations/types.ts";


/** The state behind an imposer's key, from what the document said of it. */
function stateOf(key: string, countryOf: ReadonlyMap<string, string>): string | undefined {
  if (key.startsWith("country:")) return key.slice("country:".length);
  return countryOf.get(key);
}

/** The state that imposes the article's measures, if one does nearly all of it. */
function dominantImposer(relations: readonly SentenceRelations[], mentions: readonly (readonly SentenceMention[])[], settings: ExtractSettings, sentences: readonly Sentence[]): string | undefined {
  const countryOf = new Map<string, string>();
  for (const ms of mentions) for (const m of ms) if (m.country && !countryOf.has(m.key)) countryOf.set(m.key, m.country);
  for (const r of relations) for (const d of r.derived) if (d.country && !countryOf.has(d.key)) countryOf.set(d.key, d.country);
  const counts = new Map<string, number>();
  let total = 0;
  for (const r of relations) {
    for (const c of r.claims) {
      if (c.predicate !== "imposes" || c.object.startsWith(UNATTRIBUTED) || c.modality === "negated") continue;
      const st = stateOf(c.subject, countryOf);
      total++;
      if (st) counts.set(st, (counts.get(st) ?? 0) + 1);
    }
  }
  if (total === 0) return articleState(mentions, settings, sentences);
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!top || top[1] / total < settings.dominantImposerShare) return undefined;
  return top[0];
}

/**
 * With no imposer anywhere in the text, the state an article is about: the one state it names, when
 * it names no other (at least twice, as a state or by its demonym: "The ministry will ensure no
 * chicken export activities take place ... the chicken export ban"), or the one it names as an actor
 * in most of its mentions.
 */
function articleState(mentions: readonly (readonly SentenceMention[])[], settings: ExtractSettings, sentences: readonly Sentence[]): string | undefined {
  const states = new Map<string, number>();
  for (const ms of mentions) for (const m of ms) if (m.type === "country" && m.country) states.set(m.country, (states.get(m.country) ?? 0) + 1);
  const [only] = [...states.entries()];
  if (states.size === 1 && only && only[1] >= 2) return only[0];
  // ... or, naming others, one it names as an actor (not only as goods' origin) far more than any:
  // "The federal government has confirmed that its surtax on Chinese-made electric vehicles ..."
  const actors = new Map<string, number>();
  // (a state named as where goods come from or go, "imports of palm oil from Malaysia", is no actor)
  mentions.forEach((ms, i) => {
    for (const m of ms) {
      const where = ["from", "to", "into"].includes(sentences[i]?.tokens[m.from - 1]?.normal ?? "");
      if (m.country && !where && (m.type !== "country" || !m.modifier || m.source === "anaphor")) actors.set(m.country, (actors.get(m.country) ?? 0) + 1);
    }
  });
  const total = [...actors.values()].reduce((a, b) => a + b, 0);
  const [top] = [...actors.entries()].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 3 && top[1] / total >= settings.articleCountryShare ? top[0] : undefined;
}

/**
 * The measures the article gives a state, by kind and good ("tariffs-on-almond" -> {"in"}): what a
 * state imposes in a sentence of its own, before any inference across sentences.
 */
function measuresOfStates(relations: readonly SentenceRelations[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of relations) {
    for (const c of r.claims) {
      if (c.predicate !== "imposes" || !c.subject.startsWith("country:") || c.modality === "negated") continue;
      const cc = c.subject.slice("country:".length);
      const prefix = `measure:${cc}-`;
      if (!c.object.startsWith(prefix) || !c.object.includes("-on-")) continue;
      const kindGood = c.object.slice(prefix.length);
      out.set(kindGood, (out.get(kindGood) ?? new Set()).add(cc));
    }
  }
  return out;
}

/** People a state's demonym makes that state's voice: "American farmers said ...". */
const PEOPLE_NOUNS = new Set(["farmers", "officials", "official", "exporters", "importers", "producers", "growers", "traders", "industry", "lawmakers", "authorities", "negotiators", "diplomats", "businesses", "companies", "firms", "people", "consumers"]);

/** Kinds of measure laid on goods going out. */
const EXPORT_KINDS = ["export-controls", "export-taxes"];

/** Kinds of measure laid on goods coming in. */
const IMPORT_KINDS = ["import-bans", "import-licensing", "tariffs", "anti-dumping-duties", "countervailing-duties", "safeguards"];

/**
 * The two states an article is about, when it is about two: each named at least twice, together at
 * least `share` of its mentions of states ("India" and "Malaysia" in a palm-oil dispute); a third
 * state named more than in passing may be the one that acts.
 */
function twoParties(mentions: readonly (readonly SentenceMention[])[], share = 0.8): [string, string] | undefined {
  const counts = new Map<string, number>();
  for (const ms of mentions) for (const m of ms) if (m.type === "country" && m.country) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  const total = [...counts.values()].reduce((x, y) => x + y, 0);
  const [first, second] = [...counts.entries()].sort((x, y) => y[1] - x[1]);
  if (!first || !second || second[1] < 2 || (first[1] + second[1]) / total < share) return undefined;
  return [first[0], second[0]];
}

/**
 * Where the article says each good comes from, by the good's head word (singular): a state's demonym
 * or name right before it ("US almonds", "Malaysian palm oil") or "from" a state right after it
 * ("almonds from the USA"), whether or not that sentence made a mention of the good.
 */
function originsOfGoods(sentences: readonly Sentence[], mentions: readonly (readonly SentenceMention[])[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  mentions.forEach((ms, i) => {
    const toks = sentences[i]?.tokens ?? [];
    toks.forEach((t, k) => {
      if (t.pos !== "NOUN") return;
      const head = goodsBase(t.normal);
      if (!head) return;
      // (the noun ends its phrase: "almonds from", not "almond growers from")
      if (toks[k + 1]?.pos === "NOUN") return;
      const before = ms.find((m) => m.type === "country" && m.modifier && m.country && m.to >= k - 2 && m.to <= k);
      let j = k + 1;
      if (toks[j]?.normal !== "from") j = -1;
      else if (toks[j + 1]?.normal === "the") j += 2;
      else j += 1;
      const after = j > 0 ? ms.find((m) => m.type === "country" && m.country && m.from === j) : undefined;
      for (const m of [before, after]) if (m?.country) out.set(head, (out.get(head) ?? new Set()).add(m.country));
    });
  });
  return out;
}

/** A clause denied by a verb of denying: "the minister denied that restrictions had been imposed". */
function deniedIn(toks: readonly Token[]): boolean {
  return toks.some((t, k) => DENIAL_VERBS.has(t.normal) && toks[k + 1]?.normal === "that");
}

/** The tokens inside brackets or dash asides (structure.ts). */
function asides(toks: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (const a of asideSpans(toks)) for (let k = a.from; k < a.to; k++) out.add(k);
  return out;
}

/** Gives the article's unattributed measures to its dominant imposer, with an `imposes` claim each. */
export function attributeToDominantImposer(
  sentences: readonly Sentence[],
  relations: SentenceRelations[],
  mentions: readonly (readonly SentenceMention[])[],
  settings: ExtractSettings,
): void {
  const pending = (r: SentenceRelations): boolean => r.derived.some((d) => d.key.startsWith(UNATTRIBUTED)) || r.claims.some((c) => c.subject.startsWith(UNATTRIBUTED) || c.object.startsWith(UNATTRIBUTED));
  if (!relations.some(pending)) return;
  const dominant = dominantImposer(relations, mentions, settings, sentences);
  let goodOrigins: Map<string, Set<string>> | undefined;
  // a good's label, from what the sentences derived or mentioned ("commodity:almond" -> "almonds")
  const labels = new Map<string, string>();
  for (const r of relations) for (const d of r.derived) labels.set(d.key, d.label);
  for (const ms of mentions) for (const m of ms) labels.set(m.key, m.label);
  const labelOf = (key: string): string => labels.get(key) ?? key.replace(/^[a-z]+:/, "").replace(/-/g, " ");
  // with no dominant imposer, the two parties of a dispute between two states (see importingParty)
  const parties = dominant ? undefined : twoParties(mentions);
  const known = measuresOfStates(relations);
  const countryOf = new Map<string, string>();
  for (const ms of mentions) for (const m of ms) if (m.country && !countryOf.has(m.key)) countryOf.set(m.key, m.country);
  for (const r of relations) for (const d of r.derived) if (d.country && !countryOf.has(d.key)) countryOf.set(d.key, d.country);
  const spoken = relations.some((r) => r.speaker && stateOf(r.speaker, countryOf));
  if (!dominant && !parties && known.size === 0 && !spoken && !articleState(mentions, settings, sentences)) return;
  // first what each sentence lets a state impose, then the renaming: a measure left unattributed
  // everywhere keeps its name (a "China tariffs on steel" node no claim stands behind would mislead)
  // (with no dominant imposer, the state the article is about, for export measures: goods leave
  // the state that holds them back)
  const home = dominant ? undefined : articleState(mentions, settings, sentences);
  const additions = relations.map((r, i) => {
    const same = [...sameMeasureOf(r, i), ...speakersBanOf(r, i), ...(home ? exportsOf(r, i, home) : [])];
    const rest = dominant ? impositionsOf(r, i, dominant) : parties ? importsOf(r, i, parties) : [];
    return [...same, ...rest.filter((a) => !same.some((x) => x.object === a.object))];
  });
  // the state each sentence gives a measure; in a sentence that gives none, the one state every
  // sentence that gives one agrees on ("the tariffs on steel" are the US's in one sentence and
  // Canada's counter-tariffs in another: two measures, each named where it is attributed)
  const inSentence = additions.map((list) => new Map(list.map((a) => [a.object, a.subject.slice("country:".length)])));
  const agreed = new Map<string, string | null>();
  for (const a of additions.flat()) {
    const cc = a.subject.slice("country:".length);
    const seen = agreed.get(a.object);
    agreed.set(a.object, seen === undefined || seen === cc ? cc : null);
  }
  const label = (cc: string): string => lexiconIndex().countries.get(cc)?.label ?? cc;
  // each measure's record before renaming, for a sentence that names it under another state than
  // the sentence that first derived it
  const records = new Map<string, SentenceRelations["derived"][number]>();
  for (const r of relations) for (const d of r.derived) if (!records.has(d.key)) records.set(d.key, { ...d });
  relations.forEach((r, i) => {
    const stateOf = (key: string): string | undefined => inSentence[i]?.get(key) ?? agreed.get(key) ?? undefined;
    const rename = (key: string): string => {
      const cc = stateOf(key);
      return cc ? attributedMeasure(key, "", cc, label(cc)).key : key;
    };
    for (const c of r.claims) {
      for (const end of ["subject", "object"] as const) {
        const key = c[end];
        const renamed = rename(key);
        const record = records.get(key);
        const cc = stateOf(key);
        if (renamed !== key && record && cc && !r.derived.some((d) => d.key === key || d.key === renamed)) {
          r.derived.push({ key: renamed, type: record.type, label: attributedMeasure(key, record.label, cc, label(cc)).label, country: cc });
        }
        c[end] = renamed;
      }
    }
    for (const d of r.derived) {
      const cc = stateOf(d.key);
      if (!cc) continue;
      ({ key: d.key, label: d.label } = attributedMeasure(d.key, d.label, cc, label(cc)));
      d.country = cc;
    }
    const added = (additions[i] ?? []).map((a) => ({ ...a, object: rename(a.object) }));
    if (added.length === 0) return;
    r.claims.push(...added);
    for (const a of added) if (!r.derived.some((d) => d.key === a.subject)) r.derived.push({ key: a.subject, type: "country", label: label(a.subject.slice("country:".length)) });
  });

  /**
   * "The government has imposed restrictions on imports of refined palm oil ... from Malaysia", in
   * an article about India and Malaysia: a measure on imports whose goods come from one of the two
   * states is the other's. Only import measures (an export ban's state is the one goods leave, which
   * "restrictions on the export of milk to Kenya" leaves open), only goods whose origin the sentence
   * names (a demonym before them, "from X", "made in X"), and only when no other state acts in it.
   */
  function importsOf(r: SentenceRelations, i: number, [a, b]: readonly [string, string]): ClaimDraft[] {
    goodOrigins ??= originsOfGoods(sentences, mentions);
    const ms = mentions[i] ?? [];
    const toks = sentences[i]?.tokens ?? [];
    const aside = asides(toks);
    const origins = new Set<string>();
    for (const m of ms) {
      if (m.type !== "country" || !m.country || aside.has(m.from)) continue;
      const before = toks[m.from - 1]?.normal ?? "";
      const ofGoods = ms.some((g) => g.type === "commodity" && g.from >= m.to && g.from <= m.to + 2);
      // ("against" a state, perhaps past a noun that describes it: "in retaliation against top
      // supplier Malaysia" names whom the measure hits, as "from" names where goods come from)
      let q = m.from - 1;
      while (q > m.from - 4 && ["NOUN", "ADJ"].includes(toks[q]?.pos ?? "") && /^\p{Ll}/u.test(toks[q]?.text ?? "")) q--;
      const against = toks[q]?.normal === "against";
      const origin = (m.modifier && ofGoods) || before === "from" || against || (before === "in" && ["made", "produced", "manufactured"].includes(toks[m.from - 2]?.normal ?? ""));
      // another state acting in the sentence leaves the imposer to it
      if (!origin && !m.modifier) return [];
      if (origin) origins.add(m.country);
    }
    if (origins.size > 1 || hedgedAt(i)) return [];
    const other = (origin: string | undefined): string | undefined => (origin === a ? b : origin === b ? a : undefined);
    const added: ClaimDraft[] = [];
    for (const c of r.claims) {
      if (!c.subject.startsWith(UNATTRIBUTED) || c.predicate !== "restricts" || added.some((x) => x.object === c.subject)) continue;
      // (a sentence that names no origin: where the article says these goods come from, if it
      // names one place: "India buys almonds from the USA ... varieties of almonds that would carry
      // higher import taxes")
      const head = goodsBase(labelOf(c.object).split(" ").at(-1) ?? "");
      // (not for a definite measure, which refers back to one the article named: "the steel and
      // aluminum tariffs" are the ones spoken of, whoever's goods they hit)
      const definite = DEFINITE_DETERMINERS.has(toks[c.from]?.normal ?? "") || DEFINITE_DETERMINERS.has(toks[c.from - 1]?.normal ?? "");
      const from = origins.size === 1 ? [...origins] : definite ? [] : [...((head ? goodOrigins.get(head) : undefined) ?? [])];
      const imposer = from.length === 1 ? other(from[0]) : undefined;
      if (!imposer) continue;
      // (a measure of no kind of its own on goods coming in: "restrictions on imports of palm oil")
      const span = toks.slice(c.from, c.to).map((t) => t.normal);
      const inward = span.some((w) => IMPORT_FLOWS.has(w)) && !span.some((w) => /^export/.test(w));
      if (!IMPORT_KINDS.some((k) => c.subject.startsWith(`${UNATTRIBUTED}${k}-`)) && !(inward && [...GENERIC_KINDS].some((k) => c.subject.startsWith(`${UNATTRIBUTED}${k}-`)))) continue;
      if (c.modality && c.modality !== "asserted" && c.modality !== "reported") continue;
      added.push({ subject: `country:${imposer}`, predicate: "imposes", object: c.subject, from: c.from, to: c.to, rule: "implicit-imposer", ...(c.modality ? { modality: c.modality } : {}) });
    }
    return added;
  }

  /**
   * "India raised import duties on almonds ... the ministry named varieties of almonds, apples and
   * lentils that would carry higher import taxes": a list of goods under a measure with no imposer,
   * where one of its goods already bears a measure of the same kind that one state imposes in the
   * article, is that state's measure: the goods listed together share it. Not when the sentence
   * names a state acting (its measure is its own), nor when two states impose that kind on them.
   */
  function sameMeasureOf(r: SentenceRelations, i: number): ClaimDraft[] {
    const ms = mentions[i] ?? [];
    const toks = sentences[i]?.tokens ?? [];
    const aside = asides(toks);
    const acting = ms.some((m) => m.type === "country" && !m.modifier && !aside.has(m.from) && !["from", "to", "into", "in"].includes(toks[m.from - 1]?.normal ?? ""));
    if (acting || hedgedAt(i)) return [];
    const added: ClaimDraft[] = [];
    const open = r.claims.filter((c) => c.subject.startsWith(UNATTRIBUTED) && c.predicate === "restricts" && (!c.modality || c.modality === "asserted" || c.modality === "reported"));
    // (the goods of one phrase: the claims over the same words)
    for (const c of open) {
      const list = open.filter((x) => x.from === c.from && x.to === c.to);
      const states = new Set(list.flatMap((x) => [...(known.get(x.subject.slice(UNATTRIBUTED.length)) ?? [])]));
      const [cc] = [...states];
      if (states.size !== 1 || !cc || added.some((a) => a.object === c.subject)) continue;
      // (nor when another state is named other than as the goods' origin: "American farmers said
      // walnuts would carry higher import taxes" is the farmers' guess, not India's measure)
      const other = ms.some((m) => m.type === "country" && m.country !== cc && !aside.has(m.from) && !ms.some((g) => g.type === "commodity" && g.from >= m.to && g.from <= m.to + 2) && toks[m.from - 1]?.normal !== "from");
      if (other) continue;
      added.push({ subject: `country:${cc}`, predicate: "imposes", object: c.subject, from: c.from, to: c.to, rule: "implicit-imposer", ...(c.modality ? { modality: c.modality } : {}) });
    }
    return added;
  }

  /**
   * "The statement of the Government of Slovakia reports that imports of 4 products from Ukraine are
   * prohibited": a ban on goods coming in, stated with no imposer by a state's government, official
   * or body, is that state's. Only bans on imports or of no flow (an export ban is the exporter's,
   * whoever speaks of it), and not when another state acts in the sentence.
   */
  function speakersBanOf(r: SentenceRelations, i: number): ClaimDraft[] {
    // (a state's own voice: the state, a body of it, or a person; not a company or a news agency,
    // whose home state bans nothing by reporting a ban)
    const speaker = r.speaker && !r.speaker.startsWith("organization:") ? stateOf(r.speaker, countryOf) : undefined;
    if (!speaker || hedgedAt(i)) return [];
    const ms = mentions[i] ?? [];
    const toks = sentences[i]?.tokens ?? [];
    const aside = asides(toks);
    const where = (m: SentenceMention): boolean => ["from", "to", "into", "in", "of"].includes(toks[m.from - 1]?.normal ?? "");
    if (ms.some((m) => m.type === "country" && m.country !== speaker && !m.modifier && !aside.has(m.from) && !where(m))) return [];
    // (nor when the speaker's own goods are the ones restricted: "duties against Canada's softwood
    // lumber are unfair, Freeland said")
    const ownGoods = ms.some((m) => m.country === speaker && (["from", "against", "on"].includes(toks[m.from - 1]?.normal ?? "") || ms.some((g) => g.type === "commodity" && g.from >= m.to && g.from <= m.to + 2)));
    if (ownGoods) return [];
    const added: ClaimDraft[] = [];
    for (const c of r.claims) {
      if (!c.subject.startsWith(UNATTRIBUTED) || c.predicate !== "restricts" || added.some((a) => a.object === c.subject)) continue;
      if (c.modality && c.modality !== "asserted" && c.modality !== "reported") continue;
      const span = toks.slice(c.from, c.to).map((t) => t.normal);
      if (span.some((w) => /^export/.test(w))) continue;
      const importing = IMPORT_KINDS.some((k) => c.subject.startsWith(`${UNATTRIBUTED}${k}-`));
      const generic = [...GENERIC_KINDS].some((k) => c.subject.startsWith(`${UNATTRIBUTED}${k}-`));
      if (!importing && !generic) continue;
      added.push({ subject: `country:${speaker}`, predicate: "imposes", object: c.subject, from: c.from, to: c.to, rule: "implicit-imposer", ...(c.modality ? { modality: c.modality } : {}) });
    }
    return added;
  }

  /**
   * "a 40% export duty on onions", "the ore export ban": an export measure no sentence gives an
   * imposer, in an article about one state, is that state's when the sentence names no other state
   * acting and no other state's goods (goods leave the state that holds them back).
   */
  function exportsOf(r: SentenceRelations, i: number, cc: string): ClaimDraft[] {
    if (hedgedAt(i)) return [];
    const ms = mentions[i] ?? [];
    const toks = sentences[i]?.tokens ?? [];
    const aside = asides(toks);
    if (ms.some((m) => m.type === "country" && m.country !== cc && !aside.has(m.from) && !["to", "into"].includes(toks[m.from - 1]?.normal ?? ""))) return [];
    const added: ClaimDraft[] = [];
    for (const c of r.claims) {
      if (!c.subject.startsWith(UNATTRIBUTED) || c.predicate !== "restricts" || added.some((a) => a.object === c.subject)) continue;
      if (c.modality && c.modality !== "asserted" && c.modality !== "reported") continue;
      const span = toks.slice(Math.max(0, c.from - 3), c.to).map((t) => t.normal);
      const exporting = EXPORT_KINDS.some((k) => c.subject.startsWith(`${UNATTRIBUTED}${k}-`)) || span.some((w) => /^export/.test(w));
      if (!exporting || span.some((w) => IMPORT_FLOWS.has(w))) continue;
      added.push({ subject: `country:${cc}`, predicate: "imposes", object: c.subject, from: c.from, to: c.to, rule: "implicit-imposer", ...(c.modality ? { modality: c.modality } : {}) });
    }
    return added;
  }

  function hedgedAt(i: number): boolean {
    const toks = sentences[i]?.tokens ?? [];
    const threat = toks.some((t) => /^(?:threat|warn)/.test(t.normal));
    const reported = (k: number): boolean => !threat && toks.slice(0, k).some((t) => t.pos === "VERB" && (SPEECH_VERBS.has(t.normal) || /ed$/.test(t.normal)));
    // (a denied clause is as unsure: "the minister denied that Russia had imposed restrictions")
    return toks.some((t, k) => (MODALS.has(t.normal) && t.normal !== "will" && t.normal !== "'ll" && t.text !== "May" && !(t.normal === "would" && toks[k + 1]?.normal !== "have" && reported(k))) || opensCondition(toks, k) || (DENIAL_VERBS.has(t.normal) && toks[k + 1]?.normal === "that"));
  }

  function impositionsOf(r: SentenceRelations, i: number, cc: string): ClaimDraft[] {
    // the sentence does not leave the imposer implicit when it names the dominant state in another
    // role ("duties on imports of European brandy") or another state as an actor ("... the agriculture
    // of Japan" in a US-led article); another state only as the goods' origin ("Chilean trout") is fine
    // (the dominant state as an official's or body's qualifier, "the sub-secretary of the Argentine
    // agricultural market said ...", is the actor's side, not another role)
    const ms = mentions[i] ?? [];
    const toksI = sentences[i]?.tokens ?? [];
    const otherRole = (m: SentenceMention): boolean => {
      const before = toksI[m.from - 1]?.normal ?? "";
      const qualifiesGoods = ms.some((g) => g.type === "commodity" && g.from >= m.to && g.from <= m.to + 2);
      return qualifiesGoods || ["from", "to", "against", "on", "with", "of"].includes(before) || (m.type === "country" && !m.modifier);
    };
    // (a state named inside brackets or a dash aside says nothing of who imposes: "the ban on broiler
    // chicken - the bird Singapore imports from Malaysia - remains", "cattle (code 0102 of the EEU
    // Customs Tariff)")
    const aside = asides(toksI);
    // (nor does a state named as a place: "transit through the territory of the Kyrgyz Republic")
    const place = (m: SentenceMention): boolean => {
      let j = m.from - 1;
      if (toksI[j]?.normal === "the") j--;
      if (toksI[j]?.normal !== "of") return false;
      j--;
      return ["territory", "soil", "border", "borders"].includes(toksI[j]?.normal ?? "");
    };
    // (inside an aside, only a state named where goods come from or go: "the bird Singapore buys from
    // Malaysia"; one that acts there, "a measure Indonesia adopted", still speaks for the imposer)
    const asideWhere = (m: SentenceMention): boolean => aside.has(m.from) && ["from", "to", "into", "of", "in"].includes(toksI[m.from - 1]?.normal ?? "");
    // (another state named where goods come from or go, "shipments from India of ...", acts no more
    // than a demonym before them does)
    const whereGoods = (m: SentenceMention): boolean => m.country !== cc && ["from", "to", "into"].includes(toksI[m.from - 1]?.normal ?? "");
    // (another state's people as the sentence's voice, "American farmers said ...", act as the state does)
    const peopleOf = (m: SentenceMention): boolean => m.type === "country" && !!m.modifier && m.country !== cc && PEOPLE_NOUNS.has(toksI[m.to]?.normal ?? "");
    const named = ms.some((m) => !asideWhere(m) && !place(m) && (((m.key === `country:${cc}` || m.country === cc) && otherRole(m)) || (m.type === "country" && !m.modifier && !whereGoods(m)) || peopleOf(m)));
    // an inference across sentences is made only of plain statements: "a duty on aircraft would
    // have been a shock" or "if ... the tariff" is no measure anyone imposed
    // ("will" announces: "Imports of wheat will face an extra 15% tariff" is a measure decided)
    const toks = sentences[i]?.tokens ?? [];
    // (the month "May" is no modal)
    // ("would" after a verb of saying is reported "will": "said the registration would be suspended")
    // ... and after any verb in the past, the future in the past: "named varieties that would carry
    // higher import taxes"; not after a threat or warning, which stays a threat
    const hedged = hedgedAt(i);
    const added: ClaimDraft[] = [];
    for (const c of r.claims) {
      const measure = c.subject.startsWith(UNATTRIBUTED) ? c.subject : undefined;
      const stated = !c.modality || c.modality === "asserted" || c.modality === "reported";
      // a definite measure ("the chicken export ban") is one in force whatever the sentence hedges
      const before = toks[c.from - 1]?.normal ?? "";
      const definite = DEFINITE_DETERMINERS.has(before);
      if (measure && !named && (!hedged || definite) && !deniedIn(toks) && stated && c.predicate === "restricts" && !added.some((a) => a.object === c.subject)) {
        added.push({ subject: `country:${cc}`, predicate: "imposes", object: c.subject, from: c.from, to: c.to, rule: "implicit-imposer", ...(c.modality ? { modality: c.modality } : {}) });
      }
    }
    return added;
  }
}
