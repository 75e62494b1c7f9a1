// One entry for "export in format F" shared by the CLI and GET /api/export, so both accept the same
// formats and versions and name files the same way.
import { InvalidInputError } from "../model/errors.ts";
import type { KgGraph } from "../query/graph-types.ts";
import { writeFileAtomic } from "../graph/io.ts";
import { type GexfVersion, GEXF_VERSIONS, toGexf } from "./gexf.ts";
import { toGraphml } from "./graphml.ts";
import { toJson } from "./json.ts";

export const EXPORT_FORMATS = ["gexf", "graphml", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** GEXF version (default 1.3); ignored by other formats. */
  gexfVersion?: GexfVersion;
  pretty?: boolean;
}

export interface ExportedGraph {
  body: string;
  contentType: string;
  /** A file name for downloads, e.g. "newsgraph.gexf". */
  filename: string;
}

export function exportGraph(graph: KgGraph, format: ExportFormat, options: ExportOptions = {}): ExportedGraph {
  switch (format) {
    case "gexf": {
      const version = options.gexfVersion ?? "1.3";
      if (!GEXF_VERSIONS.includes(version))
        throw new InvalidInputError(`export: GEXF version must be 1.2 or 1.3 (got "${String(version)}")`);
      return {
        body: toGexf(graph, { version, ...(options.pretty !== undefined ? { pretty: options.pretty } : {}) }),
        contentType: "application/gexf+xml; charset=utf-8",
        filename: version === "1.2" ? "newsgraph-1.2draft.gexf" : "newsgraph.gexf",
      };
    }
    case "graphml":
      return {
        body: toGraphml(graph, options.pretty !== undefined ? { pretty: options.pretty } : {}),
        contentType: "application/graphml+xml; charset=utf-8",
        filename: "newsgraph.graphml",
      };
    case "json":
      return {
        body: toJson(graph, options.pretty !== undefined ? { pretty: options.pretty } : {}),
        contentType: "application/json; charset=utf-8",
        filename: "newsgraph.json",
      };
    default:
      throw new InvalidInputError(
        `export: format must be one of ${EXPORT_FORMATS.join(", ")} (got "${String(format)}")`,
      );
  }
}

export async function writeExport(
  graph: KgGraph,
  path: string,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<void> {
  await writeFileAtomic(path, exportGraph(graph, format, options).body);
}
