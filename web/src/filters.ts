// The filter panel. The node-type list doubles as the colour legend (data-testid="legend"):
// one row per type with its colour, a checkbox and how many nodes it has.
import { byId, h } from "./dom.ts";
import type { GraphIndex } from "./graph-index.ts";
import { edgeColor, nodeColor } from "./palette.ts";
import type { ViewModel } from "./reducers.ts";
import type { Filters, Store } from "./state.ts";
import { EDGE_TYPES, NODE_TYPES, type NewsGraph } from "./types.ts";

export function mountFilters(graph: NewsGraph, index: GraphIndex, store: Store, model: ViewModel): void {
  const legend = byId<HTMLUListElement>("legend");
  const edgeList = byId<HTMLUListElement>("edge-types");
  const minSources = byId<HTMLInputElement>("min-sources");
  const depth = byId<HTMLSelectElement>("depth");
  const stats = byId("stats");

  // Known types first in their documented order, then anything new the pipeline emits.
  const ordered = (known: readonly string[], counts: Map<string, number>): string[] => [
    ...known,
    ...[...counts.keys()].filter((t) => !known.includes(t)).sort(),
  ];

  const checkboxes = (
    list: HTMLUListElement,
    types: string[],
    counts: Map<string, number>,
    color: (type: string) => string,
    key: "hiddenNodeTypes" | "hiddenEdgeTypes",
    attribute: string,
  ): Map<string, HTMLInputElement> => {
    const boxes = new Map<string, HTMLInputElement>();
    list.replaceChildren(
      ...types.map((type) => {
        const count = counts.get(type) ?? 0;
        const box = h("input", {
          type: "checkbox",
          checked: true,
          [attribute]: type,
          onchange: () => {
            const hidden = new Set(store.get().filters[key]);
            if (box.checked) hidden.delete(type);
            else hidden.add(type);
            store.updateFilters({ [key]: [...hidden].sort() } as Partial<Filters>);
          },
        });
        boxes.set(type, box);
        return h(
          "li",
          { class: count ? "" : "empty" },
          h("label", {}, box, h("span", { class: "swatch", style: `background:${color(type)}` }), type, h("span", { class: "count" }, String(count))),
        );
      }),
    );
    return boxes;
  };

  const nodeBoxes = checkboxes(legend, ordered(NODE_TYPES, index.nodeTypeCounts), index.nodeTypeCounts, nodeColor, "hiddenNodeTypes", "data-node-type");
  const edgeBoxes = checkboxes(edgeList, ordered(EDGE_TYPES, index.edgeTypeCounts), index.edgeTypeCounts, edgeColor, "hiddenEdgeTypes", "data-edge-type");

  minSources.max = String(index.maxSources);
  minSources.addEventListener("change", () => {
    const value = Math.max(1, Math.min(index.maxSources, Math.round(Number(minSources.value)) || 1));
    store.updateFilters({ minSources: value });
  });
  depth.addEventListener("change", () => store.updateFilters({ depth: Number(depth.value) || 0 }));

  // Controls follow the state (not only the other way round) so a URL restore shows up here too.
  const sync = (filters: Filters): void => {
    for (const [type, box] of nodeBoxes) box.checked = !filters.hiddenNodeTypes.includes(type);
    for (const [type, box] of edgeBoxes) box.checked = !filters.hiddenEdgeTypes.includes(type);
    minSources.value = String(filters.minSources);
    depth.value = String(filters.depth);
    let nodes = 0;
    let edges = 0;
    graph.forEachNode((node) => {
      if (!model.isNodeHidden(node)) nodes++;
    });
    graph.forEachEdge((edge) => {
      if (!model.isEdgeHidden(edge)) edges++;
    });
    stats.textContent = `${nodes} of ${graph.order} nodes, ${edges} of ${graph.size} edges shown`;
  };
  sync(store.get().filters);
  store.subscribe((state, previous) => {
    if (state.filters !== previous.filters || state.selected !== previous.selected) sync(state.filters);
  });
}
