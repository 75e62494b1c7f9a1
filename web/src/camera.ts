// Camera framing. Display coordinates are normalised so the whole graph spans about 0..1 and
// camera ratio 1 shows all of it, so a set of nodes' extent is directly the ratio to use.
// Labels extend to the right of their nodes, so frames are shifted to leave room for them.
import type Sigma from "sigma";

interface FrameOptions {
  duration?: number;
  /** Extent multiplier: >1 leaves a margin around the nodes. */
  margin?: number;
  minRatio?: number;
}

export function frameNodes(sigma: Sigma, nodes: Iterable<string>, options: FrameOptions = {}): void {
  const { duration = 450, margin = 1.7, minRatio = 0.12 } = options;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (!Number.isFinite(minX)) return;
  const width = maxX - minX;
  const ratio = Math.min(1.2, Math.max(minRatio, Math.max(width, maxY - minY) * margin));
  // Shift right of centre by a share of the frame: the right-most labels need the room.
  const state = { x: (minX + maxX) / 2 + ratio * 0.06, y: (minY + maxY) / 2, ratio };
  const camera = sigma.getCamera();
  if (duration > 0) void camera.animate(state, { duration });
  else camera.setState(state);
}

/** Frames a node with its neighbours, so the relations the details panel lists are on screen. */
export function focusNode(sigma: Sigma, node: string, duration = 450): void {
  if (!sigma.getGraph().hasNode(node)) return;
  frameNodes(sigma, [node, ...sigma.getGraph().neighbors(node)], { duration });
}

/**
 * The opening view: the connected part of the graph. Nodes without relations (outlets only cited
 * as sources, say) are pushed to the rim by the layout and would otherwise shrink the map.
 */
export function frameConnected(sigma: Sigma): void {
  const graph = sigma.getGraph();
  const connected = graph.filterNodes((node) => graph.degree(node) > 0);
  frameNodes(sigma, connected.length ? connected : graph.nodes(), { duration: 0, margin: 1.12, minRatio: 0.2 });
}
