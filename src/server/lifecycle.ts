// Owns the HTTP server's lifetime: start listens (port 0 picks a free port, for tests) and resolves
// with the address; stop closes the listener and then any keep-alive connections, so a process can
// exit promptly after a load test.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { warmIndexes } from "../query/index.ts";
import { createApp, type AppOptions } from "./app.ts";

export interface StartOptions extends AppOptions {
  /** Default 3000; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1: a local tool should not listen on every interface unless asked. */
  host?: string;
}

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  stop(): Promise<void>;
}

export async function start(options: StartOptions): Promise<RunningServer> {
  // Index builds take seconds on large graphs; pay for them before accepting requests.
  warmIndexes(options.graph);
  const app = createApp(options);
  const host = options.host ?? "127.0.0.1";
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(options.port ?? 3000, host, (err?: Error) => (err ? reject(err) : resolve(s)));
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return { server, port, url: `http://${shown}:${port}`, stop: () => stop(server) };
}

export function stop(server: Server, graceMs = 2000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) return resolve();
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.close((err) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
