// Colours by type. One table so the legend, the map and the exports always agree.
// Tableau-10 hues: distinguishable for most colour-vision types and readable on white.

const NODE_COLORS: Record<string, string> = {
  country: "#4e79a7",
  agency: "#59a14f",
  person: "#e15759",
  organization: "#b07aa1",
  commodity: "#f28e2b",
  measure: "#b8860b",
  place: "#76b7b2",
  event: "#9c755f",
};
const UNKNOWN_NODE_COLOR = "#8c8c8c";

// Edges are tinted by what they do: trade actions warm, structure cool, so a dispute reads at a glance.
const EDGE_COLORS: Record<string, string> = {
  leads: "#9db4cf",
  "member-of": "#a9c8a3",
  imposes: "#d98b8c",
  restricts: "#f3b77c",
  "offers-to-lift": "#6cb7a8",
  "demands-lift": "#c792c0",
  lifts: "#7fb069",
  attends: "#c9b3a3",
  "located-in": "#b9d6d3",
  "part-of": "#d3d3d3",
};
const UNKNOWN_EDGE_COLOR = "#c8c8c8";

/** Colour used for whatever is pushed to the background (dimmed) by a selection or an answer. */
export const DIMMED_NODE_COLOR = "#e4e4e4";
export const DIMMED_EDGE_COLOR = "#f0f0f0";

export function nodeColor(type: string): string {
  return NODE_COLORS[type] ?? UNKNOWN_NODE_COLOR;
}

/**
 * Adopts the colours stored in graph.json when they are consistent per type (one colour for all
 * nodes of a type), so the viewer, Gephi and other tools show the same legend. Called once, by
 * the loader, before anything is drawn.
 */
export function adoptTypeColors(stored: ReadonlyMap<string, string>): void {
  for (const [type, color] of stored) {
    if (/^#[0-9a-f]{6}$/i.test(color)) NODE_COLORS[type] = color;
  }
}

export function edgeColor(type: string): string {
  return EDGE_COLORS[type] ?? UNKNOWN_EDGE_COLOR;
}
