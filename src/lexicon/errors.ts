// The error a lexicon file or pack raises when it cannot be used. It is the user's input that is wrong,
// so it is an InvalidInputError (the CLI turns it into a usage error, exit 2); the message names the
// file, the line, the entry and what to change.

import { InvalidInputError } from "../model/errors.ts";

export interface LexiconProblemPlace {
  /** The file as the user named it (or relative to the working folder). */
  file: string;
  line?: number;
}

export class LexiconError extends InvalidInputError {
  readonly file: string | undefined;
  readonly line: number | undefined;
  constructor(message: string, place?: LexiconProblemPlace) {
    super(message);
    this.file = place?.file;
    this.line = place?.line;
  }
}
