// Exports of what is on screen: GEXF of the visible subgraph (built client-side, since the
// server exports the whole graph) and a PNG snapshot through @sigma/export-image.
import { downloadAsPNG } from "@sigma/export-image";
import { write } from "graphology-gexf/browser";
import { MultiDirectedGraph } from "graphology";
import type Sigma from "sigma";
import type { ViewModel } from "./reducers.ts";
import type { NewsGraph } from "./types.ts";

/** The visible subgraph as GEXF 1.3, evidence flattened (GEXF has no nested values). */
export function visibleGexf(graph: NewsGraph, model: ViewModel): string {
  const view = new MultiDirectedGraph();
  view.mergeAttributes({ ...graph.getAttributes(), documents: undefined });
  graph.forEachNode((node, attr) => {
    if (model.isNodeHidden(node)) return;
    view.addNode(node, {
      label: attr.label,
      type: attr.type,
      aliases: (attr.aliases ?? []).join("; "),
      roles: (attr.roles ?? []).join("; "),
      country: typeof attr.country === "string" ? attr.country : "",
      x: attr.x,
      y: attr.y,
      size: attr.size,
      color: attr.color,
    });
  });
  graph.forEachEdge((edge, attr, source, target) => {
    if (model.isEdgeHidden(edge)) return;
    const docs = [...new Set(attr.evidence.map((ev) => ev.doc))];
    view.addEdgeWithKey(edge, source, target, {
      type: attr.type,
      weight: typeof attr.weight === "number" ? attr.weight : attr.evidence.length,
      evidenceCount: attr.evidence.length,
      docs: docs.join("; "),
      quote: attr.evidence[0]?.quote ?? "",
      color: attr.color,
    });
  });
  return write(view, { version: "1.3", pretty: true });
}

export function download(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function mountExports(sigma: Sigma, graph: NewsGraph, model: ViewModel): void {
  document.getElementById("export-gexf")?.addEventListener("click", () => {
    download("newsgraph-view.gexf", visibleGexf(graph, model), "application/gexf+xml");
  });
  document.getElementById("export-png")?.addEventListener("click", () => {
    void downloadAsPNG(sigma, { fileName: "newsgraph-view", backgroundColor: "#ffffff" });
  });
}
