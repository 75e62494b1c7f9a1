// createApp builds the Express app around a loaded graph without listening (tests run it on port 0).
// Routes are thin: parse the request with its schema, call a query or export function, send JSON.
import { existsSync } from "node:fs";
import express, { type Express, type Request, type Response } from "express";
import type { z } from "zod";
import { exportGraph } from "../export/export-graph.ts";
import { ask, graphStats, neighborhood, nodeDetails, paths, runPattern, search, type KgGraph } from "../query/index.ts";
import { apiNotFound, errorHandler } from "./error-handler.ts";
import { ResponseCache } from "./response-cache.ts";
import {
  askQuery,
  exportQuery,
  neighborhoodQuery,
  nodeParams,
  pathsQuery,
  patternBody,
  searchQuery,
} from "./schemas.ts";

export interface AppOptions {
  graph: KgGraph;
  /** Folder of the built web viewer (web/dist), served at "/" when it exists. */
  staticDir?: string;
  /** Largest JSON body accepted (default "64kb"); bigger ones get 413. */
  bodyLimit?: string;
  /** Characters of GET responses kept in memory by URL (default 64M; 0 turns the cache off). */
  responseCacheChars?: number;
}

/**
 * JSON out through Node's response directly: express's res.json/res.send copy bodies over 1 kB into a
 * Buffer and write header and body separately, which costs tens of microseconds per request at load.
 */
function sendJson(res: Response, value: unknown): void {
  sendBody(res, JSON.stringify(value));
}

function sendBody(res: Response, body: string): void {
  res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

const parse = <S extends z.ZodType>(schema: S, value: unknown): z.infer<S> => schema.parse(value);

export function createApp(options: AppOptions): Express {
  const { graph } = options;
  const cache = new ResponseCache(options.responseCacheChars ?? 64 * 2 ** 20);
  /** A GET whose answer depends only on its URL: from the cache, or computed and kept. */
  const cached = (req: Request, res: Response, compute: () => unknown): void => {
    const hit = cache.get(req.originalUrl);
    if (hit !== undefined) return sendBody(res, hit);
    const body = JSON.stringify(compute());
    cache.set(req.originalUrl, body);
    sendBody(res, body);
  };
  const app = express();
  app.disable("x-powered-by");
  // ETags hash every body; API answers are cheap to recompute and rarely re-fetched unchanged.
  app.set("etag", false);

  // Routes sit on the app with their full paths rather than in a mounted router: one layer less per
  // request, which shows at thousands of requests per second.
  app.get("/api/health", (_req, res) => {
    sendJson(res, { status: "ok", nodes: graph.order, edges: graph.size });
  });
  app.get("/api/stats", (_req, res) => {
    sendJson(res, graphStats(graph));
  });
  app.get("/api/graph", (_req, res) => {
    sendJson(res, graph.export());
  });
  app.get("/api/search", (req, res) => {
    cached(req, res, () => {
      const q = parse(searchQuery, req.query);
      return { query: q.q, hits: search(graph, q.q, q) };
    });
  });
  app.get("/api/nodes/:id", (req: Request<{ id: string }>, res) => {
    cached(req, res, () => nodeDetails(graph, parse(nodeParams, req.params).id));
  });
  app.get("/api/nodes/:id/neighborhood", (req: Request<{ id: string }>, res) => {
    cached(req, res, () => neighborhood(graph, parse(nodeParams, req.params).id, parse(neighborhoodQuery, req.query)));
  });
  app.get("/api/paths", (req, res) => {
    cached(req, res, () => {
      const { from, to, ...rest } = parse(pathsQuery, req.query);
      return paths(graph, from, to, rest);
    });
  });
  // Only this route reads a body, so only it pays for the JSON parser (and its size limit).
  app.post("/api/query", express.json({ limit: options.bodyLimit ?? "64kb" }), (req, res) => {
    sendJson(res, runPattern(graph, parse(patternBody, req.body)));
  });
  app.get("/api/ask", (req, res) => {
    cached(req, res, () => ask(graph, parse(askQuery, req.query).q));
  });
  app.get("/api/export", (req, res) => {
    const q = parse(exportQuery, req.query);
    const out = exportGraph(graph, q.format, { gexfVersion: q.version });
    res.attachment(out.filename).type(out.contentType).send(out.body);
  });
  app.use("/api", apiNotFound);

  if (options.staticDir && existsSync(options.staticDir)) app.use(express.static(options.staticDir));
  app.use(errorHandler);
  return app;
}
