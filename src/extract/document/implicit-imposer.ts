// A measure whose sentence names no imposer ("The tariff on sorghum, soybeans and pork will be
// increased by 10%") belongs to the state the article shows imposing measures, when one state does
// all of it: the other sentences' imposers, resolved to their states (a ministry to its country), are
// counted, and a single state with at least `dominantImposerShare` of them takes the measure. An
// article where two states impose (a dispute with retaliation) leaves the measure unattributed.

import type { Sentence } from "../../model/types.ts";
import { CONDITION_WORDS, MODALS } from "../../text/words.ts";
import { lexiconIndex } from "../lexicon-index.ts";
import type { SentenceMention } from "../mentions/types.ts";
import type { ExtractSettings } from "../settings.ts";
import type { ClaimDraft, SentenceRelations } from "../relations/types.ts";

const UNATTRIBUTED = "measure:unattributed-";

/** The state behind an imposer's key, from what the document said of it. */
function stateOf(key: string, countryOf: ReadonlyMap<string, string>): string | undefined {
  if (key.startsWith("country:")) return key.slice("country:".length);
  return countryOf.get(key);
}

/** The state that imposes the article's measures, if one does nearly all of it. */
function dominantImposer(relations: readonly SentenceRelations[], mentions: readonly (readonly SentenceMention[])[], settings: ExtractSettings): string | undefined {
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
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!top || top[1] / total < settings.dominantImposerShare) return undefined;
  return top[0];
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
  const cc = dominantImposer(relations, mentions, settings);
  const country = cc ? lexiconIndex().countries.get(cc) : undefined;
  if (!cc || !country) return;
  const rename = (key: string): string => (key.startsWith(UNATTRIBUTED) ? `measure:${cc}-${key.slice(UNATTRIBUTED.length)}` : key);
  relations.forEach((r, i) => {
    // the sentence does not leave the imposer implicit when it names the dominant state in another
    // role ("duties on imports of European brandy") or another state as an actor ("... the agriculture
    // of Japan" in a US-led article); another state only as the goods' origin ("Chilean trout") is fine
    const named = (mentions[i] ?? []).some((m) => m.key === `country:${cc}` || m.country === cc || (m.type === "country" && !m.modifier));
    // an inference across sentences is made only of plain statements: "a duty on aircraft would
    // have been a shock" or "if ... the tariff" is no measure anyone imposed
    // ("will" announces: "Imports of wheat will face an extra 15% tariff" is a measure decided)
    const hedged = (sentences[i]?.tokens ?? []).some((t) => (MODALS.has(t.normal) && t.normal !== "will" && t.normal !== "'ll") || CONDITION_WORDS.has(t.normal));
    const added: ClaimDraft[] = [];
    for (const c of r.claims) {
      const measure = c.subject.startsWith(UNATTRIBUTED) ? c.subject : undefined;
      c.subject = rename(c.subject);
      c.object = rename(c.object);
      const stated = !c.modality || c.modality === "asserted" || c.modality === "reported";
      if (measure && !named && !hedged && stated && c.predicate === "restricts" && !added.some((a) => a.object === c.subject)) {
        added.push({ subject: `country:${cc}`, predicate: "imposes", object: c.subject, from: c.from, to: c.to, rule: "implicit-imposer", ...(c.modality ? { modality: c.modality } : {}) });
      }
    }
    for (const d of r.derived) {
      if (!d.key.startsWith(UNATTRIBUTED)) continue;
      d.key = rename(d.key);
      d.country = cc;
      d.label = `${country.label} ${d.label.charAt(0).toLowerCase()}${d.label.slice(1)}`;
    }
    if (added.length === 0) return;
    r.claims.push(...added);
    if (!r.derived.some((d) => d.key === `country:${cc}`)) r.derived.push({ key: `country:${cc}`, type: "country", label: country.label });
  });
}
