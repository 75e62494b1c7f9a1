// Extraction of one document with the default pipeline (or one a caller built).

import type { DocumentExtraction } from "../model/extraction.ts";
import type { Document } from "../model/types.ts";
import { DEFAULT_PIPELINE } from "./components.ts";
import type { Pipeline } from "./pipeline.ts";
import type { ExtractSettings } from "./settings.ts";

export function extractDocument(doc: Document, opts: { pipeline?: Pipeline; settings?: ExtractSettings } = {}): DocumentExtraction {
  return (opts.pipeline ?? DEFAULT_PIPELINE).run(doc, opts.settings);
}
