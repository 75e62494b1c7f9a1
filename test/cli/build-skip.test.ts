// `newsgraph build` when extraction fails on one article: that article is reported as skipped with
// the component, document and sentence, and the graph is built from the others.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { runBuild } from "../../src/cli/commands/build.ts";
import { DEFAULT_COMPONENTS } from "../../src/extract/components.ts";
import { createPipeline, type PipelineComponent } from "../../src/extract/pipeline.ts";

const boom: PipelineComponent = {
  name: "boom",
  requires: ["sentences"],
  assigns: [],
  run(state, eachSentence) {
    eachSentence((s) => {
      if (state.doc.text.slice(s.start, s.end).includes("BOOM")) throw new RangeError("index out of range");
    });
  },
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsgraph-skip-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it("skips the article extraction cannot read and builds the rest", async () => {
  await writeFile(join(dir, "a.txt"), "Gallium curbs\n\nBeijing lifted its export controls on gallium on Monday.\n");
  await writeFile(join(dir, "b.txt"), "Broken\n\nThe first sentence is fine. BOOM goes the second.\n");
  const out: string[] = [];
  const err: string[] = [];
  const graphFile = join(dir, "g.json");
  await runBuild([join(dir, "a.txt"), join(dir, "b.txt")], { out: graphFile, maxFileSize: 50, quiet: false }, {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    pipeline: createPipeline([DEFAULT_COMPONENTS[0] as PipelineComponent, boom, ...DEFAULT_COMPONENTS.slice(1)]),
  });
  expect(err.join("")).toContain(`skip ${join(dir, "b.txt")}: extract/boom (document b, sentence 1): index out of range`);
  expect(out.join("")).toContain("read 2 documents, skipped 1");
  const graph = JSON.parse(await readFile(graphFile, "utf8")) as { attributes: { documents: { id: string }[] } };
  expect(graph.attributes.documents.map((d) => d.id)).toEqual(["a"]);
});
