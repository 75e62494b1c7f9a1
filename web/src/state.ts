// The viewer's state, in two parts: what is shareable (selection, filters, question; mirrored in
// the URL) and what is transient (hover, the answer being shown, request status). Modules change
// it only through `update`, and react through `subscribe`, so there is one place to look for
// "who changed what".
import type { AskResponse } from "./types.ts";

/** Filters as plain data, so they serialise to the URL and apply in one known order. */
export interface Filters {
  hiddenNodeTypes: string[];
  hiddenEdgeTypes: string[];
  /** Hide edges supported by fewer distinct documents than this. */
  minSources: number;
  /** 0 = off; otherwise show only nodes within this many hops of the selection. */
  depth: number;
}

export type AskStatus =
  | { kind: "idle" }
  | { kind: "loading"; question: string }
  | { kind: "done"; response: AskResponse }
  | { kind: "error"; message: string };

export interface ViewState {
  selected: string | null;
  filters: Filters;
  question: string;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  ask: AskStatus;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenNodeTypes: [],
  hiddenEdgeTypes: [],
  minSources: 1,
  depth: 0,
};

export function initialState(): ViewState {
  return {
    selected: null,
    filters: { ...DEFAULT_FILTERS },
    question: "",
    hoveredNode: null,
    hoveredEdge: null,
    ask: { kind: "idle" },
  };
}

export type Listener = (state: ViewState, previous: ViewState) => void;

export class Store {
  private state: ViewState;
  private readonly listeners = new Set<Listener>();

  constructor(state: ViewState) {
    this.state = state;
  }

  get(): ViewState {
    return this.state;
  }

  update(patch: Partial<ViewState>): void {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.state, previous);
  }

  updateFilters(patch: Partial<Filters>): void {
    this.update({ filters: { ...this.state.filters, ...patch } });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
