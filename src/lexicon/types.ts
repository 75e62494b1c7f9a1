// Shapes of the lexicon data. The data files in this folder are broad and principled (the major
// trading economies, their bodies and officials, the goods trade measures act on), never a list
// of whatever one article mentions.

import type { EntityType } from "../model/types.ts";

/** A state or bloc. `id` is short and stable (ISO-like): "us", "cn", "gb", "eu", "jp". */
export interface CountryEntry {
  id: string;
  label: string;
  /** Other names: short forms, abbreviations, official names ("U.S.", "USA", "United States of America"). */
  names: string[];
  /** Adjectives and nouns of nationality ("American", "U.S.", "Chinese", "Sino-"). */
  demonyms: string[];
  /** Seats of government used for the state in political sentences ("Washington", "Beijing"). */
  capitals: string[];
}

/**
 * What a body does, so a title and a country find the body: a "Commerce Minister" of China heads
 * China's body with function "commerce". Free strings, but keep to a small shared set:
 * commerce, treasury, finance, trade, foreign, defense, economy, central-bank, head-of-state,
 * head-of-government, cabinet, legislature, customs, trade-representative, economic-council, ...
 */
export type BodyFunction = string;

/** A government body, ministry, council, court or international body. */
export interface AgencyEntry {
  id: string;
  label: string;
  names: string[];
  /** Country id, absent for international bodies (WTO, IMF). */
  country?: string;
  function?: BodyFunction;
  type?: Extract<EntityType, "agency" | "organization">;
}

/** A company, think tank, law firm, bank or news outlet. */
export interface OrganizationEntry {
  id: string;
  label: string;
  names: string[];
  country?: string;
  kind?: "company" | "think-tank" | "law-firm" | "news" | "bank" | "party" | "other";
}

/**
 * A title. `names` are its variants ("Secretary of Commerce", "Commerce Secretary"); `function`
 * says which body it heads or sits in; `rank` says whether the holder leads the body or is a
 * member. `countries` narrows the title to the states that use it ("Vice Premier" -> cn), so a
 * bare title can tell the country.
 */
export interface TitleEntry {
  names: string[];
  function: BodyFunction;
  rank: "head" | "member";
  countries?: string[];
  /** Canonical role label for display ("Commerce Secretary"). */
  role: string;
}

/** A public figure: canonical name, every rendering (surname forms, transliterations, other scripts). */
export interface PersonEntry {
  id: string;
  label: string;
  aliases: string[];
  country: string;
  /** Roles held (free text, e.g. "Vice Premier"); bodies led, by agency id. */
  roles?: string[];
  leads?: string[];
  memberOf?: string[];
}

/** A good, material, technology or service. `parent` groups specific items (dysprosium -> rare-earths). */
export interface CommodityEntry {
  id: string;
  label: string;
  names: string[];
  parent?: string;
}

/** A kind of trade measure and its words ("export controls", "curbs", "tariffs"). */
export interface MeasureKindEntry {
  id: string;
  label: string;
  names: string[];
}
