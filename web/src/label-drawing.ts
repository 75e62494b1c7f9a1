// Node labels that stay readable: a white halo (legible over edges), long names shortened on
// the map, and no label drawn over another. Sigma's label grid picks candidates per cell, but
// our labels are often wider than a cell (measures are named like "US export controls on chip
// design software"), so neighbouring cells' labels would overprint each other. Labels in focus
// (forceLabel) are always drawn; the others give way, and the biggest nodes' labels have their
// place reserved before each frame, so a hub is never nameless because a leaf came first. The
// full label shows on hover and in the details panel.
import type Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";

const MAX_CHARS = 40;
// Standard short forms, applied to map labels only (details and search keep the full names).
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bUnited States\b/g, "US"],
  [/\bUnited Kingdom\b/g, "UK"],
  [/\bEuropean Union\b/g, "EU"],
];
/** Labels placed in the current frame, as x0, y0, x1, y1; preallocated so frames do not allocate. */
const MAX_PLACED = 400;
const placed = new Float64Array(MAX_PLACED * 4);
let placedCount = 0;
let lastContext: CanvasRenderingContext2D | null = null;
/** Nodes whose label space was reserved for this frame; they draw without a collision check. */
const reserved = new Set<string>();

// Shortened labels and measured widths are cached so redrawing a frame builds no strings.
const shortened = new Map<string, string>();
const widths = new Map<string, number>();

export function shortLabel(label: string): string {
  let short = shortened.get(label);
  if (short === undefined) {
    let text = label;
    if (text.length > MAX_CHARS) {
      for (const [pattern, abbreviation] of ABBREVIATIONS) text = text.replace(pattern, abbreviation);
    }
    if (text.length > MAX_CHARS) {
      const cut = text.slice(0, MAX_CHARS);
      const space = cut.lastIndexOf(" ");
      text = `${(space > MAX_CHARS * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, "")}…`;
    }
    short = text;
    shortened.set(label, short);
  }
  return short;
}

function place(x0: number, y0: number, x1: number, y1: number): void {
  if (placedCount >= MAX_PLACED) return;
  const i = placedCount * 4;
  placed[i] = x0;
  placed[i + 1] = y0;
  placed[i + 2] = x1;
  placed[i + 3] = y1;
  placedCount++;
}

function textWidth(context: CanvasRenderingContext2D, text: string): number {
  let width = widths.get(text);
  if (width === undefined) {
    width = context.measureText(text).width;
    widths.set(text, width);
  }
  return width;
}

let pendingReservation: (() => void) | null = null;
let mainContext: CanvasRenderingContext2D | null = null;
let frameStarted = false;

/**
 * Returns the "beforeRender" handler. Sigma emits it before it updates its camera matrix, so
 * the reservation itself runs when the first label of the frame is drawn: the label space is
 * emptied, then reserved for the labels of the `hubs` (biggest nodes first) drawn this frame.
 */
export function createLabelSpace(sigma: Sigma, hubs: readonly string[]): () => void {
  mainContext = sigma.getCanvases().labels?.getContext("2d") ?? null;
  pendingReservation = () => {
    const context = mainContext;
    if (!context) return;
    const settings = sigma.getSettings();
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const { width, height } = sigma.getDimensions();
    const ratio = sigma.getCamera().ratio;
    for (const node of hubs) {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden || !data.label) continue;
      const size = sigma.scaleSize(data.size, ratio);
      if (!data.forceLabel && size < settings.labelRenderedSizeThreshold) continue;
      const { x, y } = sigma.framedGraphToViewport(data);
      const x0 = x + size + 4 - 8;
      const x1 = x + size + 4 + textWidth(context, shortLabel(data.label)) + 8;
      const y0 = y - settings.labelSize / 2 - 1;
      const y1 = y + settings.labelSize / 2 + 1;
      if (x0 < 0 || y < 0 || x1 > width || y > height || overlaps(x0, y0, x1, y1)) continue;
      place(x0, y0, x1, y1);
      reserved.add(node);
    }
  };
  return () => {
    frameStarted = true;
  };
}

/** Empties the label space at the first label of a frame, and reserves the hubs' places. */
function startFrame(context: CanvasRenderingContext2D): void {
  placedCount = 0;
  reserved.clear();
  lastContext = context;
  frameStarted = false;
  if (context === mainContext) pendingReservation?.();
}

function overlaps(x0: number, y0: number, x1: number, y1: number): boolean {
  for (let i = 0; i < placedCount * 4; i += 4) {
    if (x0 < (placed[i + 2] ?? 0) && x1 > (placed[i] ?? 0) && y0 < (placed[i + 3] ?? 0) && y1 > (placed[i + 1] ?? 0)) return true;
  }
  return false;
}

export const drawNodeLabel: NodeLabelDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  // A new frame, or another canvas (the PNG export renders through a temporary sigma).
  if (frameStarted || context !== lastContext) startFrame(context);
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const text = shortLabel(data.label);
  const width = textWidth(context, text);
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  // Generous side gaps: two labels end to end ("Japan" "HM Treasury") read as one name.
  const x0 = x - 8;
  const y0 = data.y - size / 2 - 1;
  const x1 = x + width + 8;
  const y1 = data.y + size / 2 + 1;
  if (reserved.has(data.key)) {
    // Space already taken for it by createLabelSpace.
  } else if (!data.forceLabel) {
    // A label cut by the map's edge reads as a different name: leave it out rather than clip it.
    const viewWidth = context.canvas.width / (window.devicePixelRatio || 1);
    if (x0 < 0 || x1 > viewWidth || overlaps(x0, y0, x1, y1)) return;
    place(x0, y0, x1, y1);
  } else {
    place(x0, y0, x1, y1);
  }
  context.lineJoin = "round";
  context.lineWidth = 3.5;
  context.strokeStyle = "rgba(255, 255, 255, 0.92)";
  context.strokeText(text, x, y);
  context.fillStyle = "#1f2430";
  context.fillText(text, x, y);
};
