// The lexicons turned into matchers and lookup tables, built once per lexicon: the one in use (the
// defaults, or the defaults with a user's packs; see lexicon/active-lexicon.ts) unless one is given.

import { distance } from "fastest-levenshtein";
import { activeLexicon } from "../lexicon/active-lexicon.ts";
import type {
  AgencyEntry,
  CommodityEntry,
  CountryEntry,
  Lexicon,
  MeasureKindEntry,
  OrganizationEntry,
  PersonEntry,
  TitleEntry,
} from "../lexicon/types.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";
import { normalizeToken } from "./sentences.ts";

export type ProperHit =
  | { kind: "country"; entry: CountryEntry }
  | { kind: "demonym"; entry: CountryEntry }
  | { kind: "capital"; entry: CountryEntry }
  | { kind: "agency"; entries: AgencyEntry[] }
  | { kind: "organization"; entry: OrganizationEntry }
  | { kind: "person"; entry: PersonEntry }
  | { kind: "title"; entries: TitleEntry[] }
  | { kind: "city"; name: string };

export type CommonHit =
  | { kind: "commodity"; entry: CommodityEntry }
  | { kind: "measure"; entry: MeasureKindEntry };

export interface LexiconIndex {
  proper: PhraseMatcher<ProperHit>;
  common: PhraseMatcher<CommonHit>;
  countries: Map<string, CountryEntry>;
  agencies: Map<string, AgencyEntry>;
  /** "us|commerce" -> the US body with that function. */
  agencyByFunction: Map<string, AgencyEntry[]>;
  people: Map<string, PersonEntry>;
  /** normalised surname -> lexicon people with that surname. */
  surnames: Map<string, PersonEntry[]>;
  commodities: Map<string, CommodityEntry>;
  organizations: Map<string, OrganizationEntry>;
  /** lower-cased body name -> how many bodies use it */
  agencyNameCount: Map<string, number>;
  venueHeads: Set<string>;
  /** function -> the functions to try after it, in order ("commerce" -> trade, economy, industry). */
  relatedFunctions: Readonly<Record<string, readonly string[]>>;
}

// Scripts that put the family name first.
const SURNAME_FIRST = new Set(["cn", "tw", "hk", "kr", "kp", "vn", "sg", "mo"]);

export function surnameOf(name: string, country?: string): string {
  const parts = name.trim().split(/\s+/);
  const pick = country && SURNAME_FIRST.has(country) ? parts[0] : parts[parts.length - 1];
  return normalizeToken(pick ?? "");
}

// Keyed by the lexicon object, so switching packs and back costs nothing and a dropped lexicon's
// index goes with it.
const cached = new WeakMap<Lexicon, LexiconIndex>();

export function lexiconIndex(lexicon: Lexicon = activeLexicon()): LexiconIndex {
  const hit = cached.get(lexicon);
  if (hit) return hit;
  const index = buildIndex(lexicon);
  cached.set(lexicon, index);
  return index;
}

function buildIndex(lexicon: Lexicon): LexiconIndex {
  const proper = new PhraseMatcher<ProperHit>();
  const common = new PhraseMatcher<CommonHit>();

  const countries = new Map<string, CountryEntry>();
  for (const c of lexicon.countries) {
    countries.set(c.id, c);
    // A country's label is among its names unless the lexicon took it out ("Georgia" is left to the US
    // state; the node is still labelled Georgia), so the names alone are matched.
    for (const n of c.names) proper.add(n, { kind: "country", entry: c });
    for (const n of c.demonyms) proper.add(n, { kind: "demonym", entry: c });
    for (const n of c.capitals) proper.add(n, { kind: "capital", entry: c });
  }

  const { agencies, agencyNames, agencyByFunction } = indexAgencies(lexicon.agencies, proper);

  const organizations = new Map<string, OrganizationEntry>();
  for (const o of lexicon.organizations) {
    organizations.set(o.id, o);
    for (const n of new Set([o.label, ...o.names])) proper.add(n, { kind: "organization", entry: o });
  }

  const people = new Map<string, PersonEntry>();
  const surnames = new Map<string, PersonEntry[]>();
  for (const p of lexicon.people) {
    people.set(p.id, p);
    for (const n of new Set([p.label, ...p.aliases])) proper.add(n, { kind: "person", entry: p });
    const s = surnameOf(p.label, p.country);
    surnames.set(s, [...(surnames.get(s) ?? []), p]);
  }

  addTitles(lexicon.titles, proper);

  for (const city of lexicon.cities) proper.add(city, { kind: "city", name: city });

  const commodities = new Map<string, CommodityEntry>();
  for (const c of lexicon.commodities) {
    commodities.set(c.id, c);
    for (const n of new Set([c.label, ...c.names])) {
      common.add(n, { kind: "commodity", entry: c }, { caseSensitive: isAcronym(n) });
    }
  }
  for (const m of lexicon.measures) {
    for (const n of new Set([m.label, ...m.names])) {
      common.add(n, { kind: "measure", entry: m }, { caseSensitive: isAcronym(n) });
    }
  }

  return {
    proper,
    common,
    countries,
    agencies,
    agencyByFunction,
    people,
    surnames,
    commodities,
    organizations,
    agencyNameCount: new Map([...agencyNames].map(([k, v]) => [k, v.entries.length])),
    venueHeads: new Set(lexicon.venueHeads),
    relatedFunctions: lexicon.relatedFunctions,
  };
}

