// The one place errors become HTTP responses: `{"error": {"code", "message"}}` with 400 for bad input
// (including zod failures and malformed JSON), 404 for unknown things, 413 for requests too large to
// serve. Only a genuine bug answers 500, and then without internals.
import type { ErrorRequestHandler, RequestHandler } from "express";
import { ZodError } from "zod";
import { InvalidInputError, NewsgraphError, NotFoundError, TooLargeError } from "../model/errors.ts";

export interface ErrorBody {
  error: { code: string; message: string };
}

const STATUS: Array<[new (...args: never[]) => NewsgraphError, number]> = [
  [InvalidInputError, 400],
  [NotFoundError, 404],
  [TooLargeError, 413],
];

function zodMessage(err: ZodError): string {
  return err.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

/** Maps an error to a status and body; exported so tests and other adapters can share it. */
export function toErrorResponse(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof ZodError)
    return { status: 400, body: { error: { code: "invalid_input", message: `server: ${zodMessage(err)}` } } };
  if (err instanceof NewsgraphError) {
    const status = STATUS.find(([cls]) => err instanceof cls)?.[1] ?? 400;
    return { status, body: { error: { code: err.code, message: err.message } } };
  }
  // body-parser (express.json) errors carry `type` and a 4xx `status`.
  const e = err as { type?: string; status?: number; message?: string };
  if (e && typeof e === "object" && typeof e.status === "number" && e.status >= 400 && e.status < 500) {
    if (e.type === "entity.too.large")
      return { status: 413, body: { error: { code: "too_large", message: "server: the request body is too large" } } };
    if (e.type === "entity.parse.failed")
      return {
        status: 400,
        body: { error: { code: "invalid_json", message: "server: the request body is not valid JSON" } },
      };
    return {
      status: e.status,
      body: { error: { code: "bad_request", message: `server: ${e.message ?? "bad request"}` } },
    };
  }
  return { status: 500, body: { error: { code: "internal", message: "server: internal error (see the server log)" } } };
}

export const errorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  const { status, body } = toErrorResponse(err);
  if (status >= 500) console.error(err);
  if (res.headersSent) return;
  res.status(status).json(body);
};

export const apiNotFound: RequestHandler = (req, res) => {
  res.status(404).json({
    error: { code: "not_found", message: `server: no endpoint ${req.method} ${req.path}; see the README for the API` },
  } satisfies ErrorBody);
};
