// Exports of the graph to files other tools open (re-exports only).
export * from "./gexf.ts";
export * from "./graphml.ts";
export * from "./json.ts";
export * from "./export-graph.ts";
export { writeFileAtomic } from "../graph/io.ts";
export { flattenEdge, flattenNode } from "./flatten.ts";
