// A small hierarchy of errors with stable codes, so the CLI, the server and tests can match on
// the class (or `code`) rather than on message text.

export class NewsgraphError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The user gave us something we cannot use (a bad file, argument or request). */
export class InvalidInputError extends NewsgraphError {
  constructor(message: string) {
    super("invalid_input", message);
  }
}

/** Something the user named does not exist (a path, a node id). */
export class NotFoundError extends NewsgraphError {
  constructor(message: string) {
    super("not_found", message);
  }
}

/** A request would cost more than we allow (size, depth, work). */
export class TooLargeError extends NewsgraphError {
  constructor(message: string) {
    super("too_large", message);
  }
}
