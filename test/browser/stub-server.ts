// Stand-in for src/server while it is being written: serves web/dist, the graph at /api/graph
// and /api/ask through the real query layer. Replaced by the real server once it lands.
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";
import { NewsgraphError } from "../../src/model/errors.ts";
import { ask, graphFromJson } from "../../src/query/index.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
};

export async function startStub(graphJson: unknown, dist: string): Promise<{ url: string; server: Server }> {
  const body = JSON.stringify(graphJson);
  const graph = graphFromJson(graphJson);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname === "/api/graph") {
      res.writeHead(200, { "content-type": "application/json" }).end(body);
      return;
    }
    if (url.pathname === "/api/ask") {
      try {
        const result = ask(graph, url.searchParams.get("q") ?? "");
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
      } catch (error) {
        const code = error instanceof NewsgraphError ? error.code : "internal";
        const status = code === "invalid_input" ? 400 : code === "not_found" ? 404 : 500;
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error: { code, message: (error as Error).message } }));
      }
      return;
    }
    const path = normalize(url.pathname === "/" ? "/index.html" : url.pathname);
    try {
      const data = await readFile(join(dist, path));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(data);
    } catch {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "not_found", message: path } }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
