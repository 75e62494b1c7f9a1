// One piece of evidence as the analyst reads it: the sentence, its marked span, and where it
// came from (article title, speaker, modality). Shared by the details panel and the answers.
import { h } from "./dom.ts";
import { markRanges, renderMarked } from "./quote-marks.ts";
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
  return [
    h("blockquote", { class: "quote" }, ...renderMarked(evidence.quote, markRanges(evidence.quote, evidence, names))),
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
