// Folding of names for matching: case, accents and punctuation must not decide whether "Ha Lap Phong"
// finds "Hà Lập Phong" or "US" finds "U.S.". Used by search (index and queries) and by ask.

// Letters that Unicode does not decompose into base + mark, so NFD alone leaves them in place.
const SPECIAL_LETTERS: Record<string, string> = {
  đ: "d",
  ð: "d",
  ø: "o",
  ł: "l",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ı: "i",
  þ: "th",
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join("")}]`, "g");

/** Lower-cases, strips diacritics and maps the few letters NFD leaves alone. */
export function fold(text: string): string {
  // Most names are plain ASCII; skip Unicode normalisation for them (index builds fold every name).
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c);
}

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
