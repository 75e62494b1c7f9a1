// The shareable part of the view state (selection, filters, question) as a query string, and
// back. Pure (no DOM), so it is tested without a browser. Defaults are left out to keep links short.
import { DEFAULT_FILTERS, type Filters } from "./state.ts";

export interface UrlState {
  selected: string | null;
  filters: Filters;
  question: string;
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const list = (name: string): string[] =>
    (params.get(name) ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .sort();
  const int = (name: string, fallback: number, min: number): number => {
    const value = Number.parseInt(params.get(name) ?? "", 10);
    return Number.isFinite(value) && value >= min ? value : fallback;
  };
  return {
    selected: params.get("node") || null,
    filters: {
      hiddenNodeTypes: list("hide"),
      hiddenEdgeTypes: list("hideEdges"),
      minSources: int("min", DEFAULT_FILTERS.minSources, 1),
      depth: int("depth", DEFAULT_FILTERS.depth, 0),
    },
    question: params.get("q") ?? "",
  };
}

export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set("node", state.selected);
  if (state.filters.hiddenNodeTypes.length) params.set("hide", state.filters.hiddenNodeTypes.join(","));
  if (state.filters.hiddenEdgeTypes.length) params.set("hideEdges", state.filters.hiddenEdgeTypes.join(","));
  if (state.filters.minSources !== DEFAULT_FILTERS.minSources) params.set("min", String(state.filters.minSources));
  if (state.filters.depth !== DEFAULT_FILTERS.depth) params.set("depth", String(state.filters.depth));
  if (state.question) params.set("q", state.question);
  const text = params.toString();
  return text ? `?${text}` : "";
}

