// The component contract: order is checked when the pipeline is built, and a failure inside a
// component names the component, the document and the sentence.
import { describe, expect, it } from "vitest";
import { DEFAULT_COMPONENTS } from "../../src/extract/components.ts";
import { PipelineError } from "../../src/extract/errors.ts";
import { createPipeline, type PipelineComponent } from "../../src/extract/pipeline.ts";
import { buildGraph } from "../../src/graph/build-graph.ts";
import type { Document } from "../../src/model/types.ts";

const doc = (id: string, text: string): Document => ({ id, title: id, source: `${id}.txt`, text, removed: [] });

/** Throws on any sentence that says "BOOM", as a bug in a component would. */
const boom: PipelineComponent = {
  name: "boom",
  requires: ["sentences"],
  assigns: [],
  run(state, eachSentence) {
    eachSentence((s) => {
      if (state.doc.text.slice(s.start, s.end).includes("BOOM")) throw new TypeError("cannot read properties of undefined");
    });
  },
};
const withBoom = (): PipelineComponent[] => [...DEFAULT_COMPONENTS.slice(0, 1), boom, ...DEFAULT_COMPONENTS.slice(1)];

describe("createPipeline", () => {
  it("accepts the default components", () => {
    expect(() => createPipeline(DEFAULT_COMPONENTS)).not.toThrow();
  });

  it.each([
    ["relations before mentions", [DEFAULT_COMPONENTS[0], DEFAULT_COMPONENTS[1], DEFAULT_COMPONENTS[3], DEFAULT_COMPONENTS[2], DEFAULT_COMPONENTS[4]], /extract\/relations: requires mentions/],
    ["no sentences component", DEFAULT_COMPONENTS.slice(1), /extract\/context: requires sentences/],
    ["nothing assigns the extraction", DEFAULT_COMPONENTS.slice(0, 4), /no component assigns "extraction"/],
  ])("refuses %s", (_name, components, message) => {
    expect(() => createPipeline(components as PipelineComponent[])).toThrow(PipelineError);
    expect(() => createPipeline(components as PipelineComponent[])).toThrow(message);
  });
});

describe("a failure inside a component", () => {
  it("is a PipelineError naming the component, the document and the sentence", () => {
    const pipeline = createPipeline(withBoom());
    let caught: unknown;
    try {
      pipeline.run(doc("d7", "Beijing eased its controls. Then BOOM happened. Nothing else."));
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(PipelineError);
    const e = caught as PipelineError;
    expect([e.component, e.doc, e.sentence]).toEqual(["boom", "d7", 1]);
    expect(e.message).toBe("extract/boom (document d7, sentence 1): cannot read properties of undefined");
  });

  it("makes buildGraph skip that document and build the rest", async () => {
    const skipped: string[] = [];
    const graph = await buildGraph(
      [doc("a", "Beijing lifted its export controls on gallium."), doc("b", "BOOM. Tokyo imposed tariffs on steel."), doc("c", "Seoul eased curbs on seafood.")],
      { pipeline: createPipeline(withBoom()), layout: false, onSkip: (d, err) => skipped.push(`${d.id}: ${err.message}`) },
    );
    expect(skipped).toEqual(["b: extract/boom (document b, sentence 0): cannot read properties of undefined"]);
    expect((graph.getAttribute("documents") ?? []).map((d) => d.id)).toEqual(["a", "c"]);
    expect(graph.hasNode("country:cn")).toBe(true);
    expect(graph.hasNode("country:jp")).toBe(false);
  });
});
