// The one way names and words are folded for comparison: diacritics removed (with the few letters
// Unicode does not decompose: đ, ø, ł, ß, æ, œ, ı, þ), then lower case. Tokens, slugs, search, ask,
// resolution and the viewer all fold through here, so "Hà Lập Phong", "Ha Lap Phong" and
// "ha lap phong" meet.

// Letters that Unicode does not decompose into base + mark, so NFD alone leaves them in place.
const SPECIAL_LETTERS: Record<string, string> = {
  đ: "d",
  Đ: "D",
  ð: "d",
  Ð: "D",
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  ß: "ss",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  ı: "i",
  þ: "th",
  Þ: "Th",
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join("")}]`, "g");
const ASCII = /^[\x00-\x7f]*$/;

/** Removes diacritics and maps the letters NFD leaves alone, keeping case: "Lập" -> "Lap". */
export function stripMarks(text: string): string {
  if (ASCII.test(text)) return text;
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c);
}

/** Diacritics removed and lower-cased: the comparison form of a name or word. */
export function fold(text: string): string {
  return stripMarks(text).toLowerCase();
}

/** A stable key part: folded, a possessive dropped, runs of other characters as one hyphen. */
export function slug(text: string): string {
  return fold(text)
    .replace(/['’]s\b/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
