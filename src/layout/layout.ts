// ForceAtlas2 positions from a seeded start, so every build of the same input draws the same
// picture and a viewer can show the stored positions at once.

import fa2Module from "graphology-layout-forceatlas2";
import type { AbstractGraph } from "graphology-types";
import seedrandom from "seedrandom";

// The package is CommonJS with an ESM-style d.ts: at run time the default import is the layout
// itself, while TypeScript (NodeNext) sees it under `.default`.
type ForceAtlas2 = typeof fa2Module.default;
const forceAtlas2: ForceAtlas2 = (fa2Module as unknown as { default?: ForceAtlas2 }).default ?? (fa2Module as unknown as ForceAtlas2);

export interface LayoutOptions {
  seed?: string;
  /** Iterations; by default fewer for larger graphs so the cost stays near-linear. */
  iterations?: number;
}

export function layoutGraph(graph: AbstractGraph, opts: LayoutOptions = {}): void {
  const rng = seedrandom(opts.seed ?? "newsgraph");
  const keys = graph.nodes().sort();
  for (const key of keys) {
    graph.mergeNodeAttributes(key, { x: (rng() - 0.5) * 200, y: (rng() - 0.5) * 200 });
  }
  if (graph.order === 0) return;
  const n = graph.order;
  const iterations = opts.iterations ?? (n <= 1000 ? 300 : n <= 10000 ? 100 : 30);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: n > 2000, adjustSizes: false };
  forceAtlas2.assign(graph, { iterations, settings });
  graph.updateEachNodeAttributes((_key, attr) => ({
    ...attr,
    x: Math.round((attr.x as number) * 100) / 100,
    y: Math.round((attr.y as number) * 100) / 100,
  }));
}
