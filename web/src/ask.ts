// The ask box: sends the question to /api/ask, lists the answers with their evidence and the
// pattern the server ran; the reducers highlight the answer subgraph from the same response.
import { ask } from "./api.ts";
import { byId, fill, h } from "./dom.ts";
import { namesOf, renderEvidence } from "./evidence-view.ts";
import type { GraphIndex } from "./graph-index.ts";
import { nodeColor } from "./palette.ts";
import type { Store } from "./state.ts";
import type { AskAnswer, AskResponse, Evidence, NewsGraph, TriplePattern } from "./types.ts";

export interface AskControl {
  /** `keepSelection` is for restoring a shared URL, which names both a question and a selection. */
  run(question: string, options?: { keepSelection?: boolean }): Promise<void>;
}

export function mountAsk(
  graph: NewsGraph,
  index: GraphIndex,
  store: Store,
  choose: (node: string) => void,
): AskControl {
  const form = byId<HTMLFormElement>("ask-form");
  const input = byId<HTMLInputElement>("ask-input");
  const panel = byId("answers");
  let controller: AbortController | null = null;

  const run = async (question: string, options: { keepSelection?: boolean } = {}): Promise<void> => {
    controller?.abort();
    const q = question.trim();
    input.value = q;
    if (!q) {
      store.update({ question: "", ask: { kind: "idle" } });
      return;
    }
    controller = new AbortController();
    // A new question replaces the selection: the answer subgraph is what should be in focus.
    const selected = options.keepSelection ? store.get().selected : null;
    store.update({ question: q, selected, ask: { kind: "loading", question: q } });
    try {
      const response = await ask(q, controller.signal);
      store.update({ ask: { kind: "done", response } });
    } catch (error) {
      if ((error as Error).name === "AbortError") return;
      store.update({ ask: { kind: "error", message: (error as Error).message.replace(/^web\/api: /, "") } });
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run(input.value);
  });

  const labelOf = (ref: unknown): string => {
    if (typeof ref === "string") {
      if (graph.hasNode(ref)) return graph.getNodeAttribute(ref, "label");
      if (graph.hasEdge(ref)) return graph.getEdgeAttribute(ref, "type");
      return ref;
    }
    if (ref && typeof ref === "object") {
      const r = ref as Record<string, unknown>;
      if (typeof r.label === "string") return r.label;
      if (typeof r.key === "string") return labelOf(r.key);
      if (typeof r.type === "string") return r.type;
    }
    return "";
  };

  const renderAnswer = (answer: AskAnswer): HTMLElement => {
    const known = graph.hasNode(answer.key);
    const names = namesOf([
      { label: answer.label, aliases: known ? graph.getNodeAttribute(answer.key, "aliases") : [] },
      ...(answer.via ?? []).map((v) => ({ label: labelOf(v) })).filter((v) => v.label),
    ]);
    const via = (answer.via ?? []).map(labelOf).filter(Boolean);
    return h(
      "li",
      { "data-answer": answer.key },
      h("span", { class: "type-badge", style: `background:${nodeColor(answer.type)}` }, answer.type),
      " ",
      known
        ? h("button", { class: "node-link", type: "button", onclick: () => choose(answer.key) }, answer.label)
        : h("strong", {}, answer.label),
      via.length ? h("div", { class: "via" }, "via ", via.join(" → ")) : null,
      distinctEvidence(answer.evidence ?? [])
        .slice(0, 3)
        .map((ev) => h("div", { class: "evidence" }, renderEvidence(ev, index.documents, names))),
    );
  };

  // Triples print as the design writes them, `(country:us) -offers-to-lift-> (?measure)`, so
  // users learn the query language by reading it.
  const renderPattern = (response: AskResponse): string => {
    const { pattern } = response;
    if (typeof pattern === "string") return pattern;
    const where = (pattern as { where?: unknown } | null)?.where;
    if (Array.isArray(where) && where.every(isTriple)) {
      return where.map((t) => `(${t.s}) -${t.p}-> (${t.o})`).join("\n");
    }
    return JSON.stringify(pattern, null, 1);
  };

  const closeButton = (): HTMLElement =>
    h("button", { class: "close", type: "button", title: "Clear the question", "aria-label": "Clear the question", onclick: () => void run("") }, "×");

  store.subscribe((state, previous) => {
    if (state.ask === previous.ask) return;
    const status = state.ask;
    panel.hidden = status.kind === "idle";
    switch (status.kind) {
      case "idle":
        panel.replaceChildren();
        break;
      case "loading":
        panel.replaceChildren(h("p", { class: "hint" }, `Asking “${status.question}”…`));
        break;
      case "error":
        fill(panel, closeButton(), h("h3", {}, "Answers"), h("p", { class: "error" }, status.message));
        break;
      case "done": {
        const { response } = status;
        fill(
          panel,
          closeButton(),
          h("h3", {}, `${response.answers.length} answer${response.answers.length === 1 ? "" : "s"}`),
          h("p", { class: "hint" }, response.question),
          response.pattern ? h("div", { class: "pattern", title: "The pattern the server ran" }, renderPattern(response)) : null,
          response.note ? h("p", { class: "via" }, response.note) : null,
          response.answers.length
            ? h("ol", {}, response.answers.map(renderAnswer))
            : h("p", { class: "hint" }, "No answer found in these articles."),
        );
        break;
      }
    }
  });

  return { run };
}

function isTriple(value: unknown): value is TriplePattern {
  const t = value as Partial<TriplePattern> | null;
  return !!t && typeof t.s === "string" && typeof t.p === "string" && typeof t.o === "string";
}

/** An answer reached through two edges often cites one sentence twice; show it once. */
function distinctEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((ev) => {
    const key = `${ev.doc}#${ev.sentence}#${ev.start}#${ev.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
