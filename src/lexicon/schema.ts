// The shapes of lexicon data, declared once with zod: the loader validates every data file (ours in
// ./data and a user's packs) with these schemas, and the entry types the extractor uses are inferred
// from them. Objects are strict, so a misspelt field ("contry") is an error rather than a silent loss.
//
// Two layers: a file may hold alias *generators* ({sino-vietnamese: ...}) among a person's aliases;
// the loader expands them, so the entries the extractor sees hold plain strings only.

import { z } from "zod";
import { generatorSchemas } from "./generators.ts";

/** A name is matched word by word, so stray spaces would only hide it: none at the ends, none doubled. */
const name = z
  .string()
  .min(1)
  .refine((s) => s.trim() === s && !s.includes("  "), "has stray spaces (at an end or doubled)");
const names = z.array(name);
/** Ids are stable keys in the graph (`person:jane-doe`), so they are plain kebab-case. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = z.string().regex(ID_PATTERN);
/** Lower-case ISO 3166-1 alpha-2, or "eu" for the Union (itself reserved by ISO for that use). */
export const COUNTRY_ID_PATTERN = /^[a-z]{2}$/;
const countryId = z.string().regex(COUNTRY_ID_PATTERN);

/** A state or bloc. `id` is short and stable (ISO-like): "us", "cn", "gb", "eu", "jp". */
export const countrySchema = z.strictObject({
  id: countryId,
  label: name,
  /** Other names: short forms, abbreviations, official names ("U.S.", "USA", "United States of America"). */
  names,
  /** Adjectives and nouns of nationality ("American", "U.S.", "Chinese", "Sino-"). */
  demonyms: names,
  /** Seats of government used for the state in political sentences ("Washington", "Beijing"). */
  capitals: names,
});

/**
 * Changes to a country already known (from the world-countries dataset, or an earlier layer): `label`
 * replaces its label; `names`, `demonyms` and `capitals` are added to its lists; `drop` removes names,
 * demonyms or capitals it has that do not stand for it in news text.
 */
export const countryOverlaySchema = z.strictObject({
  id: countryId,
  label: name.optional(),
  names: names.optional(),
  demonyms: names.optional(),
  capitals: names.optional(),
  drop: names.optional(),
});

/**
 * What a body does, so a title and a country find the body: a "Commerce Minister" of China heads
 * China's body with function "commerce". Free strings, but keep to a small shared set:
 * commerce, treasury, finance, trade, foreign, defense, economy, central-bank, head-of-state,
 * head-of-government, cabinet, legislature, customs, trade-representative, economic-council, ...
 */
const bodyFunction = z.string().regex(ID_PATTERN);

/** A government body, ministry, council, court or international body. */
export const agencySchema = z.strictObject({
  id,
  label: name,
  names,
  /** Country id, absent for international bodies (WTO, IMF). */
  country: countryId.optional(),
  function: bodyFunction.optional(),
  type: z.enum(["agency", "organization"]).optional(),
});

/** A company, think tank, law firm, bank or news outlet. */
export const organizationSchema = z.strictObject({
  id,
  label: name,
  names,
  country: countryId.optional(),
  kind: z.enum(["company", "think-tank", "law-firm", "news", "bank", "party", "other"]).optional(),
});

/**
 * A title. `names` are its variants ("Secretary of Commerce", "Commerce Secretary"); `function`
 * says which body it heads or sits in; `rank` says whether the holder leads the body or is a
 * member. `countries` narrows the title to the states that use it ("Vice Premier" -> cn), so a
 * bare title can tell the country.
 */
export const titleSchema = z.strictObject({
  /** Canonical role label for display ("Commerce Secretary"). */
  role: name,
  function: bodyFunction,
  rank: z.enum(["head", "member"]),
  countries: z.array(countryId).optional(),
  /**
   * The title names an office only with its state right before it ("Chinese leader X", "Russia's
   * leader, X"); with anything else before it ("opposition leader", "Senate Majority Leader") it
   * names a person and no office.
   */
  stateBefore: z.boolean().optional(),
  /** A body every holder also sits in, besides the one the title names ("Trade Commissioner": the European Commission). */
  memberOf: id.optional(),
  names,
});

/** A public figure: canonical name, every rendering (surname forms, transliterations, other scripts). */
export const personSchema = z.strictObject({
  id,
  label: name,
  /** The state or bloc the person acts for (EU officials: "eu"; heads of international bodies: nationality). */
  country: countryId,
  aliases: names,
  /** Roles held (free text, e.g. "Vice Premier"); bodies led, by agency id. */
  roles: z.array(name).optional(),
  leads: z.array(id).optional(),
  memberOf: z.array(id).optional(),
});

/** An alias as written: a name, or a generator that stands for names (see generators.ts). */
export const aliasItemSchema = z.union([name, ...generatorSchemas]);

/** A person as written in a data file: aliases may include generators, expanded at load. */
export const personFileSchema = personSchema.extend({ aliases: z.array(aliasItemSchema) });

/** A good, material, technology or service. `parent` groups specific items (dysprosium -> rare-earths). */
export const commoditySchema = z.strictObject({
  id,
  label: name,
  names,
  parent: id.optional(),
});

/** A kind of trade measure and its words ("export controls", "curbs", "tariffs"). */
export const measureKindSchema = z.strictObject({
  id,
  label: name,
  names,
});

/**
 * One data file: any of the sections, each optional, so one file may hold a whole pack (a person,
 * her title, her ministry, the goods at stake) or one kind of entry.
 */
export const lexiconFileSchema = z.strictObject({
  countries: z.array(countrySchema).optional(),
  countryOverlay: z.array(countryOverlaySchema).optional(),
  /** Names no country is known by, whatever the dataset says (shared with words, people, other places). */
  notCountryNames: names.optional(),
  agencies: z.array(agencySchema).optional(),
  /** Names listed under several bodies on purpose (only context tells which country's). */
  ambiguousAgencyNames: names.optional(),
  /** Functions close enough that a title naming one may head a body filed under another, in order. */
  relatedFunctions: z.record(bodyFunction, z.array(bodyFunction)).optional(),
  organizations: z.array(organizationSchema).optional(),
  titles: z.array(titleSchema).optional(),
  people: z.array(personFileSchema).optional(),
  commodities: z.array(commoditySchema).optional(),
  measures: z.array(measureKindSchema).optional(),
  /** Cities that host talks, summits and courts, beyond the capitals listed with their countries. */
  cities: names.optional(),
  /** Head nouns that make a proper name a venue ("Lancaster House"). */
  venueHeads: names.optional(),
});

export type LexiconFile = z.infer<typeof lexiconFileSchema>;
export type SectionName = keyof LexiconFile;
export const SECTION_NAMES = Object.keys(lexiconFileSchema.shape) as SectionName[];

export type CountryEntry = z.infer<typeof countrySchema>;
export type CountryOverlay = z.infer<typeof countryOverlaySchema>;
export type BodyFunction = z.infer<typeof bodyFunction>;
export type AgencyEntry = z.infer<typeof agencySchema>;
export type OrganizationEntry = z.infer<typeof organizationSchema>;
export type TitleEntry = z.infer<typeof titleSchema>;
export type PersonEntry = z.infer<typeof personSchema>;
export type CommodityEntry = z.infer<typeof commoditySchema>;
export type MeasureKindEntry = z.infer<typeof measureKindSchema>;
