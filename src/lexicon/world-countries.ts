// The states and territories of the world, from the world-countries dataset (npm `world-countries`, the
// mledoze/countries data, ODbL-1.0), read as country entries: the base our own overlay
// (data/countries.yaml) corrects and extends. A dataset kept by others knows all ~250 of them, their
// names, demonyms and capitals, better than a hand-typed list; what it cannot know is how trade news
// uses them, which is what the overlay says.
//
// How a record becomes an entry, and why:
// - id: the ISO 3166-1 alpha-2 code in lower case, as everywhere in the graph ("country:ci").
// - label: the common English name ("Ivory Coast", "Eswatini").
// - names: the common and official names and the alternative spellings, except the ISO codes and any
//   other bare abbreviation of three capitals or fewer (IN, IS, IT, NO, ME, TO and AS are English words;
//   the few our news uses, US, UK, EU, are given by the overlay), catalogue inversions ("Korea,
//   Republic of") that prose never writes, forms in other scripts (we read English-language news), and
//   adjectives also listed as names ("Thai", "Saudi"), which are demonyms.
// - demonyms: the English forms for men and women, split where the dataset joins two ("Antiguan,
//   Barbudan", "Kittitian or Nevisian"), each with its plural where English forms one by adding -s
//   ("Ivorians", "Iraqis", "New Zealanders"; not "Chineses", "Swisses", "Frenchs"); the overlay adds
//   irregular ones ("Czechs", "Basotho").
// - capitals: the first capital the dataset gives (the seat of government where there are several);
//   none that repeats one of the country's names (Singapore, Luxembourg, Monaco).
// - a string two entries both claim ("Congolese" for both Congos, "Indian" for India and the British
//   Indian Ocean Territory) stays with the one sovereign state among them, or with neither: a name
//   that can mean two countries means none until the overlay says which.

import { fold } from "../text/fold.ts";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { CountryEntry } from "./schema.ts";

/** The part of a world-countries record we read. */
export interface DatasetCountry {
  cca2: string;
  cca3: string;
  independent: boolean | null;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
  region?: string;
  subregion?: string;
}

const require = createRequire(import.meta.url);

/** Where the dataset lives, for reading it and for the lexicon cache's key. */
export function datasetFiles(): { records: string; manifest: string } {
  return {
    records: require.resolve("world-countries/countries.json"),
    manifest: require.resolve("world-countries/package.json"),
  };
}

export function readDataset(): DatasetCountry[] {
  return JSON.parse(readFileSync(datasetFiles().records, "utf8")) as DatasetCountry[];
}

