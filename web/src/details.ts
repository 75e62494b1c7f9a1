// The details panel: the selected node's facts, then its edges grouped by type, each with
// the sentences that support it. Clicking a neighbour selects it, so one can walk the graph.
import { byId, fill, h } from "./dom.ts";
import { namesOf, renderEvidence } from "./evidence-view.ts";
import type { GraphIndex } from "./graph-index.ts";
import { edgeColor, nodeColor } from "./palette.ts";
import type { Store } from "./state.ts";
import { EDGE_TYPES, type NewsGraph } from "./types.ts";

/** Evidence shown per edge before the rest folds away. */
const EVIDENCE_SHOWN = 3;

export function mountDetails(
  graph: NewsGraph,
  index: GraphIndex,
  store: Store,
  choose: (node: string) => void,
): void {
  const panel = byId("details");
  const hint = panel.innerHTML;
  const select = (node: string) => () => choose(node);

  const render = (node: string | null): void => {
    panel.replaceChildren();
    if (!node || !graph.hasNode(node)) {
      panel.innerHTML = hint;
      return;
    }
    const attr = graph.getNodeAttributes(node);
    const facts: HTMLElement[] = [];
    const fact = (name: string, value: string | undefined): void => {
      if (value) facts.push(h("div", {}, h("dt", {}, name), h("dd", {}, value)));
    };
    fact("Also known as", [...(attr.aliases ?? []), ...(attr.otherScripts ?? [])].join(", "));
    fact("Roles", (attr.roles ?? []).join(", "));
    fact("Country", typeof attr.country === "string" ? attr.country : undefined);
    fact("Mentions", typeof attr.mentions === "number" ? String(attr.mentions) : undefined);
    const docs = Array.isArray(attr.docs) ? attr.docs.length : 0;
    fact("Articles", docs ? String(docs) : undefined);

    const groups = new Map<string, string[]>();
    graph.forEachEdge(node, (edge, edgeAttr) => {
      const list = groups.get(edgeAttr.type) ?? [];
      list.push(edge);
      groups.set(edgeAttr.type, list);
    });
    const order = [...EDGE_TYPES, ...[...groups.keys()].filter((t) => !(EDGE_TYPES as readonly string[]).includes(t))];

    const sections: HTMLElement[] = [];
    for (const type of order) {
      const edges = groups.get(type);
      if (!edges) continue;
      sections.push(
        h(
          "section",
          { class: "edge-group", "data-edge-type": type },
          h("h4", {}, h("span", { class: "swatch", style: `background:${edgeColor(type)};width:14px;height:4px;display:inline-block` }), `${type} (${edges.length})`),
          edges.map((edge) => renderEdge(edge)),
        ),
      );
    }

    fill(
      panel,
      h("span", { class: "type-badge", style: `background:${nodeColor(attr.type)}` }, attr.type),
      h("h3", {}, attr.label),
      h("dl", { class: "facts" }, facts),
      sections.length ? sections : h("p", { class: "hint" }, "No relations recorded."),
    );
  };

  const renderEdge = (edge: string): HTMLElement => {
    const source = graph.source(edge);
    const target = graph.target(edge);
    const attr = graph.getEdgeAttributes(edge);
    const names = namesOf([graph.getNodeAttributes(source), graph.getNodeAttributes(target)]);
    const end = (node: string) =>
      h("button", { class: "node-link", type: "button", onclick: select(node) }, graph.getNodeAttribute(node, "label"));
    const quotes = attr.evidence.map((ev) => h("div", { class: "evidence" }, renderEvidence(ev, index.documents, names)));
    const shown = quotes.slice(0, EVIDENCE_SHOWN);
    const rest = quotes.slice(EVIDENCE_SHOWN);
    return h(
      "div",
      { class: "edge", style: `border-left-color:${edgeColor(attr.type)}`, "data-edge": edge },
      h("div", { class: "ends" }, end(source), ` —${attr.type}→ `, end(target)),
      shown,
      rest.length ? h("details", {}, h("summary", {}, `${rest.length} more sentence${rest.length > 1 ? "s" : ""}`), rest) : null,
    );
  };

  render(store.get().selected);
  store.subscribe((state, previous) => {
    if (state.selected !== previous.selected) render(state.selected);
  });
}
