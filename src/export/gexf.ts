// GEXF export for Gephi (1.3) and networkx / older Gephi (1.2draft). graphology-gexf writes the XML;
// this module feeds it flattened attributes and corrects what it gets wrong (see
// ../shared/gexf/README.md): the 1.2 viz namespace, the xsi attributes 1.3's schema rejects, edge
// sizes written as viz:size, object values written as "[object Object]", z missing from 1.2 positions
// and `kind` on 1.2 edges. Tests validate the output against the RelaxNG schemas.
import { write as writeGexfXml } from "graphology-gexf";
import type { Attributes } from "graphology-types";
import { InvalidInputError } from "../model/errors.ts";
import type { KgEdgeAttributes, KgGraph, KgNodeAttributes } from "../query/graph-types.ts";
import { writeFileAtomic } from "../graph/io.ts";
import { finite, flattenEdge, flattenNode, parseColor, xmlSafe } from "./flatten.ts";

export type GexfVersion = "1.2" | "1.3";
export interface GexfOptions {
  version?: GexfVersion;
  /** Indent the XML (default true; large exports are smaller without). */
  pretty?: boolean;
}

export const GEXF_VERSIONS: readonly GexfVersion[] = ["1.2", "1.3"];

const ROOT: Record<GexfVersion, string> = {
  "1.2": '<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz">',
  "1.3": '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz">',
};

interface Viz {
  color?: string;
  size?: number;
  x?: number;
  y?: number;
  z?: number;
  thickness?: number;
}

function color(value: unknown, version: GexfVersion): string | undefined {
  const c = parseColor(value);
  if (!c) return undefined;
  // The writer emits hex="#.." for "#" colours in 1.3 and r/g/b (+a) from rgb()/rgba() strings otherwise.
  if (version === "1.3" && c.a === undefined) return c.hex;
  return c.a === undefined ? `rgb(${c.r},${c.g},${c.b})` : `rgba(${c.r},${c.g},${c.b},${c.a})`;
}

function nodeFormatter(version: GexfVersion) {
  return (key: string, a: KgNodeAttributes) => {
    const viz: Viz = {};
    const c = color(a.color, version);
    if (c) viz.color = c;
    if (finite(a.size) && a.size >= 0) viz.size = a.size;
    // A position needs both coordinates (and z in 1.2draft), or none at all.
    if (finite(a.x) && finite(a.y)) {
      viz.x = a.x;
      viz.y = a.y;
      if (finite(a.z)) viz.z = a.z;
      else if (version === "1.2") viz.z = 0;
    }
    return {
      label: xmlSafe(typeof a.label === "string" && a.label.trim() ? a.label : key),
      attributes: flattenNode(a),
      ...(Object.keys(viz).length ? { viz } : {}),
    };
  };
}

function edgeFormatter(version: GexfVersion) {
  return (_key: string, a: KgEdgeAttributes) => {
    const viz: Viz = {};
    const c = color(a.color, version);
    if (c) viz.color = c;
    // graphology-gexf writes viz `size` as <viz:size>, which edges may not have; GEXF calls it thickness.
    const thickness = finite(a.thickness) ? a.thickness : finite(a.size) ? a.size : undefined;
    if (thickness !== undefined && thickness >= 0) viz.thickness = thickness;
    const evidenceCount = Array.isArray(a.evidence) ? a.evidence.length : 0;
    const weight = finite(a.weight) ? a.weight : evidenceCount || undefined;
    const type = typeof a.type === "string" ? xmlSafe(a.type) : undefined;
    return {
      ...(type ? { label: type } : {}),
      // 1.2draft has no edge kind; in 1.3 the kind is what Gephi 0.10 uses for parallel typed edges.
      ...(version === "1.3" && type ? { kind: type } : {}),
      ...(weight !== undefined ? { weight } : {}),
      attributes: flattenEdge(a),
      ...(Object.keys(viz).length ? { viz } : {}),
    };
  };
}

/** The graph as a GEXF document; every node and edge, attributes declared with their types. */
export function toGexf(graph: KgGraph, options: GexfOptions = {}): string {
  const version = options.version ?? "1.3";
  if (!GEXF_VERSIONS.includes(version))
    throw new InvalidInputError(`export/gexf: version must be "1.2" or "1.3" (got "${String(version)}")`);
  const xml = writeGexfXml(graph as never, {
    version,
    pretty: options.pretty ?? true,
    // Only creator/description/keywords are valid <meta> children; other graph attributes would be
    // written as made-up elements that the schemas reject.
    pedantic: true,
    formatNode: nodeFormatter(version) as (key: string, a: Attributes) => ReturnType<ReturnType<typeof nodeFormatter>>,
    formatEdge: edgeFormatter(version) as (key: string, a: Attributes) => ReturnType<ReturnType<typeof edgeFormatter>>,
  });
  // The root element is the first "<gexf" after the XML declaration; replace it whole with correct
  // namespaces (no xsi:schemaLocation, which the 1.3 RelaxNG rejects).
  const root = /<gexf\b[^>]*>/.exec(xml);
  if (!root) throw new Error("export/gexf: graphology-gexf produced no <gexf> root element");
  return xml.slice(0, root.index) + ROOT[version] + xml.slice(root.index + root[0].length);
}

/** Writes the GEXF atomically (temporary file, then rename). */
export async function writeGexf(graph: KgGraph, path: string, options: GexfOptions = {}): Promise<void> {
  await writeFileAtomic(path, toGexf(graph, options));
}
