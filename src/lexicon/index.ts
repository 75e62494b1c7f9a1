// The lexicons: data the extractor and resolver read. Re-exports only.

export type * from "./types.ts";
export { COUNTRIES } from "./countries.ts";
export { AGENCIES, AMBIGUOUS_AGENCY_NAMES, RELATED_FUNCTIONS } from "./agencies.ts";
export { ORGANIZATIONS } from "./organizations.ts";
export { TITLES } from "./titles.ts";
export { PEOPLE } from "./people.ts";
export { COMMODITIES } from "./commodities.ts";
export { MEASURE_KINDS } from "./measures.ts";
