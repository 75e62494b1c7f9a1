// The search box: suggestions as you type (labels and aliases, accent- and case-insensitive),
// arrow keys and Enter or a click to choose; choosing selects the node and moves the camera.
import { byId, h } from "./dom.ts";
import { nodeColor } from "./palette.ts";
import type { SearchIndex, Suggestion } from "./search-index.ts";

export function mountSearch(index: SearchIndex, choose: (node: string) => void): void {
  const input = byId<HTMLInputElement>("search-input");
  const list = byId<HTMLUListElement>("search-suggestions");
  let suggestions: Suggestion[] = [];
  let active = -1;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    active = -1;
  };
  const pick = (s: Suggestion): void => {
    input.value = s.label;
    close();
    choose(s.node);
  };
  const render = (): void => {
    list.replaceChildren(
      ...suggestions.map((s, i) =>
        h(
          "li",
          {
            role: "option",
            id: `suggestion-${i}`,
            "data-node": s.node,
            "aria-selected": i === active ? "true" : "false",
            // mousedown, not click: it fires before the input's blur closes the list.
            onmousedown: (event: Event) => {
              event.preventDefault();
              pick(s);
            },
          },
          h("span", { class: "swatch", style: `background:${nodeColor(s.type)};width:9px;height:9px;border-radius:50%;display:inline-block` }),
          h("span", {}, s.label),
          s.matched ? h("span", { class: "alias" }, `aka ${s.matched}`) : null,
        ),
      ),
    );
    list.hidden = suggestions.length === 0;
    input.setAttribute("aria-expanded", String(!list.hidden));
    if (active >= 0) input.setAttribute("aria-activedescendant", `suggestion-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  input.addEventListener("input", () => {
    suggestions = index.suggest(input.value);
    active = suggestions.length ? 0 : -1;
    render();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!suggestions.length) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = (active + step + suggestions.length) % suggestions.length;
      render();
    } else if (event.key === "Enter") {
      const s = suggestions[active] ?? suggestions[0];
      if (s) {
        event.preventDefault();
        pick(s);
      }
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", close);
  input.addEventListener("focus", () => {
    if (input.value) {
      suggestions = index.suggest(input.value);
      render();
    }
  });
}
