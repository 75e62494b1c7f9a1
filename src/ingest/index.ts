// Ingest: files and HTML -> Documents with clean text, page furniture removed, id, title, source.
export { readCorpus, DEFAULT_MAX_FILE_BYTES } from "./read-corpus.ts";
export type { Corpus, InputProblem, InputProblemCode, ReadCorpusOptions } from "./read-corpus.ts";
export { makeDocument, formatOf } from "./document.ts";
export type { DocumentInput, InputFormat } from "./document.ts";
export { normalizeText } from "./normalize.ts";
export { htmlToText } from "./html.ts";
export type { HtmlText } from "./html.ts";
export { markdownToText } from "./markdown.ts";
export type { MarkdownText } from "./markdown.ts";
export { removeFurniture } from "./furniture.ts";
export type { CleanText, FurnitureOptions } from "./furniture.ts";
export { decodeText, firstInvalidUtf8 } from "./decode.ts";
export type { DecodeResult } from "./decode.ts";
