// What to show for a piece of evidence and which part of it to mark. Evidence offsets point into
// the document. When the evidence carries its sentence (`context`, at `contextStart`) the quote is
// the exact supporting span inside it; when the server says where the span falls in the quote
// (spanStart/spanEnd, or the sentence's own offset) that is used. Otherwise we mark what we can
// find honestly: the names of the two entities the edge joins.
import type { Evidence } from "./types.ts";

export type Range = [start: number, end: number];

export interface MarkedText {
  text: string;
  ranges: Range[];
}

/** The sentence to show for `evidence`, with the supporting span (or the entities' names) marked. */
export function markEvidence(evidence: Evidence, names: readonly string[]): MarkedText {
  const { context, contextStart } = evidence;
  if (typeof context === "string" && typeof contextStart === "number") {
    const s = evidence.start - contextStart;
    const e = evidence.end - contextStart;
    if (s >= 0 && e <= context.length && s < e && context.slice(s, e) === evidence.quote) {
      return { text: context, ranges: [[s, e]] };
    }
    const at = context.indexOf(evidence.quote);
    if (at >= 0 && evidence.quote) return { text: context, ranges: [[at, at + evidence.quote.length]] };
  }
  return { text: evidence.quote, ranges: markRanges(evidence.quote, evidence, names) };
}

export function markRanges(quote: string, evidence: Evidence, names: readonly string[]): Range[] {
  const inside = (s: number, e: number): boolean => s >= 0 && e <= quote.length && s < e;
  if (typeof evidence.spanStart === "number" && typeof evidence.spanEnd === "number") {
    if (inside(evidence.spanStart, evidence.spanEnd)) return [[evidence.spanStart, evidence.spanEnd]];
  }
  if (typeof evidence.sentenceStart === "number") {
    const s = evidence.start - evidence.sentenceStart;
    const e = evidence.end - evidence.sentenceStart;
    if (inside(s, e)) return [[s, e]];
  }
  const lower = quote.toLowerCase();
  const ranges: Range[] = [];
  for (const name of names) {
    if (name.length < 2) continue;
    const needle = name.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      const before = lower[at - 1];
      const after = lower[at + needle.length];
      // Whole words only: "US" must not light up inside "discuss".
      if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
      ranges.push([at, at + needle.length]);
    }
  }
  return merge(ranges);
}

function merge(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Range[] = [];
  for (const range of ranges) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}
