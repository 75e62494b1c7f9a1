// The `newsgraph` command line: one sub-command per file in ./commands, registered here.
import { Command, CommanderError } from "commander";
import { NewsgraphError } from "../model/errors.ts";
import { registerBuild } from "./commands/build.ts";
import { registerServe } from "./commands/serve.ts";
import { registerAsk } from "./commands/ask.ts";
import { registerExport } from "./commands/export.ts";
import { registerStart } from "./commands/start.ts";
import { registerExplain } from "./commands/explain.ts";

export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name("newsgraph")
    .description("Turn news articles into a knowledge graph with evidence on every edge")
    .exitOverride();
  registerBuild(program);
  registerServe(program);
  registerAsk(program);
  registerExport(program);
  registerStart(program);
  registerExplain(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof NewsgraphError) {
      console.error(`newsgraph: ${err.message}`);
      return 1;
    }
    throw err;
  }
}
