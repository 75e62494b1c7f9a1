// Runs the relation rules over one sentence: builds the read-only scope (tokens, mentions, measure
// phrases), hands each rule its declared state and a sink stamped with its id, then reads who says
// the sentence and remembers the last person named for the next sentence's "he" and "she".

import type { Sentence } from "../../model/types.ts";
import type { SentenceMention } from "../mentions/types.ts";
import { DEFAULT_EXTRACT_SETTINGS, type ExtractSettings } from "../settings.ts";
import { speakerOf } from "./attribution.ts";
import { parseMeasure } from "./measure-phrase.ts";
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
  scope.withMeasures(mentions.filter((m) => m.type === "measure").map((m) => parseMeasure(scope, m, discourse.lastPerson)));
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
  const named = [...scope.goodsRead, ...mentions.filter((m) => m.type === "commodity")];
  const goods = named.filter((g) => g.source !== "anaphor" && g.source !== "origin-goods");
  if (goods.length > 0) discourse.lastGoods = goods.map((g) => ({ ...g, from: -1, to: -1 }));
  const lastPerson = scope.lastPersonBefore(sentence.tokens.length);
  if (lastPerson) discourse.lastPerson = { ...lastPerson, from: -1, to: -1 };
  const speaker = speakerOf(scope);
  return { claims: [...sink.claims], derived: sink.derived, ...(speaker ? { speaker } : {}) };
}
