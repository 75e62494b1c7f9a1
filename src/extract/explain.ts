// What extraction sees in a text, for a person asking "why is this edge here?" or "why not?": each
// sentence's tokens with their parts of speech, the mentions with the finder that made them, and
// each claim with the rule that produced it and the tokens it matched.

import { analyse } from "./structure.ts";
import type { Document } from "../model/types.ts";
import type { DocumentExtraction } from "../model/extraction.ts";
import { extractDocument } from "./extract-document.ts";

export interface ExplainOptions {
  /** Only this sentence (its index in the document). */
  sentence?: number;
  /** Also print every token with its part of speech. */
  tokens?: boolean;
}

export function explainDocument(doc: Document, opts: ExplainOptions = {}): { text: string; extraction: DocumentExtraction } {
  const x = extractDocument(doc);
  const lines: string[] = [];
  for (const s of x.sentences) {
    if (opts.sentence !== undefined && s.index !== opts.sentence) continue;
    lines.push(`sentence ${s.index}: ${doc.text.slice(s.start, s.end)}`);
    if (opts.tokens) {
      lines.push(`  tokens: ${s.tokens.map((t, i) => `${i}:${t.text}/${t.pos}`).join(" ")}`);
      const st = analyse(s.tokens);
      const words = (a: number, b: number): string => s.tokens.slice(a, b).map((t) => t.text).join(" ");
      lines.push(`  chunks: ${st.chunks.map((c) => `[${c.kind} ${words(c.from, c.to)}]`).join(" ")}`);
      lines.push(`  clauses: ${st.clauses.map((c) => `${c.kind}(${words(c.from, c.to)})`).join(" | ")}`);
      for (const c of st.chunks) {
        const subject = c.kind === "VG" ? st.subjectOf(c.head) : undefined;
        if (subject) lines.push(`  subject: ${words(subject.from, subject.to)} <- ${words(c.from, c.to)}`);
      }
    }
    const mentions = x.mentions.filter((m) => m.sentence === s.index);
    for (const m of mentions) {
      const extras = [m.country ? `country=${m.country}` : "", m.role ? `role="${m.role}"` : ""].filter(Boolean).join(" ");
      lines.push(`  mention  ${m.type.padEnd(12)} "${m.text}" -> ${m.key}  [${m.source}]${extras ? ` ${extras}` : ""}`);
    }
    const claims = x.claims.filter((c) => c.evidence.sentence === s.index);
    for (const c of claims) {
      const e = c.evidence;
      const extras = [e.modality && e.modality !== "asserted" ? `modality=${e.modality}` : "", c.speakerKey ? `speaker=${c.speakerKey}` : "", c.alsoBy ? `also found by ${c.alsoBy.join(", ")}` : ""].filter(Boolean).join(" ");
      lines.push(`  claim    ${c.subject} -${c.predicate}-> ${c.object}`);
      lines.push(`           rule ${c.rule}${extras ? `, ${extras}` : ""}; matched "${e.quote}" (chars ${e.start}-${e.end})`);
    }
    if (mentions.length === 0 && claims.length === 0) lines.push("  (nothing found)");
  }
  if (lines.length === 0) lines.push(opts.sentence !== undefined ? `no sentence ${opts.sentence} (the text has ${x.sentences.length})` : "no sentences");
  return { text: `${lines.join("\n")}\n`, extraction: x };
}
