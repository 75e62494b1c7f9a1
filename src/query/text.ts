// Names as search and ask compare them: folded (text/fold.ts: case and accents do not count) and cut
// into word tokens, so "Ha Lap Phong" finds "Hà Lập Phong" and "US" finds "U.S.".

import { fold } from "../text/fold.ts";

export { fold };

/**
 * Folded word tokens. Dots inside abbreviations are dropped ("U.S." -> "us") and a possessive "'s"
 * is removed ("China's" -> "china"), so both sides of a match tokenise the same way.
 */
export function tokens(text: string): string[] {
  return fold(text)
    .replace(/(\p{L})\.(?=\p{L})/gu, "$1")
    .replace(/['’]s\b/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** Words a query may contain that never identify an entity on their own. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "of",
  "and",
  "for",
  "to",
  "in",
  "on",
  "at",
  "mr",
  "mrs",
  "ms",
  "dr",
]);
