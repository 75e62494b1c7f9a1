// Thin fetch helpers for the server's JSON API; errors become ApiError with the server's code.
import type { AskResponse } from "./types.ts";

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(`web/api: ${message}`);
    this.name = "ApiError";
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: "application/json" } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(
      error?.code ?? "http_error",
      error?.message ?? `${path} answered ${response.status}`,
      response.status,
    );
  }
  return body as T;
}

export function ask(question: string, signal?: AbortSignal): Promise<AskResponse> {
  return getJson<AskResponse>(`/api/ask?q=${encodeURIComponent(question)}`, signal);
}
