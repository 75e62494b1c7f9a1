// The entry types the extractor and resolver use, inferred from the zod schemas in ./schema.ts (the one
// place that declares what a lexicon entry is). Kept as its own module because extraction imports it.

export type {
  AgencyEntry,
  BodyFunction,
  CommodityEntry,
  CountryEntry,
  MeasureKindEntry,
  OrganizationEntry,
  PersonEntry,
  TitleEntry,
} from "./schema.ts";
export type { Lexicon } from "./load-lexicon.ts";
