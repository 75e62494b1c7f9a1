// One piece of evidence as the analyst reads it: the sentence, its marked span, and where it
// came from (article title, speaker, modality). Shared by the details panel and the answers.
import { h } from "./dom.ts";
import { markEvidence, type Range } from "./quote-marks.ts";
import type { DocumentInfo, Evidence } from "./types.ts";

export function renderEvidence(
  evidence: Evidence,
  documents: ReadonlyMap<string, DocumentInfo>,
  names: readonly string[],
): HTMLElement[] {
  const doc = documents.get(evidence.doc);
  const title = doc?.title || evidence.title || evidence.doc;
  const source =
    doc?.source && /^https?:\/\//.test(doc.source)
      ? h("a", { href: doc.source, target: "_blank", rel: "noopener noreferrer" }, title)
      : h("span", { title: doc?.source ?? "" }, title);
  const meta: (Node | string)[] = [source];
  if (evidence.speaker) meta.push(" · said by ", h("strong", {}, evidence.speaker));
  if (evidence.modality) meta.push(" · ", h("span", { class: "modality" }, evidence.modality));
  const { text, ranges } = markEvidence(evidence, names);
  return [
    h("blockquote", { class: "quote" }, ...renderMarked(text, ranges)),
    h("div", { class: "quote-meta" }, ...meta),
  ];
}

/** Names to look for in a quote: label and aliases of the given nodes. */
export function namesOf(attrs: readonly { label: string; aliases?: string[] }[]): string[] {
  const names: string[] = [];
  for (const attr of attrs) {
    names.push(attr.label);
    if (Array.isArray(attr.aliases)) names.push(...attr.aliases);
  }
  return names;
}

export function renderMarked(quote: string, ranges: readonly Range[]): (Node | string)[] {
  const parts: (Node | string)[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) parts.push(quote.slice(at, s));
    parts.push(h("mark", {}, quote.slice(s, e)));
    at = e;
  }
  if (at < quote.length) parts.push(quote.slice(at));
  return parts;
}
