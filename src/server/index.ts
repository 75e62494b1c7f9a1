// The HTTP API (re-exports only).
export * from "./app.ts";
export * from "./lifecycle.ts";
export * from "./error-handler.ts";
export * from "./schemas.ts";
