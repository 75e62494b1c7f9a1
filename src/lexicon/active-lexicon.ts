// The lexicon the extractor reads. Extraction asks for its matchers without arguments
// (`lexiconIndex()`), so the lexicon in use is held here: the defaults unless a caller chose another.
// buildGraph sets it for the length of one build and puts the previous one back, so a pack never
// leaks into a later build or test; resetLexicon() returns to the defaults outright.

import { defaultLexicon, type Lexicon } from "./load-lexicon.ts";

let active: Lexicon | undefined;

/** The lexicon in use: the one last chosen with useLexicon, or the defaults. */
export function activeLexicon(): Lexicon {
  return active ?? defaultLexicon();
}

/**
 * Makes `lexicon` the one in use (undefined: the defaults) and returns the one in use before, so a
 * caller can put it back: `const prev = useLexicon(lex); try { ... } finally { useLexicon(prev); }`.
 */
export function useLexicon(lexicon: Lexicon | undefined): Lexicon | undefined {
  const previous = active;
  active = lexicon;
  return previous;
}

/** Back to the defaults. */
export function resetLexicon(): void {
  active = undefined;
}

/** Runs `fn` with `lexicon` in use, then restores the previous one. */
export function withLexicon<T>(lexicon: Lexicon, fn: () => T): T {
  const previous = useLexicon(lexicon);
  try {
    return fn();
  } finally {
    useLexicon(previous);
  }
}
