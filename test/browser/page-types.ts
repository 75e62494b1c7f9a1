// The slice of the viewer's `window.newsgraph` that tests read, typed without the DOM library
// (the root tsconfig has none). Use inside page.evaluate as
// `(globalThis as unknown as ViewerGlobal).newsgraph` — types vanish, so nothing needs importing in the page.
export interface ViewerHandle {
  graph: {
    order: number;
    size: number;
    forEachNode(callback: (node: string, attributes: { type: string; label: string }) => void): void;
    forEachEdge(callback: (edge: string) => void): void;
  };
  sigma: {
    getNodeDisplayData(node: string): { hidden: boolean; highlighted: boolean } | undefined;
    getEdgeDisplayData(edge: string): { hidden: boolean } | undefined;
  };
  store: { get(): { selected: string | null; question: string } };
  layout: { kill(): void; isRunning(): boolean };
  firstFrameMs: number;
}

export interface ViewerGlobal {
  newsgraph?: ViewerHandle;
}
