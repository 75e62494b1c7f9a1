// Builds every per-graph index up front, so the first request does not pay for them: the server calls
// it before listening (index builds take about a second per 100k nodes).
import type { KgGraph } from "./graph-types.ts";
import { typeIndexes } from "./indexes.ts";
import { searchIndex } from "./search.ts";

export function warmIndexes(graph: KgGraph): void {
  typeIndexes(graph);
  searchIndex(graph);
}
