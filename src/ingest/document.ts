// One file's text -> a Document: format-specific extraction, the single normalisation, then
// furniture removal. After this, `text` is frozen: every later offset points into it.
import type { Document, RemovedBlock } from "../model/types.ts";
import { removeFurniture } from "./furniture.ts";
import { htmlToText } from "./html.ts";
import { markdownToText } from "./markdown.ts";
import { normalizeText } from "./normalize.ts";

export type InputFormat = "text" | "markdown" | "html";

export interface DocumentInput {
  id: string;
  /** Where it came from (the file path); shown to users next to evidence. */
  source: string;
  /** Decoded file content. */
  content: string;
  format: InputFormat;
}

export function makeDocument(input: DocumentInput): Document {
  let title = "";
  let body = input.content;
  let removed: RemovedBlock[] = [];
  if (input.format === "html") {
    const html = htmlToText(body);
    ({ title, text: body, removed } = html);
  } else if (input.format === "markdown") {
    ({ title, text: body } = markdownToText(body));
  }
  const clean = removeFurniture(normalizeText(body), { title: normalizeText(title) });
  return {
    id: input.id,
    title: clean.title,
    source: input.source,
    text: clean.text,
    removed: [...removed, ...clean.removed],
  };
}

/** The format for a file extension, or undefined when we do not read that kind of file. */
export function formatOf(path: string): InputFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  switch (ext) {
    case "txt":
      return "text";
    case "md":
    case "markdown":
      return "markdown";
    case "html":
    case "htm":
      return "html";
    default:
      return undefined;
  }
}
