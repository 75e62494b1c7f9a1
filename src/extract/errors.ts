// A failure inside the extraction pipeline, named by component, document and sentence, so a build
// can skip that one document with a message a user can act on and go on with the rest.

import { NewsgraphError } from "../model/errors.ts";

export class PipelineError extends NewsgraphError {
  readonly component: string;
  readonly doc?: string;
  readonly sentence?: number;

  constructor(component: string, message: string, where: { doc?: string; sentence?: number; cause?: unknown } = {}) {
    const at = [where.doc !== undefined ? `document ${where.doc}` : "", where.sentence !== undefined ? `sentence ${where.sentence}` : ""].filter(Boolean).join(", ");
    super("pipeline_error", `extract/${component}${at ? ` (${at})` : ""}: ${message}`);
    this.component = component;
    if (where.doc !== undefined) this.doc = where.doc;
    if (where.sentence !== undefined) this.sentence = where.sentence;
    if (where.cause !== undefined) this.cause = where.cause;
  }
}
