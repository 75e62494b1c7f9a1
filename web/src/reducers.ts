// View state -> what sigma draws. The reducers are the only place where selection, hover,
// filters and answers change the picture; graph data is never mutated for display.
// Sets are allocated once and refilled when the state changes, so a refresh (which calls the
// reducers for every node and edge) only does look-ups. Sigma hands the reducers a shallow
// copy of the attributes, which they adjust in place and return.
import type Sigma from "sigma";
import type { Attributes } from "graphology-types";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { collectAnswerSubgraph } from "./answer-subgraph.ts";
import type { GraphIndex } from "./graph-index.ts";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR } from "./palette.ts";
import type { Store, ViewState } from "./state.ts";
import type { EdgeAttributes, NewsGraph, NodeAttributes } from "./types.ts";

/** Sigma program names; our domain `type` attribute is mapped onto these. */
export const NODE_PROGRAM = "circle";
export const EDGE_PROGRAM_STRAIGHT = "arrow";
export const EDGE_PROGRAM_CURVED = "curved";
/** One-pixel lines: a fraction of the GPU work of arrows, for the unfocused edges of big graphs. */
export const EDGE_PROGRAM_LINE = "line";
/** Above this many edges, edges out of focus are drawn as lines (arrows come back on focus). */
export const LIGHT_EDGES_ABOVE = 10_000;
/** A hub's thirty edge labels are soup; its details panel lists them instead. */
const MAX_FORCED_EDGE_LABELS = 12;

export class ViewModel {
  private readonly hiddenNodeTypes = new Set<string>();
  private readonly hiddenEdgeTypes = new Set<string>();
  private minSources = 1;
  /** Nodes within `depth` hops of the selection; only consulted when `depthActive`. */
  private readonly depthNodes = new Set<string>();
  private depthActive = false;
  /** What is in focus (selection or hover neighbourhood, or an answer); the rest is dimmed. */
  private readonly focusNodes = new Set<string>();
  private readonly focusEdges = new Set<string>();
  private focusActive = false;
  /** Edge types are printed on the focused edges only when there are few enough to read. */
  private edgeLabelsForced = false;
  private readonly answerNodes = new Set<string>();
  private readonly answerEdges = new Set<string>();
  private selected: string | null = null;
  private hoveredNode: string | null = null;
  private hoveredEdge: string | null = null;

  private readonly lightEdges: boolean;

  constructor(
    private readonly graph: NewsGraph,
    private readonly index: GraphIndex,
  ) {
    // At overview zoom on a big graph arrow heads are sub-pixel anyway; what matters is speed.
    this.lightEdges = graph.size > LIGHT_EDGES_ABOVE;
  }

  /** Recomputes the derived sets from the state; call before `refresh`. */
  sync(state: ViewState): void {
    const { filters } = state;
    replace(this.hiddenNodeTypes, filters.hiddenNodeTypes);
    replace(this.hiddenEdgeTypes, filters.hiddenEdgeTypes);
    this.minSources = filters.minSources;
    this.selected = state.selected && this.graph.hasNode(state.selected) ? state.selected : null;
    this.hoveredNode = state.hoveredNode;
    this.hoveredEdge = state.hoveredEdge;

    this.depthActive = filters.depth > 0 && this.selected !== null;
    if (this.depthActive && this.selected) this.collectDepth(this.selected, filters.depth);

    if (state.ask.kind === "done") collectAnswerSubgraph(this.graph, state.ask.response, this.answerNodes, this.answerEdges);
    else {
      this.answerNodes.clear();
      this.answerEdges.clear();
    }

    this.focusNodes.clear();
    this.focusEdges.clear();
    const centre = this.selected ?? this.hoveredNode;
    if (centre) {
      this.focusNodes.add(centre);
      this.graph.forEachEdge(centre, (edge, _attr, source, target) => {
        if (this.isEdgeHidden(edge)) return;
        this.focusEdges.add(edge);
        this.focusNodes.add(source === centre ? target : source);
      });
      this.focusActive = true;
    } else if (this.answerNodes.size > 0) {
      for (const node of this.answerNodes) this.focusNodes.add(node);
      for (const edge of this.answerEdges) this.focusEdges.add(edge);
      this.focusActive = true;
    } else {
      this.focusActive = false;
    }
    this.edgeLabelsForced = this.selected !== null && this.focusEdges.size <= MAX_FORCED_EDGE_LABELS;
  }

