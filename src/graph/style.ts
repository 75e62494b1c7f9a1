// Colours by node type and sizes by degree: stored in graph.json so any viewer (Gephi, the
// web viewer, networkx) shows a sensible picture without its own styling.

import type { EntityType } from "../model/types.ts";

export const TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  person: "#e15759",
  agency: "#4e79a7",
  organization: "#76b7b2",
  country: "#f28e2b",
  commodity: "#59a14f",
  measure: "#b07aa1",
  place: "#9c755f",
  event: "#edc948",
};

export function sizeForDegree(degree: number): number {
  return Math.round((3 + 2.5 * Math.sqrt(degree)) * 100) / 100;
}
