// `newsgraph build`: articles in, graph.json out. (Placeholder wiring; the ingest work fills it in.)
import type { Command } from "commander";

export function registerBuild(program: Command): void {
  program
    .command("build")
    .argument("<paths...>", "files or folders of articles")
    .option("--out <file>", "where to write the graph", "graph/graph.json")
    .action(() => {
      throw new Error("build: not implemented yet");
    });
}
