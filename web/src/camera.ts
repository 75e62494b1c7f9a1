// Moving the camera to a node: used when a node is chosen from search, details or answers,
// never on a plain map click (the user is already looking there).
import type Sigma from "sigma";

export function focusNode(sigma: Sigma, node: string, duration = 450): void {
  const data = sigma.getNodeDisplayData(node);
  if (!data) return;
  const camera = sigma.getCamera();
  camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.6) }, { duration });
}
