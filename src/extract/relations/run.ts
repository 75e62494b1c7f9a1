// Runs the relation rules over one sentence: builds the read-only scope (tokens, mentions, measure
// phrases), hands each rule its declared state and a sink stamped with its id, then reads who says
// the sentence and remembers the last person named for the next sentence's "he" and "she".

import type { Sentence } from "../../model/types.ts";
import { DEFINITE_DETERMINERS, opensCondition } from "../../text/words.ts";
import type { SentenceMention } from "../mentions/types.ts";
import { DEFAULT_EXTRACT_SETTINGS, type ExtractSettings } from "../settings.ts";
import { speakerOf } from "./attribution.ts";
import { GENERIC_KINDS, parseMeasure } from "./measure-phrase.ts";
import { RELATION_RULES } from "./registry.ts";
import { ClaimSink } from "./sink.ts";
import { SentenceScope } from "./scope.ts";
import type { DiscourseContext, MeasurePhrase, ReadonlyState, RelationRule, SentenceRelations, WritableState } from "./types.ts";

export interface RelationOptions {
  settings?: ExtractSettings;
  rules?: readonly RelationRule[];
}

export function extractRelations(
  text: string,
  sentence: Sentence,
  mentions: readonly SentenceMention[],
  discourse: DiscourseContext = {},
  opts: RelationOptions = {},
): SentenceRelations {
  const settings = opts.settings ?? DEFAULT_EXTRACT_SETTINGS;
  const sink = new ClaimSink(sentence.tokens.length);
  const scope = new SentenceScope(text, sentence, mentions, settings, (e) => sink.derive(e));
  scope.previousGoods = discourse.lastGoods ?? [];
  scope.previousPerson = discourse.lastPerson;
  scope.previousSubjectState = discourse.lastSubjectState;
  // (the measure the sentence before stated, and none yet in this one)
  scope.previousMeasure = discourse.sentenceMeasure;
  discourse.sentenceMeasure = undefined;
  const parsed = mentions.filter((m) => m.type === "measure").map((m) => parseMeasure(scope, m, discourse.lastPerson));
  const states = actingStates(mentions);
  scope.withMeasures(parsed.map((m) => referBack(scope, m, discourse, states)));
  const state: ReadonlyState & WritableState = {
    get claims() {
      return sink.claims;
    },
    attributed: new Set<MeasurePhrase>(),
    imposers: new Map<MeasurePhrase, SentenceMention>(),
    discourse,
  };
  for (const rule of opts.rules ?? RELATION_RULES) {
    sink.begin(rule);
    rule.run({ scope, sink, settings, state });
  }
  // (a list the next sentence goes on with is only that of a measure plainly imposed: not of a lift, an
  // offer or a demand, nor of a sentence under a condition, "will raise tariffs on steel if talks fail")
  const plain = !sink.claims.some((c) => ["lifts", "offers-to-lift", "demands-lift"].includes(c.predicate) || (c.modality !== undefined && c.modality !== "asserted" && c.modality !== "reported")) && !sentence.tokens.some((_, k) => opensCondition(sentence.tokens, k));
  if (!plain) discourse.sentenceMeasure = undefined;
  const named = [...scope.goodsRead, ...mentions.filter((m) => m.type === "commodity")];
  const goods = named.filter((g) => g.source !== "anaphor" && g.source !== "origin-goods");
  if (goods.length > 0) discourse.lastGoods = goods.map((g) => ({ ...g, from: -1, to: -1 }));
  // (only a measure some actor was found to impose: "a duty on aircraft would have been a shock" is none)
  for (const m of scope.measures) {
    if (!state.attributed.has(m)) continue;
    const own = m.goods.filter((g) => g.source !== "anaphor");
    if (own.length > 0) (discourse.measureGoods ??= new Map()).set(m.kind, { goods: own, states }).set(ANY_KIND, { goods: own, states });
  }
  const lastPerson = scope.lastPersonBefore(sentence.tokens.length);
  if (lastPerson) discourse.lastPerson = { ...lastPerson, from: -1, to: -1 };
  const subjectState = scope.mainSubjectState();
  if (subjectState) discourse.lastSubjectState = { ...subjectState, from: -1, to: -1 };
  else if (subjectState === null) discourse.lastSubjectState = undefined;
  const speaker = speakerOf(scope);
  return { claims: [...sink.claims], derived: sink.derived, ...(speaker ? { speaker } : {}) };
}

const ANY_KIND = "*";

/**
 * A definite measure with no goods of its own ("the duties", "these curbs", "the current Section 232
 * duties") is the measure of that kind the article last named with goods: lifting it lifts those
 * goods (only lifting: an imposing verb's subject may be another state, whose measure it is not).
 * The goods take the measure word's place in this sentence, so evidence stays in it.
 */
function referBack(s: SentenceScope, m: MeasurePhrase, discourse: DiscourseContext, acting: ReadonlySet<string>): MeasurePhrase {
  if (m.goods.length > 0 || m.excluded.length > 0) return m;
  // (past a few adjectives, names and numbers: "the current Section 232 duties")
  let k = m.from - 1;
  while (k >= 0 && m.from - k <= 4 && !DEFINITE_DETERMINERS.has(s.norm(k)) && (s.tok(k)?.pos === "ADJ" || s.tok(k)?.pos === "PROPN" || s.tok(k)?.pos === "NUM")) k--;
  if (!DEFINITE_DETERMINERS.has(s.norm(k))) return m;
  // ("the ban", "the measures": a word of no particular kind is the last measure of any kind)
  const earlier = discourse.measureGoods?.get(m.kind) ?? (GENERIC_KINDS.has(m.kind) ? discourse.measureGoods?.get(ANY_KIND) : undefined);
  if (!earlier || earlier.goods.length === 0) return m;
  // a sentence where states act, none of them the one that acted then, speaks of another measure
  // ("China lifted the trade ban" after India's onion ban; not "pressing Washington to drop the tariff")
  if (acting.size > 0 && ![...acting].some((c) => earlier.states.has(c))) return m;
  const goods = earlier.goods;
  const { from, to, start, end } = m.head;
  const [only] = earlier.states.size === 1 ? [...earlier.states] : [];
  return { ...m, referred: goods.map((g) => ({ ...g, from, to, start, end, source: "anaphor" as const })), ...(only ? { referredState: only } : {}) };
}

/** The states that act in a sentence: countries named as actors, and the states of its bodies and people. */
function actingStates(mentions: readonly SentenceMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.type === "country" && !m.modifier && m.country) out.add(m.country);
    else if ((m.type === "agency" || m.type === "person") && m.country) out.add(m.country);
  }
  return out;
}
