// From a measure phrase to claims: one measure node per (imposer's state, kind, good), the
// imposer's `imposes` edge and the measure's `restricts` edges. Shared by every rule that finds a
// measure, so they all name measures the same way.

import { slug } from "../../text/fold.ts";
import { lexiconIndex } from "../lexicon-index.ts";
import type { SentenceMention } from "../mentions/types.ts";
import type { ClaimSink } from "./sink.ts";
import type { SentenceScope } from "./scope.ts";
import type { MeasurePhrase, ReadonlyState, WritableState } from "./types.ts";

/** What emitting a measure needs: it records the phrase as attributed and the article's last imposer. */
export interface MeasureEmitter {
  scope: SentenceScope;
  sink: ClaimSink;
  state: Pick<WritableState, "attributed" | "discourse">;
}

/** The key prefix of a measure no sentence has given an imposer yet. */
export const UNATTRIBUTED = "measure:unattributed-";

/** An unattributed measure's key and label once a state is found for it ("Canada quotas on steel"). */
export function attributedMeasure(key: string, label: string, cc: string, countryLabel: string): { key: string; label: string } {
  return { key: `measure:${cc}-${key.slice(UNATTRIBUTED.length)}`, label: `${countryLabel} ${label.charAt(0).toLowerCase()}${label.slice(1)}` };
}

/** A phrase's imposer: named in it, or found for it by an earlier rule ("..., imposed by Beijing, were"). */
export function imposerOf(state: Pick<ReadonlyState, "imposers">, p: MeasurePhrase): SentenceMention | undefined {
  return p.imposer ?? state.imposers.get(p);
}

/** A person, or a delegation, acts for their country when a measure is at stake. */
export function imposerKey(s: SentenceScope, m: SentenceMention): string | undefined {
  const viaCountry = m.type === "person" || (m.type === "agency" && m.key.endsWith("-delegation"));
  if (!viaCountry) return m.key;
  const ce = m.country ? lexiconIndex().countries.get(m.country) : undefined;
  // the state may not be named in the sentence ("Trump slapped ..."): make sure it is a node
  return ce ? s.derive({ key: `country:${ce.id}`, type: "country", label: ce.label }) : undefined;
}

function imposerCountry(m: SentenceMention): string | undefined {
  return m.country ?? (m.key.startsWith("country:") ? m.key.slice(8) : undefined);
}

/** The measure node for an imposer, kind and good; one node per (imposer, kind, good). */
function measureKey(s: SentenceScope, imposer: SentenceMention | undefined, kind: string, kindLabel: string, good: SentenceMention | undefined): string {
  const lex = lexiconIndex();
  const cc = imposer ? imposerCountry(imposer) : undefined;
  const owner = cc ?? (imposer ? slug(imposer.label) : "unattributed");
  const ownerLabel = cc ? (lex.countries.get(cc)?.label ?? cc.toUpperCase()) : imposer?.label;
  const goodSlug = good ? good.key.replace(/^commodity:/, "") : "";
  const key = `measure:${owner}-${kind}${goodSlug ? `-on-${goodSlug}` : ""}`;
  const label = `${ownerLabel ? `${ownerLabel} ` : ""}${kindLabel}${good ? ` on ${good.label}` : ""}`;
  s.derive({ key, type: "measure", label: label.charAt(0).toUpperCase() + label.slice(1), country: cc });
  return key;
}

/** Emits imposes/restricts for a measure phrase and returns its measure keys. */
export function emitMeasure(
  ctx: MeasureEmitter,
  p: MeasurePhrase,
  imposer: SentenceMention | undefined,
  claimFrom: number,
  claimTo: number,
  opts: { includeExcluded?: boolean } = {},
): string[] {
  const { scope: s, sink, state } = ctx;
  if (imposer) {
    state.attributed.add(p);
    if (imposer.type !== "person" || imposer.country) {
      state.discourse.lastImposer = { ...imposer, from: -1, to: -1 };
      if (p.goods.length > 0) state.discourse.lastGoodsImposer = state.discourse.lastImposer;
    }
  }
  if (p.goods.length > 0 && !opts.includeExcluded) state.discourse.sentenceMeasure = { kind: p.kind, kindLabel: p.kindLabel, ...(imposer ? { imposer: { ...imposer, from: -1, to: -1 } } : {}) };
  const goods = opts.includeExcluded ? p.excluded : p.goods;
  const list = goods.length > 0 ? goods : opts.includeExcluded ? [] : [undefined];
  const keys: string[] = [];
  for (const g of list) {
    const imp = imposer ? imposerKey(s, imposer) : undefined;
    // (a person of no known state names no measure: it stays unattributed, for the article to settle)
    const key = measureKey(s, imp ? imposer : undefined, p.kind, p.kindLabel, g);
    keys.push(key);
    // an imposer carried over from an earlier sentence has no place in this one (from < 0)
    const impFrom = imposer && imposer.from >= 0 ? imposer.from : claimFrom;
    if (imp) {
      sink.add(imp, "imposes", key, Math.max(0, Math.min(claimFrom, impFrom)), Math.max(claimTo, p.to));
      if (g) {
        state.discourse.measuresBy ??= new Map();
        const list = state.discourse.measuresBy.get(imp) ?? [];
        if (!list.includes(key)) list.push(key);
        state.discourse.measuresBy.set(imp, list);
      }
    }
    if (g) sink.add(key, "restricts", g.key, p.from, Math.max(p.to, g.to));
  }
  return keys;
}
