// A small tooltip naming the hovered edge ("Howard Lutnick —leads→ US Department of Commerce"),
// because an edge label alone does not say which two nodes it joins in a dense area.
import type Sigma from "sigma";
import { byId } from "./dom.ts";
import type { Store } from "./state.ts";
import type { NewsGraph } from "./types.ts";

export function mountEdgeTooltip(
  sigma: Sigma,
  graph: NewsGraph,
  store: Store,
): void {
  const tip = byId("edge-tooltip");
  sigma.on("enterEdge", ({ edge, event }) => {
    const attr = graph.getEdgeAttributes(edge);
    const from = graph.getNodeAttribute(graph.source(edge), "label");
    const to = graph.getNodeAttribute(graph.target(edge), "label");
    const n = attr.evidence.length;
    tip.textContent = `${from} —${attr.type}→ ${to} · ${n} sentence${n === 1 ? "" : "s"}`;
    const rect = sigma.getContainer().getBoundingClientRect();
    tip.style.left = `${rect.left + event.x + 12}px`;
    tip.style.top = `${rect.top + event.y + 12}px`;
    tip.hidden = false;
  });
  const hide = (): void => {
    tip.hidden = true;
  };
  sigma.on("leaveEdge", hide);
  store.subscribe((state) => {
    if (!state.hoveredEdge) hide();
  });
}
