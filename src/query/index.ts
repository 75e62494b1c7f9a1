// The query layer: pure functions over a graphology graph (re-exports only).
export * from "./graph-types.ts";
export * from "./search.ts";
export * from "./node-details.ts";
export * from "./neighborhood.ts";
export * from "./paths.ts";
export * from "./pattern.ts";
export * from "./ask.ts";
export * from "./stats.ts";
export { checkEdgeTypes, checkNodeTypes, typeIndexes } from "./indexes.ts";
export { warmIndexes } from "./warm.ts";
export * from "./load-graph.ts";
