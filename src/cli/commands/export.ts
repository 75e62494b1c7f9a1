// `newsgraph export --graph FILE --format gexf|graphml|json [--gexf-version 1.2|1.3] --out FILE`:
// writes the graph for Gephi, networkx, yEd or any graphology program (atomically).
import { Option, type Command } from "commander";
import { EXPORT_FORMATS, writeExport, type ExportFormat } from "../../export/index.ts";
import type { GexfVersion } from "../../export/gexf.ts";
import { loadGraph } from "../../query/index.ts";

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("write the graph as GEXF (Gephi, networkx), GraphML or graphology JSON")
    .option("--graph <file>", "graph file (graphology JSON)", "graph/graph.json")
    .addOption(new Option("--format <format>", "output format").choices(EXPORT_FORMATS).default("gexf"))
    .addOption(
      new Option("--gexf-version <version>", "GEXF 1.3 (Gephi 0.10+) or 1.2 (1.2draft: networkx, older Gephi)")
        .choices(["1.2", "1.3"])
        .default("1.3"),
    )
    .requiredOption("--out <file>", "where to write")
    .action(async (opts: { graph: string; format: ExportFormat; gexfVersion: GexfVersion; out: string }) => {
      const graph = await loadGraph(opts.graph);
      await writeExport(graph, opts.out, opts.format, { gexfVersion: opts.gexfVersion });
      const what = opts.format === "gexf" ? `GEXF ${opts.gexfVersion === "1.2" ? "1.2draft" : "1.3"}` : opts.format;
      console.log(`newsgraph: wrote ${what} with ${graph.order} nodes and ${graph.size} edges to ${opts.out}`);
    });
}
