// The extraction pipeline over one document, as a list of components in the spirit of spaCy's: each
// declares what it requires and what it assigns, `createPipeline` checks that every requirement is
// assigned by an earlier component, and a failure inside a component becomes a PipelineError naming
// the component, the document and the sentence, so a build can skip that document and go on.

import type { Document, Sentence } from "../model/types.ts";
import type { DocumentExtraction } from "../model/extraction.ts";
import { PipelineError } from "./errors.ts";
import type { SentenceContext, SentenceMention } from "./mentions/types.ts";
import type { SentenceRelations } from "./relations/types.ts";
import { DEFAULT_EXTRACT_SETTINGS, type ExtractSettings } from "./settings.ts";

/** What a component may require or assign on the document state. */
export const SLOTS = ["text", "sentences", "context", "mentions", "relations", "extraction"] as const;
export type Slot = (typeof SLOTS)[number];

/** The document as components annotate it; a slot is set once its component has run. */
export interface DocumentState {
  readonly doc: Document;
  readonly settings: ExtractSettings;
  sentences?: Sentence[];
  /** What the whole document tells each sentence: its countries, the people it names in full. */
  context?: SentenceContext;
  /** Mentions by sentence (same order as `sentences`). */
  mentions?: SentenceMention[][];
  /** Relations by sentence. */
  relations?: SentenceRelations[];
  extraction?: DocumentExtraction;
}

/** Runs `fn` on each sentence, so an error can name the sentence it happened in. */
export type EachSentence = (fn: (s: Sentence, i: number) => void) => void;

export interface PipelineComponent {
  name: string;
  requires: readonly Slot[];
  assigns: readonly Slot[];
  run(state: DocumentState, eachSentence: EachSentence): void;
}

export interface Pipeline {
  readonly components: readonly PipelineComponent[];
  run(doc: Document, settings?: ExtractSettings): DocumentExtraction;
}

/** Checks the order of `components` and returns the pipeline that runs them. */
export function createPipeline(components: readonly PipelineComponent[]): Pipeline {
  const assigned = new Set<Slot>(["text"]);
  for (const c of components) {
    const missing = c.requires.filter((r) => !assigned.has(r));
    if (missing.length > 0) {
      throw new PipelineError(
        c.name,
        `requires ${missing.join(", ")}, which no earlier component assigns; put a component that assigns ${missing.join(", ")} before "${c.name}"`,
      );
    }
    for (const a of c.assigns) assigned.add(a);
  }
  if (!assigned.has("extraction")) throw new PipelineError("pipeline", 'no component assigns "extraction"; end the pipeline with one that does');
  return { components, run: (doc, settings) => runPipeline(components, doc, settings ?? DEFAULT_EXTRACT_SETTINGS) };
}

function runPipeline(components: readonly PipelineComponent[], doc: Document, settings: ExtractSettings): DocumentExtraction {
  const state: DocumentState = { doc, settings };
  for (const c of components) {
    let current: number | undefined;
    const eachSentence: EachSentence = (fn) => {
      (state.sentences ?? []).forEach((s, i) => {
        current = s.index;
        fn(s, i);
      });
      current = undefined;
    };
    try {
      c.run(state, eachSentence);
    } catch (err) {
      if (err instanceof PipelineError && err.doc !== undefined) throw err;
      const message = err instanceof Error ? err.message : String(err);
      throw new PipelineError(c.name, message, { doc: doc.id, ...(current !== undefined ? { sentence: current } : {}), cause: err });
    }
    for (const a of c.assigns) {
      if (a !== "text" && state[a] === undefined) throw new PipelineError(c.name, `declares that it assigns "${a}" but did not`, { doc: doc.id });
    }
  }
  return state.extraction as DocumentExtraction;
}
