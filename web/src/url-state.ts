// Keeps the address bar in step with the store, so a link or a reload shows the same view.
import type { Store, ViewState } from "./state.ts";
import { formatUrlState } from "./url-codec.ts";

/** Keeps the address bar in step with the store; replaceState, so Back leaves the viewer. */
export function bindUrlState(store: Store): void {
  const write = (state: ViewState): void => {
    const search = formatUrlState(state);
    if (search !== window.location.search) {
      window.history.replaceState(null, "", `${window.location.pathname}${search}${window.location.hash}`);
    }
  };
  store.subscribe((state, previous) => {
    if (state.selected !== previous.selected || state.filters !== previous.filters || state.question !== previous.question) {
      write(state);
    }
  });
}
