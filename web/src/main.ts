// Boots the viewer: load the graph, restore the URL state, draw it with sigma and wire the
// panels to one store. `window.newsgraph` appears once the first frame is on screen, which is
// what tests and the benchmark wait for.
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram } from "sigma/rendering";
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type { SerializedGraph } from "graphology-types";
import { getJson } from "./api.ts";
import { mountAsk } from "./ask.ts";
import { focusNode, frameConnected } from "./camera.ts";
import { mountDetails } from "./details.ts";
import { mountExports } from "./export.ts";
import { mountFilters } from "./filters.ts";
import { indexGraph } from "./graph-index.ts";
import { createLayout, mountLayoutToggle, type LayoutControl } from "./layout.ts";
import { createLabelSpace, drawNodeLabel } from "./label-drawing.ts";
import { loadGraph } from "./loader.ts";
import { EDGE_PROGRAM_CURVED, EDGE_PROGRAM_LINE, EDGE_PROGRAM_STRAIGHT, NODE_PROGRAM, ViewModel, bindReducers } from "./reducers.ts";
import { SearchIndex } from "./search-index.ts";
import { mountSearch } from "./search.ts";
import { initialState, Store } from "./state.ts";
import { mountEdgeTooltip } from "./tooltip.ts";
import type { NewsGraph } from "./types.ts";
import { parseUrlState } from "./url-codec.ts";
import { bindUrlState } from "./url-state.ts";

declare global {
  interface Window {
    newsgraph?: {
      sigma: Sigma;
      graph: NewsGraph;
      store: Store;
      layout: LayoutControl;
      model: ViewModel;
      /** ms from navigation start to the first drawn frame. */
      firstFrameMs: number;
    };
  }
}

/** Above this many edges, edge hover is enabled only once the first frame is on screen. */
const EAGER_EDGE_EVENTS_MAX = 5_000;

async function boot(): Promise<void> {
  const data = await getJson<SerializedGraph>("/api/graph");
  performance.mark("newsgraph:fetched");
  const { graph, needsLayout } = loadGraph(data);
  const index = indexGraph(graph);

  const restored = parseUrlState(window.location.search);
  const store = new Store({
    ...initialState(),
    selected: restored.selected && graph.hasNode(restored.selected) ? restored.selected : null,
    filters: restored.filters,
  });

  const container = document.getElementById("sigma-container");
  if (!container) throw new Error("web/main: #sigma-container is missing from index.html");
  performance.mark("newsgraph:loaded");
  const model = new ViewModel(graph, index);
  model.sync(store.get());
  const big = graph.order > 3000;
  // Sigma is used with its generic attribute types: our typed graph is cast once here, and the
  // reducers narrow what they read.
  const sigma = new Sigma(graph as unknown as ConstructorParameters<typeof Sigma>[0], container, {
    defaultNodeType: NODE_PROGRAM,
    defaultEdgeType: EDGE_PROGRAM_STRAIGHT,
    edgeProgramClasses: {
      [EDGE_PROGRAM_STRAIGHT]: EdgeArrowProgram,
      [EDGE_PROGRAM_CURVED]: EdgeCurvedArrowProgram,
      [EDGE_PROGRAM_LINE]: EdgeLineProgram,
    },
    renderEdgeLabels: true,
    // Edge picking doubles the GPU work of a frame; on big graphs it is switched on after the
    // first frame (see below) so the map appears first and edge hover follows.
    enableEdgeEvents: graph.size <= EAGER_EDGE_EVENTS_MAX,
    zIndex: !big,
    // Labels: fewer, larger, and only for nodes big enough on screen, so the map never turns to soup.
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    // Many candidates from small cells: the label drawer then keeps those that do not collide.
    labelDensity: big ? 0.4 : 3,
    labelGridCellSize: big ? 100 : 50,
    labelRenderedSizeThreshold: big ? 4 : graph.order > 300 ? 5 : 3,
    defaultDrawNodeLabel: drawNodeLabel,
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#555" },
    stagePadding: 50,
    minCameraRatio: 0.03,
    maxCameraRatio: 4,
    hideEdgesOnMove: graph.size > 20_000,
    // Reducers must be there from the first render: they map our domain `type` to sigma programs.
    ...model.reducerSettings(),
  });

  performance.mark("newsgraph:sigma");
  // The 40 biggest nodes get their label space reserved before each frame.
  const hubs = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, "size") - graph.getNodeAttribute(a, "size")).slice(0, 40);
  sigma.on("beforeRender", createLabelSpace(sigma, hubs));
  // Order matters: the reducers' view model syncs first, panels then read it.
  bindReducers(sigma, store, model);
  bindUrlState(store);

  const choose = (node: string): void => {
    // Choosing a node whose type is filtered out shows its type again: a search must land somewhere.
    const type = graph.getNodeAttribute(node, "type");
    const { hiddenNodeTypes } = store.get().filters;
    if (hiddenNodeTypes.includes(type)) store.updateFilters({ hiddenNodeTypes: hiddenNodeTypes.filter((t) => t !== type) });
    store.update({ selected: node });
    focusNode(sigma, node);
  };
  mountSearch(new SearchIndex(graph), choose);
  mountDetails(graph, index, store, choose);
  mountFilters(graph, index, store, model);
  const asker = mountAsk(graph, index, store, choose);
  mountExports(sigma, graph, model);
  mountEdgeTooltip(sigma, graph, store);
  const layout = createLayout(graph);
  mountLayoutToggle(layout);

  performance.mark("newsgraph:mounted");
  sigma.on("clickNode", ({ node }) => store.update({ selected: node }));
  sigma.on("clickStage", () => {
    if (store.get().selected) store.update({ selected: null });
  });
  document.addEventListener("keydown", (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
    if (event.key === "Escape" && !typing && store.get().selected) store.update({ selected: null });
  });
  sigma.on("enterNode", ({ node }) => store.update({ hoveredNode: node }));
  sigma.on("leaveNode", () => store.update({ hoveredNode: null }));
  sigma.on("enterEdge", ({ edge }) => store.update({ hoveredEdge: edge }));
  sigma.on("leaveEdge", () => store.update({ hoveredEdge: null }));

  const publish = (): void => {
    performance.mark("newsgraph:first-frame");
    window.newsgraph = { sigma, graph, store, layout, model, firstFrameMs: performance.now() };
    document.body.dataset.ready = "true";
    if (graph.size > EAGER_EDGE_EVENTS_MAX) setTimeout(() => sigma.setSetting("enableEdgeEvents", true), 0);
  };
  // Sigma renders synchronously in its constructor; the first frame is on the canvas now.
  // Announce readiness from the frame after the next one: by then the browser has presented it.
  requestAnimationFrame(() => requestAnimationFrame(publish));

  const { selected } = store.get();
  if (selected) focusNode(sigma, selected, 0);
  else frameConnected(sigma);
  if (restored.question) void asker.run(restored.question, { keepSelection: true });
  if (needsLayout) layout.start();
}

boot().catch((error: unknown) => {
  console.error(error);
  const fatal = document.getElementById("fatal");
  if (fatal) {
    fatal.hidden = false;
    fatal.textContent = `The graph could not be loaded: ${(error as Error).message}`;
  }
});
