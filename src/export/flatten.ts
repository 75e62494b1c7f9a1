// Turns node and edge attributes into scalar columns for the XML formats, which cannot hold lists of
// evidence objects (graphology-gexf writes them as "[object Object]"). Shared by GEXF and GraphML so
// both formats carry the same columns: aliases and docs joined, evidence as a count, its document ids,
// the first quote, speakers and modalities.
import type { KgEdgeAttributes, KgNodeAttributes } from "../query/graph-types.ts";

export type Scalar = string | number | boolean;
export type ScalarType = "string" | "integer" | "double" | "boolean";

/** Separator for joined lists; "; " reads well in Gephi's data table and never occurs in keys. */
export const LIST_SEPARATOR = "; ";

/** Attributes the formats carry as visual or structural fields rather than as data columns. */
export const NODE_VIZ_FIELDS = new Set(["label", "x", "y", "z", "size", "color"]);
export const EDGE_VIZ_FIELDS = new Set(["label", "size", "thickness", "color", "weight", "evidence"]);

// XML 1.0 forbids most C0 controls and lone surrogates; article text can contain them.
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, "");
}

function scalar(value: unknown): Scalar | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value === "" ? undefined : xmlSafe(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "boolean") return value;
  if (Array.isArray(value)) {
    const parts = value.map((v) => (typeof v === "object" && v !== null ? JSON.stringify(v) : String(v)));
    return parts.length ? xmlSafe(parts.join(LIST_SEPARATOR)) : undefined;
  }
  return xmlSafe(JSON.stringify(value));
}

function unique(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === "string" && v !== ""))];
}

/** Data columns of a node (everything but label and viz fields). */
export function flattenNode(attributes: KgNodeAttributes): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(attributes)) {
    if (NODE_VIZ_FIELDS.has(k)) continue;
    const s = scalar(v);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

/** Data columns of an edge: its type, flattened evidence and any other attribute as a scalar. */
export function flattenEdge(attributes: KgEdgeAttributes): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(attributes)) {
    if (EDGE_VIZ_FIELDS.has(k)) continue;
    const s = scalar(v);
    if (s !== undefined) out[k] = s;
  }
  const ev = Array.isArray(attributes.evidence) ? attributes.evidence : [];
  out.evidence_count = ev.length;
  const docs = unique(ev.map((e) => e.doc));
  if (docs.length) out.evidence_docs = xmlSafe(docs.join(LIST_SEPARATOR));
  const quote = ev[0]?.quote;
  if (quote) out.evidence_quote = xmlSafe(quote);
  const speakers = unique(ev.map((e) => e.speaker));
  if (speakers.length) out.evidence_speakers = xmlSafe(speakers.join(LIST_SEPARATOR));
  const modalities = unique(ev.map((e) => e.modality));
  if (modalities.length) out.evidence_modality = modalities.join(LIST_SEPARATOR);
  return out;
}

/** The column types to declare: double wins over integer, string over everything, as a reader widens. */
export function inferColumns(rows: Iterable<Record<string, Scalar>>): Map<string, ScalarType> {
  const rank: Record<ScalarType, number> = { boolean: 0, integer: 1, double: 2, string: 3 };
  const cols = new Map<string, ScalarType>();
  for (const row of rows)
    for (const [k, v] of Object.entries(row)) {
      const t: ScalarType =
        typeof v === "string"
          ? "string"
          : typeof v === "boolean"
            ? "boolean"
            : Number.isInteger(v) && Math.abs(v) <= 0x7fffffff
              ? "integer"
              : "double";
      const cur = cols.get(k);
      if (!cur || rank[t] > rank[cur]) cols.set(k, t);
    }
  return cols;
}

/** "#rgb", "#rrggbb", "rgb(...)" or "rgba(...)" as "#rrggbb" (plus alpha 0..1), or undefined. */
export function parseColor(value: unknown): { hex: string; r: number; g: number; b: number; a?: number } | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.trim();
  let r: number, g: number, b: number, a: number | undefined;
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(v);
  if (m) [r, g, b] = [m[1]!, m[2]!, m[3]!].map((c) => parseInt(c + c, 16)) as [number, number, number];
  else if ((m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/i.exec(v))) {
    [r, g, b] = [m[1]!, m[2]!, m[3]!].map((c) => parseInt(c, 16)) as [number, number, number];
    if (m[4]) a = Math.round((parseInt(m[4], 16) / 255) * 1000) / 1000;
  } else if ((m = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([0-9.]+)\s*)?\)$/i.exec(v))) {
    [r, g, b] = [m[1]!, m[2]!, m[3]!].map(Number) as [number, number, number];
    if (m[4] !== undefined) a = Math.min(1, Math.max(0, Number(m[4])));
  } else return undefined;
  if (r > 255 || g > 255 || b > 255) return undefined;
  const hex = "#" + [r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("");
  return { hex, r, g, b, ...(a !== undefined && Number.isFinite(a) ? { a } : {}) };
}

export const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
