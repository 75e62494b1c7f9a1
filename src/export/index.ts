// Exports of the graph to files other tools open (re-exports only).
export * from "./gexf.ts";
export * from "./graphml.ts";
export * from "./json.ts";
export * from "./export-graph.ts";
export * from "./atomic-write.ts";
export { flattenEdge, flattenNode } from "./flatten.ts";
