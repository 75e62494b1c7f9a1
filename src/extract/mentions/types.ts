// Mentions inside one sentence: the spans that name a person, body, organisation, country, place,
// good or kind of measure, with token indices for the relation rules and the id of what found them.

import type { TitleEntry } from "../../lexicon/types.ts";
import type { EntityType } from "../../model/types.ts";

/** Every mention finder's id, as stamped on `source` (and kept in the graph's mention records). */
export const MENTION_SOURCES = [
  "lexicon:country",
  "lexicon:demonym",
  "lexicon:capital",
  "lexicon:capital-venue",
  "lexicon:agency",
  "lexicon:organization",
  "lexicon:person",
  "lexicon:city",
  "title-name",
  "honorific-name",
  "proper:institution",
  "acronym",
  "proper:org-head",
  "proper:venue",
  "proper:before-company-title",
  "proper:after-role",
  "proper:acronym-role",
  "proper:org-descriptor",
  "proper:person-context",
  "surname",
  "proper:administration",
  "delegation",
  "lexicon:commodity",
  "lexicon:measure",
  "origin-goods",
  "anaphor",
  "generic-measure",
  "np:commodity-head",
] as const;
export type MentionSource = (typeof MENTION_SOURCES)[number];

/** A mention inside one sentence, with token indices for the relation patterns. */
export interface SentenceMention {
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Entity key; person keys may be replaced during resolution (surnames, aliases). */
  key: string;
  label: string;
  source: MentionSource;
  country?: string;
  /** Person: the titles that may be meant by the words in front of or after the name, and their span. */
  titles?: TitleEntry[];
  titleText?: string;
  titleFrom?: number;
  titleTo?: number;
  /** Person: the one of `titles` the sentence means (set by the title-country step). */
  title?: TitleEntry;
  /** Person known only by a surname ("Mr. Lutnick"); resolved against the document. */
  surname?: string;
  /** Followed by a possessive 's. */
  possessive?: boolean;
  /** A demonym or country used to modify a noun ("Chinese", "US" in "US tariffs"). */
  modifier?: boolean;
  /** A measure word's kind id ("export-controls"). */
  measureKind?: string;
  /** Commodity parent id, for rolling up (dysprosium -> rare-earths). */
  parent?: string;
}

/** What earlier sentences of the document tell the mention finders. */
export interface SentenceContext {
  /** Country ids seen so far in the document, most frequent first, for ambiguous body names. */
  docCountries: () => string[];
  /** The state the article is about: one with most of its country mentions (see ExtractSettings.articleCountryShare). */
  articleCountry?: () => string | undefined;
  /** Surnames of people named in full in the document: surname -> person key. */
  docSurnames: Map<string, { key: string; label: string; country?: string }[]>;
  /** The body each head noun last referred to ("ministry" -> China's Ministry of Commerce). */
  recentBodies?: Map<string, SentenceMention>;
  /**
   * Whether the document speaks of negotiations (talks, negotiators, a delegation): only then is
   * "the Chinese side" a negotiating party rather than China itself.
   */
  negotiating?: () => boolean;
  /** Acronyms the document defined in brackets after a name. */
  acronyms?: Map<string, SentenceMention>;
}

export const AGENT_TYPES: ReadonlySet<EntityType> = new Set(["person", "agency", "organization", "country"]);

export function delegationKey(country: string): string {
  return `agency:${country}-delegation`;
}
