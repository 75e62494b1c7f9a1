// The lexicons: data files in ./data, their schemas, the loader that validates and merges packs over
// them, and the lexicon in use. Re-exports only.

export type * from "./types.ts";
export type { LexiconFile, SectionName } from "./schema.ts";
export { SECTION_NAMES } from "./schema.ts";
export {
  DATA_EXTENSIONS,
  DEFAULT_DATA_DIR,
  defaultLexicon,
  loadLexicon,
  type LoadLexiconOptions,
} from "./load-lexicon.ts";
export { activeLexicon, resetLexicon, useLexicon, withLexicon } from "./active-lexicon.ts";
export { LexiconError } from "./errors.ts";
export { ALIAS_GENERATORS, expandAliases, stripDiacritics } from "./generators.ts";