  isNodeHidden(node: string): boolean {
    if (this.hiddenNodeTypes.has(this.graph.getNodeAttribute(node, "type"))) return true;
    return this.depthActive && !this.depthNodes.has(node);
  }

  isEdgeHidden(edge: string): boolean {
    if (this.hiddenEdgeTypes.has(this.graph.getEdgeAttribute(edge, "type"))) return true;
    if ((this.index.sourcesByEdge.get(edge) ?? 1) < this.minSources) return true;
    return this.isNodeHidden(this.graph.source(edge)) || this.isNodeHidden(this.graph.target(edge));
  }

  readonly nodeReducer = (node: string, attr: NodeAttributes): Partial<NodeDisplayData> => {
    const data = attr as unknown as NodeDisplayData & { type: string };
    data.hidden = this.isNodeHidden(node);
    data.type = NODE_PROGRAM;
    if (this.focusActive) {
      if (this.focusNodes.has(node)) {
        data.forceLabel = true;
        data.zIndex = 2;
        data.highlighted = node === this.selected || this.answerNodes.has(node);
      } else {
        data.color = DIMMED_NODE_COLOR;
        data.label = "";
        data.zIndex = 0;
      }
    }
    if (node === this.hoveredNode) {
      data.forceLabel = true;
      data.zIndex = 3;
    }
    return data;
  };

  readonly edgeReducer = (edge: string, attr: EdgeAttributes): Partial<EdgeDisplayData> => {
    const data = attr as unknown as EdgeDisplayData & { type: string; curvature: number };
    const domainType = attr.type;
    data.hidden = this.isEdgeHidden(edge);
    const inFocus = this.focusActive && this.focusEdges.has(edge);
    data.type =
      this.lightEdges && !inFocus && edge !== this.hoveredEdge
        ? EDGE_PROGRAM_LINE
        : attr.curvature
          ? EDGE_PROGRAM_CURVED
          : EDGE_PROGRAM_STRAIGHT;
    if (this.focusActive) {
      if (inFocus) {
        data.zIndex = 1;
        // The edge type is the edge label, shown for the edges in focus only: on a whole map it is noise.
        data.label = domainType;
        data.forceLabel = this.edgeLabelsForced;
      } else {
        data.color = DIMMED_EDGE_COLOR;
        data.zIndex = 0;
      }
    }
    if (edge === this.hoveredEdge) {
      data.label = domainType;
      data.forceLabel = true;
      data.zIndex = 2;
    }
    return data;
  };

  /** The reducers as sigma settings; sigma types them with its generic attributes. */
  reducerSettings(): {
    nodeReducer: (node: string, data: Attributes) => Partial<NodeDisplayData>;
    edgeReducer: (edge: string, data: Attributes) => Partial<EdgeDisplayData>;
  } {
    return {
      nodeReducer: this.nodeReducer as unknown as (node: string, data: Attributes) => Partial<NodeDisplayData>,
      edgeReducer: this.edgeReducer as unknown as (edge: string, data: Attributes) => Partial<EdgeDisplayData>,
    };
  }

  // Breadth-first over the edges that pass the other filters, so "depth N" counts visible hops.
  private collectDepth(start: string, depth: number): void {
    this.depthNodes.clear();
    this.depthActive = false; // let isEdgeHidden ignore depth while we compute it
    let frontier = [start];
    this.depthNodes.add(start);
    for (let d = 0; d < depth && frontier.length > 0; d++) {
      const next: string[] = [];
      for (const node of frontier) {
        this.graph.forEachEdge(node, (edge, _attr, source, target) => {
          if (this.isEdgeHidden(edge)) return;
          const other = source === node ? target : source;
          if (!this.depthNodes.has(other)) {
            this.depthNodes.add(other);
            next.push(other);
          }
        });
      }
      frontier = next;
    }
    this.depthActive = true;
  }
}

/** Refreshes sigma whenever the view state changes (the reducers come from `reducerSettings`). */
export function bindReducers(sigma: Sigma, store: Store, model: ViewModel): void {
  store.subscribe((state, previous) => {
    if (
      state.selected === previous.selected &&
      state.filters === previous.filters &&
      state.hoveredNode === previous.hoveredNode &&
      state.hoveredEdge === previous.hoveredEdge &&
      state.ask === previous.ask
    )
      return;
    model.sync(state);
    sigma.refresh({ skipIndexation: true });
  });
}

function replace(target: Set<string>, values: readonly string[]): void {
  target.clear();
  for (const value of values) target.add(value);
}
