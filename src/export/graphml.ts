// GraphML export (yEd, Cytoscape, networkx.read_graphml). graphology-graphml only parses, so this writes
// with xml-writer, the streaming writer graphology-gexf is built on (escaping is the library's job).
// Columns are the same flattened ones as in GEXF; keys are declared per domain with their types.
import XMLWriter from "xml-writer";
import type { KgGraph } from "../query/graph-types.ts";
import { writeFileAtomic } from "../graph/io.ts";
import {
  type Scalar,
  type ScalarType,
  finite,
  flattenEdge,
  flattenNode,
  inferColumns,
  parseColor,
  xmlSafe,
} from "./flatten.ts";

// GraphML attr.type names; networkx accepts boolean, int, long, float, double, string.
const GRAPHML_TYPE: Record<ScalarType, string> = {
  string: "string",
  integer: "int",
  double: "double",
  boolean: "boolean",
};

function nodeRow(key: string, a: Record<string, unknown>): Record<string, Scalar> {
  const row: Record<string, Scalar> = { label: xmlSafe(typeof a.label === "string" && a.label ? a.label : key) };
  for (const f of ["x", "y", "size"] as const) {
    const v = a[f];
    if (finite(v)) row[f] = v;
  }
  const c = parseColor(a.color);
  if (c) row.color = c.hex;
  return { ...row, ...flattenNode(a as never) };
}

function edgeRow(a: Record<string, unknown>): Record<string, Scalar> {
  const flat = flattenEdge(a as never);
  const ev = Array.isArray(a.evidence) ? a.evidence.length : 0;
  const w = finite(a.weight) ? a.weight : ev;
  return { ...(typeof a.type === "string" ? { label: xmlSafe(a.type) } : {}), weight: w, ...flat };
}

/** Doubles must read back as doubles: "3" would be declared double but look like an int to no one. */
function format(value: Scalar, type: ScalarType): string {
  if (type === "double" && typeof value === "number" && Number.isInteger(value)) return value.toFixed(1);
  return String(value);
}

export function toGraphml(graph: KgGraph, options: { pretty?: boolean } = {}): string {
  const nodeRows: Array<[string, Record<string, Scalar>]> = [];
  graph.forEachNode((key, a) => nodeRows.push([key, nodeRow(key, a)]));
  const edgeRows: Array<[string, string, string, Record<string, Scalar>]> = [];
  graph.forEachEdge((key, a, source, target) => edgeRows.push([key, source, target, edgeRow(a)]));
  const nodeCols = inferColumns(nodeRows.map((r) => r[1]));
  const edgeCols = inferColumns(edgeRows.map((r) => r[3]));
  // Positions, sizes and weights are real numbers even when a small graph happens to hold integers.
  for (const f of ["x", "y", "size"]) if (nodeCols.has(f)) nodeCols.set(f, "double");
  if (edgeCols.has("weight")) edgeCols.set("weight", "double");

  const w = new XMLWriter(options.pretty === false ? false : "  ");
  w.startDocument("1.0", "UTF-8");
  w.startElement("graphml");
  w.writeAttribute("xmlns", "http://graphml.graphdrawing.org/xmlns");
  w.writeAttribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  w.writeAttribute(
    "xsi:schemaLocation",
    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
  );
  // Key ids are prefixed by domain because nodes and edges share column names (type, docs).
  for (const [domain, cols] of [
    ["node", nodeCols],
    ["edge", edgeCols],
  ] as const)
    for (const [name, type] of cols) {
      w.startElement("key");
      w.writeAttribute("id", `${domain[0]}_${name}`);
      w.writeAttribute("for", domain);
      w.writeAttribute("attr.name", name);
      w.writeAttribute("attr.type", GRAPHML_TYPE[type]);
      w.endElement();
    }
  w.startElement("graph");
  w.writeAttribute("id", "G");
  w.writeAttribute("edgedefault", graph.type === "undirected" ? "undirected" : "directed");
  for (const [key, row] of nodeRows) {
    w.startElement("node");
    w.writeAttribute("id", xmlSafe(key));
    for (const [name, type] of nodeCols) {
      const v = row[name];
      if (v === undefined) continue;
      w.startElement("data");
      w.writeAttribute("key", `n_${name}`);
      w.text(format(v, type));
      w.endElement();
    }
    w.endElement();
  }
  for (const [key, source, target, row] of edgeRows) {
    w.startElement("edge");
    w.writeAttribute("id", xmlSafe(key));
    w.writeAttribute("source", xmlSafe(source));
    w.writeAttribute("target", xmlSafe(target));
    for (const [name, type] of edgeCols) {
      const v = row[name];
      if (v === undefined) continue;
      w.startElement("data");
      w.writeAttribute("key", `e_${name}`);
      w.text(format(v, type));
      w.endElement();
    }
    w.endElement();
  }
  w.endElement();
  w.endElement();
  w.endDocument();
  return w.toString();
}

export async function writeGraphml(graph: KgGraph, path: string, options: { pretty?: boolean } = {}): Promise<void> {
  await writeFileAtomic(path, toGraphml(graph, options));
}