/** Bodies that share a bare name ("Ministry of Commerce") are one hit with several entries. */
function indexAgencies(list: readonly AgencyEntry[], proper: PhraseMatcher<ProperHit>) {
  const agencies = new Map<string, AgencyEntry>();
  const agencyNames = new Map<string, { name: string; entries: AgencyEntry[] }>();
  const agencyByFunction = new Map<string, AgencyEntry[]>();
  for (const a of list) {
    agencies.set(a.id, a);
    for (const n of new Set([a.label, ...a.names])) {
      const k = n.toLowerCase();
      const slot = agencyNames.get(k) ?? { name: n, entries: [] };
      if (!slot.entries.includes(a)) slot.entries.push(a);
      agencyNames.set(k, slot);
    }
    if (a.function) {
      const fk = `${a.country ?? ""}|${a.function}`;
      agencyByFunction.set(fk, [...(agencyByFunction.get(fk) ?? []), a]);
    }
  }
  for (const { name, entries } of agencyNames.values()) proper.add(name, { kind: "agency", entries });
  return { agencies, agencyNames, agencyByFunction };
}

/** Titles appear in either case ("Commerce Minister Wang", "Japan's trade minister"); one hit per name. */
function addTitles(titles: readonly TitleEntry[], proper: PhraseMatcher<ProperHit>): void {
  const titleNames = new Map<string, { name: string; entries: TitleEntry[] }>();
  for (const t of titles) {
    for (const n of t.names) {
      const k = n.toLowerCase();
      const slot = titleNames.get(k) ?? { name: n, entries: [] };
      slot.entries.push(t);
      titleNames.set(k, slot);
    }
  }
  for (const { name, entries } of titleNames.values()) proper.add(name, { kind: "title", entries }, { caseSensitive: isAcronym(name) });
}

/**
 * Names the lexicons know an entity by, for its `aliases`: a person's renderings, a country's
 * names, capitals and demonyms, a body's names that no other body shares ("MOFCOM", not
 * "Ministry of Commerce").
 */
export function knownNames(key: string): string[] {
  const lex = lexiconIndex();
  const [prefix, id = ""] = splitKey(key);
  if (prefix === "person") {
    const p = lex.people.get(id);
    return p ? [p.label, ...p.aliases] : [];
  }
  if (prefix === "country") {
    const c = lex.countries.get(id);
    return c ? [c.label, ...c.names, ...c.capitals, ...c.demonyms] : [];
  }
  if (prefix === "agency") {
    const a = lex.agencies.get(id);
    if (!a) return [];
    return [a.label, ...a.names].filter((n) => (lex.agencyNameCount.get(n.toLowerCase()) ?? 0) <= 1);
  }
  if (prefix === "organization") {
    const o = lex.organizations.get(id);
    return o ? [o.label, ...o.names] : [];
  }
  if (prefix === "commodity") {
    // a good's other spellings ("aluminum" for aluminium, "fertiliser" for fertilizer), not its
    // other names: "vehicles" for electric vehicles would name goods of other nodes too
    const c = lex.commodities.get(id);
    return c ? [c.label, ...c.names.filter((n) => n.length >= 5 && n !== c.label && distance(n.toLowerCase(), c.label.toLowerCase()) <= 2)] : [];
  }
  return [];
}

function splitKey(key: string): [string, string] {
  const i = key.indexOf(":");
  return [key.slice(0, i), key.slice(i + 1)];
}

function isAcronym(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase();
}
