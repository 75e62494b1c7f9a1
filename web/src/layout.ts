// ForceAtlas2 in a web worker, on demand. The worker is only spawned when a layout is asked
// for, and it stops by itself after a time budget: a layout left running keeps a core busy
// and makes sigma re-process the graph on every tick, which is what makes big graphs sluggish.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { NewsGraph } from "./types.ts";

export interface LayoutControl {
  isRunning(): boolean;
  start(budgetMs?: number): void;
  stop(): void;
  /** Terminates the worker for good (tests, page unload). */
  kill(): void;
  onChange(listener: (running: boolean) => void): void;
}

export function createLayout(graph: NewsGraph): LayoutControl {
  let supervisor: FA2LayoutSupervisor | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let killed = false;
  const listeners: ((running: boolean) => void)[] = [];
  const notify = (): void => {
    for (const listener of listeners) listener(control.isRunning());
  };

  const control: LayoutControl = {
    isRunning: () => supervisor?.isRunning() ?? false,
    start(budgetMs = Math.min(15_000, 2_000 + graph.order * 2)) {
      if (killed) return;
      supervisor ??= new FA2LayoutSupervisor(graph, {
        settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
      });
      supervisor.start();
      clearTimeout(timer);
      timer = setTimeout(() => control.stop(), budgetMs);
      notify();
    },
    stop() {
      clearTimeout(timer);
      supervisor?.stop();
      notify();
    },
    kill() {
      clearTimeout(timer);
      supervisor?.kill();
      supervisor = null;
      killed = true;
      notify();
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
  window.addEventListener("pagehide", () => control.kill());
  return control;
}

export function mountLayoutToggle(layout: LayoutControl): void {
  const button = document.getElementById("layout-toggle");
  if (!button) return;
  button.addEventListener("click", () => (layout.isRunning() ? layout.stop() : layout.start()));
  layout.onChange((running) => {
    button.textContent = running ? "Stop layout" : "Run layout";
    button.setAttribute("aria-pressed", String(running));
  });
}
