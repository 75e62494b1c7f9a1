// Bytes -> string, refusing what is not text. Articles are UTF-8 (or UTF-16 with a byte-order
// mark); anything else is reported with enough detail (what, where) for the user to fix the file
// rather than silently producing mojibake that would later become nonsense nodes.

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; code: "empty" | "binary" | "invalid_utf8"; message: string };

/** How much of the file we inspect for binary content: enough to see a header, cheap on big files. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control bytes above which a file is not text (text has newlines and tabs, not these). */
const MAX_CONTROL_SHARE = 0.1;

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, code: "empty", message: "file is empty" };

  // A UTF-16 file is full of NUL bytes but is still text; only a BOM lets us know that safely.
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== undefined) {
    try {
      return finish(new TextDecoder(utf16, { fatal: true }).decode(bytes));
    } catch {
      return { ok: false, code: "invalid_utf8", message: `file starts with a ${utf16} byte-order mark but is not valid ${utf16}` };
    }
  }

  const sniff = bytes.subarray(0, SNIFF_BYTES);
  const nul = sniff.indexOf(0);
  if (nul !== -1) {
    return { ok: false, code: "binary", message: `looks like a binary file (NUL byte at offset ${nul}), not a text or HTML article` };
  }
  let controls = 0;
  for (const b of sniff) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  if (controls / sniff.length > MAX_CONTROL_SHARE) {
    return { ok: false, code: "binary", message: `looks like a binary file (${Math.round((100 * controls) / sniff.length)}% control bytes), not a text or HTML article` };
  }

  try {
    return finish(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      code: "invalid_utf8",
      message: `not valid UTF-8 (first bad byte at offset ${at}); re-save it as UTF-8 (e.g. iconv -f latin1 -t utf-8)`,
    };
  }
}

function finish(text: string): DecodeResult {
  if (text.trim() === "") return { ok: false, code: "empty", message: "file contains only whitespace" };
  return { ok: true, text };
}

function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** Byte offset of the first byte that breaks UTF-8 (the decoder only says "invalid"). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}
