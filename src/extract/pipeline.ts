// The extraction pipeline over one document: sentences -> mentions -> relations.
//
// Mentions run twice: the first pass learns the people the document names in full, so the
// second can read "Mr. Lutnick", "Vice-Premier He" and a bare "Hassett" as those people.

import type { Document, Evidence, Mention, Sentence } from "../model/types.ts";
import { lexiconIndex, surnameOf } from "./lexicon-index.ts";
import { findMentions } from "./mentions.ts";
import { assignTitles } from "./mentions/title-country.ts";
import type { SentenceContext, SentenceMention } from "./mentions/types.ts";
import { extractRelations } from "./relations/run.ts";
import type { ClaimDraft, DerivedEntity, DiscourseContext } from "./relations/types.ts";
import { splitSentences } from "./sentences.ts";

export interface ExtractedClaim extends Omit<ClaimDraft, "from" | "to"> {
  evidence: Evidence;
  /** Key of the speaker entity, resolved to a label when the graph is built. */
  speakerKey?: string;
}

export interface DocumentExtraction {
  doc: Document;
  sentences: Sentence[];
  mentions: (Mention & { key: string; label: string; country?: string; roles?: string[] })[];
  claims: ExtractedClaim[];
  derived: DerivedEntity[];
}

export function extractDocument(doc: Document): DocumentExtraction {
  const sentences = splitSentences(doc.text);
  const countryCounts = new Map<string, number>();
  const ctx: SentenceContext = {
    docCountries: () => [...countryCounts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c),
    docSurnames: new Map(),
  };

  // Pass 1: full names and the countries the document is about.
  for (const s of sentences) {
    for (const m of findMentions(doc.text, s, ctx)) {
      if (m.type === "country" && m.country) countryCounts.set(m.country, (countryCounts.get(m.country) ?? 0) + 1);
      if (m.type === "person" && !m.surname && /\s/.test(m.text.trim())) {
        const lex = lexiconIndex();
        const known = m.key.startsWith("person:") ? lex.people.get(m.key.slice(7)) : undefined;
        const surnames = new Set([surnameOf(m.label, known?.country ?? m.country), surnameOf(m.text, known?.country ?? m.country)]);
        for (const s2 of surnames) {
          const list = ctx.docSurnames.get(s2) ?? [];
          if (!list.some((p) => p.key === m.key)) list.push({ key: m.key, label: m.label, country: known?.country ?? m.country });
          ctx.docSurnames.set(s2, list);
        }
      }
    }
  }

  // Pass 2: everything, with surnames resolvable and "the ministry" pointing back.
  ctx.recentBodies = new Map();
  ctx.acronyms = new Map();
  const mentions: DocumentExtraction["mentions"] = [];
  const claims: ExtractedClaim[] = [];
  const derived: DerivedEntity[] = [];
  const discourse: DiscourseContext = {};
  for (const s of sentences) {
    const found = assignTitles(findMentions(doc.text, s, ctx), s.tokens.map((t) => t.text));
    const rel = extractRelations(doc.text, s, found, discourse);
    for (const m of found) {
      if (m.type === "measure") continue;
      mentions.push(toMention(doc, s, m));
    }
    derived.push(...rel.derived);
    for (const c of rel.claims) {
      const first = s.tokens[c.from];
      const last = s.tokens[c.to - 1];
      if (!first || !last) continue;
      const evidence: Evidence = {
        doc: doc.id,
        sentence: s.index,
        start: first.start,
        end: last.end,
        quote: doc.text.slice(first.start, last.end),
        context: doc.text.slice(s.start, s.end),
        contextStart: s.start,
        rule: c.rule,
      };
      if (c.modality) evidence.modality = c.modality;
      if (rel.speaker) {
        if (!c.modality || c.modality === "asserted") evidence.modality = "reported";
      }
      claims.push({ subject: c.subject, predicate: c.predicate, object: c.object, modality: c.modality, rule: c.rule, evidence, speakerKey: rel.speaker });
    }
  }
  return { doc, sentences, mentions, claims, derived };
}

function toMention(doc: Document, s: Sentence, m: SentenceMention): DocumentExtraction["mentions"][number] {
  const out: DocumentExtraction["mentions"][number] = {
    doc: doc.id,
    start: m.start,
    end: m.end,
    text: m.text,
    type: m.type,
    source: m.source,
    sentence: s.index,
    key: m.key,
    label: m.label,
  };
  if (m.country) out.country = m.country;
  if (m.titleText) out.role = m.titleText;
  return out;
}
