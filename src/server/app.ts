// createApp builds the Express app around a loaded graph without listening (tests run it on port 0).
// Routes are thin: parse the request with its schema, call a query or export function, send JSON.
import { existsSync } from "node:fs";
import express, { type Express, type Request } from "express";
import type { z } from "zod";
import { exportGraph } from "../export/export-graph.ts";
import { ask, graphStats, neighborhood, nodeDetails, paths, runPattern, search, type KgGraph } from "../query/index.ts";
import { apiNotFound, errorHandler } from "./error-handler.ts";
import { askQuery, exportQuery, neighborhoodQuery, nodeParams, pathsQuery, patternBody, searchQuery } from "./schemas.ts";

export interface AppOptions {
  graph: KgGraph;
  /** Folder of the built web viewer (web/dist), served at "/" when it exists. */
  staticDir?: string;
  /** Largest JSON body accepted (default "64kb"); bigger ones get 413. */
  bodyLimit?: string;
}

const parse = <S extends z.ZodType>(schema: S, value: unknown): z.infer<S> => schema.parse(value);

export function createApp(options: AppOptions): Express {
  const { graph } = options;
  const app = express();
  app.disable("x-powered-by");
  // ETags hash every body; API answers are cheap to recompute and rarely re-fetched unchanged.
  app.set("etag", false);

  const api = express.Router();
  api.use(express.json({ limit: options.bodyLimit ?? "64kb" }));

  api.get("/health", (_req, res) => {
    res.json({ status: "ok", nodes: graph.order, edges: graph.size });
  });
  api.get("/stats", (_req, res) => {
    res.json(graphStats(graph));
  });
  api.get("/graph", (_req, res) => {
    res.json(graph.export());
  });
  api.get("/search", (req, res) => {
    const q = parse(searchQuery, req.query);
    res.json({ query: q.q, hits: search(graph, q.q, q) });
  });
  api.get("/nodes/:id", (req: Request<{ id: string }>, res) => {
    const { id } = parse(nodeParams, req.params);
    res.json(nodeDetails(graph, id));
  });
  api.get("/nodes/:id/neighborhood", (req: Request<{ id: string }>, res) => {
    const { id } = parse(nodeParams, req.params);
    res.json(neighborhood(graph, id, parse(neighborhoodQuery, req.query)));
  });
  api.get("/paths", (req, res) => {
    const { from, to, ...rest } = parse(pathsQuery, req.query);
    res.json(paths(graph, from, to, rest));
  });
  api.post("/query", (req, res) => {
    res.json(runPattern(graph, parse(patternBody, req.body)));
  });
  api.get("/ask", (req, res) => {
    res.json(ask(graph, parse(askQuery, req.query).q));
  });
  api.get("/export", (req, res) => {
    const q = parse(exportQuery, req.query);
    const out = exportGraph(graph, q.format, { gexfVersion: q.version });
    res.attachment(out.filename).type(out.contentType).send(out.body);
  });
  api.use(apiNotFound);

  app.use("/api", api);
  if (options.staticDir && existsSync(options.staticDir)) app.use(express.static(options.staticDir));
  app.use(errorHandler);
  return app;
}
