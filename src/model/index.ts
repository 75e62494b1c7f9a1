export * from "./types.ts";
export * from "./extraction.ts";
export * from "./resolution.ts";
export * from "./errors.ts";
