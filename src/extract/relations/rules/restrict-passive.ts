// A flow of goods as the subject of a passive verb of restricting: "shipments of live lobster were
// stopped at Chinese ports", "exports of gallium were banned by Beijing". The one restricting is the
// agent, or the state whose ports, border or customs the sentence names.

import { FLOW_NOUNS, NEGATORS } from "../../../text/words.ts";
import type { SentenceMention } from "../../mentions/types.ts";
import { emitMeasure } from "../emit.ts";
import { flowObject } from "../measure-phrase.ts";
import { defineRule } from "../types.ts";
import { restrictingVerbAt } from "./restrict-verb.ts";

export const restrictPassive = defineRule({
  id: "restrict-passive",
  description: "a flow of goods + be + restricted (by X / at X's ports): X imposes a restriction on the goods",
  emits: ["imposes", "restricts"],
  reads: [],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "Exports of gallium were banned by Beijing in 2023.", yields: ["country:cn imposes measure:cn-export-controls-on-gallium"] },
    { text: "Shipments of live lobster were stopped at Chinese ports.", yields: ["country:cn imposes measure:cn-export-controls-on-live-lobster"] },
  ],
  nearMisses: [
    { text: "Exports of gallium were banned last year.", notYields: ["country:cn imposes measure:cn-export-controls-on-gallium"], why: "nobody named restricts them (the article may)" },
    { text: "Exports of gallium were not banned.", notYields: ["measure:unattributed-export-controls-on-gallium restricts commodity:gallium"], why: "negated" },
  ],
  run(ctx) {
    const s = ctx.scope;
    for (let v = 0; v < s.length; v++) {
      if (!restrictingVerbAt(s, v)?.passive) continue;
      if (s.negatedBetween(v - s.settings.shortNegationWindow, v, NEGATORS)) continue;
      let start = v - 2;
      while (start > 0 && !FLOW_NOUNS.has(s.norm(start)) && v - start <= s.settings.passiveFlowWindow) start--;
      // a long subject ("the registration of exports of soybean oil, soybeans and other related
      // products would soon be suspended"): the flow noun in the verb's subject phrase
      if (!FLOW_NOUNS.has(s.norm(start))) {
        const subject = s.structure.subjectOf(v);
        const from = subject ? s.structure.phraseStart(subject) : v;
        for (let q = from; q < v; q++) {
          if (FLOW_NOUNS.has(s.norm(q)) && s.norm(q + 1) === "of") {
            start = q;
            break;
          }
        }
      }
      if (!FLOW_NOUNS.has(s.norm(start))) continue;
      const obj = flowObject(s, start);
      if (!obj || obj.to > v - 1) continue;
      let imposer: SentenceMention | undefined;
      for (let q = v + 1; q < Math.min(s.length, v + s.settings.passiveAgentWindow); q++) {
        const m = s.mentionAt(q);
        if (s.norm(q) === "by" && s.isAgent(s.mentionAt(q + 1))) imposer = s.mentionAt(q + 1);
        else if (m?.type === "country" && ["ports", "port", "border", "borders", "customs"].includes(s.norm(m.to))) imposer = { ...m, modifier: false };
        if (imposer) break;
      }
      // with no agent the restriction still stands, its imposer left to the article (src/extract/document)
      emitMeasure(ctx, obj, imposer, obj.from, v + 1);
    }
  },
});
