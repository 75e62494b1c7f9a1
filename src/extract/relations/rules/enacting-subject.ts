// A state or body that announces, publishes, names or decides something imposes the measures its
// clause goes on to name with no imposer of their own: "The commerce ministry named varieties of
// almonds and apples that would carry higher import taxes", "Japan made licences a requirement for
// exporting photoresist", "Hungary announced that imports of pork are prohibited". The verb is no
// verb of imposing, and the measure is not its object (impose-verb reads those); the measure sits
// further on, in a relative or complement clause or an object's complement, and the rules before
// this one, which ran on the whole sentence, found no imposer for it.
//
// Not when what comes between opposes or reacts to the measure ("announced retaliation against
// tariffs on its steel"), nor for goods of the subject's own state (the target, not the imposer).

import { lexiconIndex } from "../../lexicon-index.ts";
import { BE, ENACT_VERBS, NEGATORS, RESTRICT_VERBS } from "../../../text/words.ts";
import { attributedMeasure, UNATTRIBUTED } from "../emit.ts";
import { defineRule } from "../types.ts";

/** Words that put what follows in opposition or reply to the measure, or after it in time. */
const AGAINST_WORDS = new Set(["against", "over", "despite", "amid", "after", "following", "protest", "retaliation", "response", "reaction", "counter", "criticism"]);

export const enactingSubject = defineRule({
  id: "enacting-subject",
  description: "subject + verb of announcing or deciding ... measure with no imposer: the subject imposes it",
  emits: ["imposes"],
  reads: ["claims"],
  writes: [],
  examples: [
    { text: "Japan made licences a requirement for exporting photoresist.", yields: ["country:jp imposes measure:jp-export-controls-on-photoresists"] },
    { text: "Hungary announced that imports of wheat and rapeseed are prohibited.", yields: ["country:hu imposes measure:hu-import-bans-on-wheat", "country:hu imposes measure:hu-import-bans-on-canola"] },
    { text: "Japan named varieties of almonds and apples that would carry higher import taxes.", yields: ["country:jp imposes measure:jp-tariffs-on-almond"] },
  ],
  nearMisses: [
    { text: "China announced retaliation against tariffs on steel.", notYields: ["country:cn imposes measure:cn-tariffs-on-steel"], why: "a reply to a measure is not its imposing" },
    { text: "Japan announced a protest over duties on steel.", notYields: ["country:jp imposes measure:jp-tariffs-on-steel"], why: "an objection to a measure" },
    { text: "Hungary did not announce that imports of wheat are prohibited.", notYields: ["country:hu imposes measure:hu-import-bans-on-wheat"], why: "negated" },
    { text: "Brazil said that imports of wheat are prohibited.", notYields: ["country:br imposes measure:br-import-bans-on-wheat"], why: "saying is no enacting: it may report another state's ban" },
    { text: "India announced that it would challenge the duties on steel at the WTO.", notYields: ["country:in imposes measure:in-tariffs-on-steel"], why: "a measure the subject challenges is another's" },
    { text: "Australia declared that tariffs on barley were unjustified.", notYields: ["country:au imposes measure:au-tariffs-on-barley"], why: "a measure the clause judges is not enacted by the one who judges it" },
    { text: "Japan announced that tariffs on Japanese steel had gone up.", notYields: ["country:jp imposes measure:jp-tariffs-on-jp-goods"], why: "goods of the subject's own state are the target" },
  ],
  run({ scope: s, sink }) {
    const lex = lexiconIndex();
    for (let v = 0; v < s.length; v++) {
      const t = s.tok(v);
      if (!t || t.pos !== "VERB" || !ENACT_VERBS.has(t.normal)) continue;
      const subject = s.subjectAgent(v);
      if (!subject || s.negatedBetween(v - s.settings.shortNegationWindow, v, NEGATORS)) continue;
      const cc = subject.country ?? (subject.key.startsWith("country:") ? subject.key.slice("country:".length) : undefined);
      const country = cc ? lex.countries.get(cc) : undefined;
      if (!cc || !country || !(subject.type === "country" || subject.type === "agency" || subject.type === "person")) continue;
      const claims = sink.claims.filter((c) => c.predicate === "restricts" && c.subject.startsWith(UNATTRIBUTED) && c.from > v && c.from - v <= s.settings.complaintWindow);
      for (const c of claims) {
        if (!c.subject.startsWith(UNATTRIBUTED)) continue; // (renamed with an earlier claim of the same measure)
        const between = s.toks.slice(v + 1, c.from);
        if (between.some((b) => AGAINST_WORDS.has(b.normal) || b.text === ";")) continue;
        // goods of the subject's own state ("Japanese steel") are what a measure of another hits
        if (s.mentions.some((g) => g.key === c.object && (g.country === cc || s.mentions.some((o) => o.type === "country" && o.country === cc && o.to <= g.from && g.from - o.to <= 1)))) continue;
        const oldKey = c.subject;
        // a measure the sentence demands, offers or says was lifted is judged, not enacted ("India
        // announced that it would challenge the duties on steel")
        if (sink.claims.some((d) => d.object === oldKey && d.predicate !== "restricts" && d.predicate !== "imposes")) continue;
        // nor one the clause goes on to judge ("declared that tariffs on barley were unjustified")
        const after = s.tok(c.to);
        if (after && BE.has(after.normal) && s.tok(c.to + 1)?.pos === "ADJ" && !RESTRICT_VERBS.has(s.norm(c.to + 1))) continue;
        const entity = sink.derived.find((d) => d.key === oldKey);
        const { key: newKey, label } = attributedMeasure(oldKey, entity?.label ?? oldKey.slice(UNATTRIBUTED.length), cc, country.label);
        sink.attribute(oldKey, newKey, label, cc);
        const imposer = subject.type === "country" ? subject.key : s.derive({ key: `country:${cc}`, type: "country", label: country.label });
        sink.add(subject.type === "agency" ? subject.key : imposer, "imposes", newKey, Math.min(subject.from, v), c.to, c.modality);
      }
    }
  },
});