/** Letters of the Latin script, digits, spaces and the punctuation names use; nothing else. */
const LATIN_NAME = /^[\p{Script=Latin}\p{M}0-9 .,'’ʻ()&-]+$/u;

function isCode(name: string, record: DatasetCountry): boolean {
  const upper = name.toUpperCase();
  if (upper === record.cca2 || upper === record.cca3) return true;
  const letters = name.replace(/[^\p{L}]/gu, "");
  return letters.length <= 3 && letters === letters.toUpperCase();
}

function usableName(name: string, record: DatasetCountry): boolean {
  return name.trim() !== "" && LATIN_NAME.test(name) && !isCode(name, record) && !name.includes(", ");
}

/** The same name for matching purposes: case, diacritics and apostrophes aside (as the matcher sees it). */
export function nameKey(name: string): string {
  return fold(name).replace(/[’‘]/g, "'");
}

// English forms no plural by -s: "Chinese", "Swiss", "French", "Irish", "Malagasy", "Turkmen", the
// adjectives in -ic ("Greenlandic"), and the prefixed forms of Kiribati and Vanuatu ("I-Kiribati",
// "Ni-Vanuatu") that are their own plurals.
const NO_PLURAL = /(ese|ish|ch|sh|ss|s|x|z|y|men|ic)$/;
const PREFIXED = /^\p{Lu}\p{Ll}?-/u;

export function demonymPlural(demonym: string): string | undefined {
  if (NO_PLURAL.test(demonym) || PREFIXED.test(demonym)) return undefined;
  return `${demonym}s`;
}

function demonymsOf(record: DatasetCountry): string[] {
  const eng = record.demonyms?.eng;
  if (!eng) return [];
  const forms = [eng.m, eng.f]
    .flatMap((d) => d.split(/, | or /))
    .map((d) => d.trim())
    .filter((d) => d !== "");
  const out: string[] = [];
  for (const d of forms) {
    out.push(d);
    // "Djibouti", "Gibraltar": a demonym that is the country's name has no plural
    const plural = nameKey(d) === nameKey(record.name.common) ? undefined : demonymPlural(d);
    if (plural) out.push(plural);
  }
  return out;
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = nameKey(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Country entries for every record, with the rules above. */
export function countriesFromDataset(records: readonly DatasetCountry[] = readDataset()): CountryEntry[] {
  const entries = records.map((r) => {
    const written = unique([r.name.common, r.name.official, ...r.altSpellings].filter((n) => usableName(n, r)));
    const demonyms = unique(demonymsOf(r));
    // An adjective the dataset also lists among the names ("Thai", "Saudi", "Togolese") is a demonym.
    const adjectives = new Set(demonyms.map(nameKey));
    const names = written.filter((n) => n === r.name.common || !adjectives.has(nameKey(n)));
    const nameKeys = new Set(names.map(nameKey));
    const capital = r.capital[0];
    const capitals =
      capital !== undefined && usableName(capital, r) && !nameKeys.has(nameKey(capital)) ? [capital] : [];
    return { id: r.cca2.toLowerCase(), label: r.name.common, names, demonyms, capitals };
  });

  // Who claims each string; a string claimed by several entries goes to the one sovereign state among
  // them, or to none.
  const independent = new Map(records.map((r) => [r.cca2.toLowerCase(), r.independent === true]));
  const claims = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const s of [...e.names, ...e.demonyms, ...e.capitals]) {
      const k = nameKey(s);
      claims.set(k, (claims.get(k) ?? new Set()).add(e.id));
    }
  }
  const owner = new Map<string, string | undefined>();
  for (const [k, ids] of claims) {
    if (ids.size === 1) continue;
    const sovereign = [...ids].filter((id) => independent.get(id));
    owner.set(k, sovereign.length === 1 ? sovereign[0] : undefined);
  }
  const keep = (id: string) => (s: string) => {
    const k = nameKey(s);
    return !owner.has(k) || owner.get(k) === id;
  };
  return entries.map((e) => ({
    ...e,
    names: e.names.filter(keep(e.id)),
    demonyms: e.demonyms.filter(keep(e.id)),
    capitals: e.capitals.filter(keep(e.id)),
  }));
}

/**
 * Where each state lies, as words ("South-Eastern Asia" -> se asia): the dataset's region and
 * subregion, so "the Southeast Asian country" can be told from "the East Asian" one. Countries the
 * overlay adds (the EU) have none.
 */
let placeWords: Map<string, ReadonlySet<string>> | undefined;

export function placeWordsOf(countryId: string): ReadonlySet<string> | undefined {
  if (!placeWords) {
    placeWords = new Map();
    for (const r of readDataset()) {
      placeWords.set(r.cca2.toLowerCase(), new Set(regionWords(`${r.region ?? ""} ${r.subregion ?? ""}`)));
    }
  }
  return placeWords.get(countryId);
}

/** Directions and continents in canonical words: "Southeast Asian" and "South-Eastern Asia" are both se asia. */
export function regionWords(text: string): string[] {
  const out: string[] = [];
  const words = fold(text).toLowerCase().replace(/-/g, " ").split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const next = words[i + 1];
    if (w === "middle" && (next === "east" || next === "eastern")) {
      out.push("w", "asia");
      i++;
    } else if ((w === "south" || w === "southern") && (next === "eastern" || next === "east")) {
      out.push("se");
      i++;
    } else if (w === "southeast" || w === "southeastern") out.push("se");
    else if (w === "south" || w === "southern") out.push("s");
    else if (w === "north" || w === "northern") out.push("n");
    else if (w === "east" || w === "eastern") out.push("e");
    else if (w === "west" || w === "western") out.push("w");
    else if (w === "central" || w === "middle") out.push("c");
    else if (w === "asia" || w === "asian") out.push("asia");
    else if (w === "africa" || w === "african") out.push("africa");
    else if (w === "europe" || w === "european") out.push("europe");
    else if (w === "america" || w === "americas" || w === "american") out.push("america");
    else if (w === "oceania" || w === "pacific") out.push("oceania");
    else if (w === "caribbean") out.push("caribbean");
    else if (w === "gulf" || w === "arab") out.push("w", "asia");
  }
  return out;
}
