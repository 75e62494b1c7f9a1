// Node labels with a white halo (so they stay legible over edges) and long labels shortened
// on the map: measures are named like "US export controls on chip design software, jet engine
// parts, ..." and a full sentence per node is what turns a map into label soup. The full
// label shows on hover and in the details panel.
import type { NodeLabelDrawingFunction } from "sigma/rendering";

const MAX_CHARS = 34;
// Shortened labels are cached so redrawing a frame does not build new strings.
const shortened = new Map<string, string>();

export function shortLabel(label: string): string {
  if (label.length <= MAX_CHARS) return label;
  let short = shortened.get(label);
  if (short === undefined) {
    const cut = label.slice(0, MAX_CHARS);
    const space = cut.lastIndexOf(" ");
    short = `${(space > MAX_CHARS * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, "")}…`;
    shortened.set(label, short);
  }
  return short;
}

export const drawNodeLabel: NodeLabelDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const text = shortLabel(data.label);
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  context.lineJoin = "round";
  context.lineWidth = 3.5;
  context.strokeStyle = "rgba(255, 255, 255, 0.92)";
  context.strokeText(text, x, y);
  context.fillStyle = "#1f2430";
  context.fillText(text, x, y);
};
