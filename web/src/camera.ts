// Moving the camera to a node: used when a node is chosen from search, details, answers or a
// restored URL, never on a plain map click (the user is already looking there). The view is
// framed on the node and its neighbours, so the relations the details panel lists are on screen.
import type Sigma from "sigma";

export function focusNode(sigma: Sigma, node: string, duration = 450): void {
  const centre = sigma.getNodeDisplayData(node);
  if (!centre) return;
  const graph = sigma.getGraph();
  // Display coordinates are normalised so the whole graph spans about 0..1, and camera ratio 1
  // shows all of it: the neighbourhood's extent is therefore directly the ratio to use.
  let minX = centre.x;
  let maxX = centre.x;
  let minY = centre.y;
  let maxY = centre.y;
  graph.forEachNeighbor(node, (neighbour) => {
    const data = sigma.getNodeDisplayData(neighbour);
    if (!data || data.hidden) return;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  });
  const extent = Math.max(maxX - minX, maxY - minY);
  // The margin leaves room for labels, which extend to the right of their nodes.
  const ratio = Math.min(1, Math.max(0.12, extent * 1.7));
  sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration });
}
