// `newsgraph serve --graph FILE [--port N]`: the REST API (and the web viewer, once built into
// web/dist) over a graph file. Runs until SIGINT/SIGTERM, then closes connections and returns.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { InvalidArgumentError, type Command } from "commander";
import { loadGraph, type KgGraph } from "../../query/index.ts";
import { start } from "../../server/index.ts";

/** The viewer's build output, resolved from this file so the command works from any directory. */
export const WEB_DIST = fileURLToPath(new URL("../../../web/dist", import.meta.url));

export function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError("a port is an integer from 0 to 65535");
  return n;
}

export function defaultPort(): number {
  const env = process.env.PORT;
  return env !== undefined && env !== "" ? parsePort(env) : 3000;
}

/** Serves until the process is asked to stop. Shared with `newsgraph start`. */
export async function serveGraph(graph: KgGraph, options: { port: number; host?: string }): Promise<void> {
  const staticDir = existsSync(WEB_DIST) ? WEB_DIST : undefined;
  const running = await start({
    graph,
    port: options.port,
    ...(options.host ? { host: options.host } : {}),
    ...(staticDir ? { staticDir } : {}),
  });
  console.log(`newsgraph: serving ${graph.order} nodes and ${graph.size} edges at ${running.url}`);
  console.log(
    staticDir ? `newsgraph: viewer at ${running.url}/` : "newsgraph: no viewer build (web/dist); the API is under /api",
  );
  await new Promise<void>((resolve) => {
    const shutdown = (): void => {
      process.off("SIGINT", shutdown);
      process.off("SIGTERM", shutdown);
      void running.stop().then(resolve, resolve);
    };
    process.on("SIGINT", shutdown);
    process.on("SIGTERM", shutdown);
  });
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the REST API (and the viewer, when built) over a graph file")
    .option("--graph <file>", "graph file (graphology JSON)", "graph/graph.json")
    .option("--port <n>", "port (0 picks a free one; default $PORT or 3000)", parsePort)
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .action(async (opts: { graph: string; port?: number; host: string }) => {
      const graph = await loadGraph(opts.graph);
      await serveGraph(graph, { port: opts.port ?? defaultPort(), host: opts.host });
    });
}
