// The one and only text normalisation. Everything downstream stores character offsets into the
// text this produces, so it runs once, before furniture removal, and nothing re-normalises later.
//
// NFC (not NFKC): NFKC folds compatibility characters, which rewrites things a reader sees as
// different (superscripts, ligatures, full-width forms) and is not idempotent with the curly
// quotes and apostrophes that news copy uses. We keep curly quotes as they are and only fix the
// invisible differences that break matching: line endings, exotic spaces and zero-width marks.

/** Spaces that look like a space but are not U+0020 (no-break, en/em/thin/hair, ideographic, ...). */
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Characters with no width: they split words for a matcher while being invisible to a reader. */
const ZERO_WIDTH = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/g;
/** C0/C1 control characters other than the newline (tab is handled as a space above). */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(/\u2029/g, "\n\n")
    .replace(/[\u2028\u0085\u000b\u000c]/g, "\n")
    .replace(ODD_SPACES, " ")
    .replace(ZERO_WIDTH, "")
    .replace(CONTROLS, "")
    // Last, so that a combining mark freed by removing an invisible character still composes.
    .normalize("NFC");
}
