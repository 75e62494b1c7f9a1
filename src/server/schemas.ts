// Request schemas, declared once with zod: the routes parse with them and the types are inferred from
// them. Bounds come from the query layer's constants so the API and the functions agree.
import { z } from "zod";
import { EXPORT_FORMATS } from "../export/export-graph.ts";
import {
  ASK_MAX_QUESTION_CHARS,
  NEIGHBORHOOD_MAX_DEPTH,
  NEIGHBORHOOD_MAX_LIMIT,
  PATHS_MAX_LENGTH,
  PATHS_MAX_LIMIT,
  PATTERN_MAX_LIMIT,
  PATTERN_MAX_TRIPLES,
  SEARCH_MAX_LIMIT,
  SEARCH_MAX_QUERY_CHARS,
} from "../query/index.ts";

/**
 * "a,b" or repeated ?x=a&x=b, as a list of type names. The names are checked against the graph by the
 * query functions, since a graph may use documented types beyond the core ones (e.g. part-of).
 */
const typeList = z
  .preprocess(
    (v) =>
      v === undefined
        ? undefined
        : (Array.isArray(v) ? v : [v])
            .flatMap((x) => String(x).split(","))
            .map((s) => s.trim())
            .filter(Boolean),
    z.array(z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, "type names are lower-case words joined by hyphens")).max(30),
  )
  .optional();

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max).optional();
const nodeKey = z.string().min(1).max(500);
const direction = z.enum(["out", "in", "both"]).optional();

export const searchQuery = z.object({
  q: z.string().trim().min(1, "give a name to search for (q=...)").max(SEARCH_MAX_QUERY_CHARS),
  types: typeList,
  limit: int(1, SEARCH_MAX_LIMIT),
});

export const nodeParams = z.object({ id: nodeKey });

export const neighborhoodQuery = z.object({
  depth: int(1, NEIGHBORHOOD_MAX_DEPTH),
  edgeTypes: typeList,
  nodeTypes: typeList,
  direction,
  limit: int(1, NEIGHBORHOOD_MAX_LIMIT),
});

export const pathsQuery = z.object({
  from: nodeKey,
  to: nodeKey,
  maxLength: int(1, PATHS_MAX_LENGTH),
  limit: int(1, PATHS_MAX_LIMIT),
  edgeTypes: typeList,
  direction,
});

const term = z.string().min(1).max(500);
export const patternBody = z.strictObject({
  where: z
    .array(z.strictObject({ s: term, p: term, o: term }))
    .min(1)
    .max(PATTERN_MAX_TRIPLES),
  limit: z.number().int().min(1).max(PATTERN_MAX_LIMIT).optional(),
  includeNegated: z.boolean().optional(),
});

export const askQuery = z.object({
  // Empty questions reach ask(), whose message lists the forms it understands.
  q: z.string().max(ASK_MAX_QUESTION_CHARS).default(""),
});

export const exportQuery = z.object({
  format: z.enum(EXPORT_FORMATS).default("gexf"),
  version: z.enum(["1.2", "1.3"]).optional(),
});

export type SearchQuery = z.infer<typeof searchQuery>;
export type NeighborhoodQuery = z.infer<typeof neighborhoodQuery>;
export type PathsQuery = z.infer<typeof pathsQuery>;
export type PatternBody = z.infer<typeof patternBody>;
export type AskQuery = z.infer<typeof askQuery>;
export type ExportQuery = z.infer<typeof exportQuery>;
