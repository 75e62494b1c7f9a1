// Loads lexicons from data files: ours in ./data, then any packs a user gives (`--lexicon DIR`), each
// validated against ./schema.ts and merged in order. Every problem is reported as a LexiconError that
// names the file, the line, the entry (section, index, id) and what to change, before any article is read.
//
// Merge rule, for each layer (the defaults, then each pack folder in the order given):
// - entries with an id (countries, agencies, organizations, people, commodities, measures): an entry
//   whose id is already known replaces that entry where it stands; a new id is added at the end;
// - titles are known by their role and countries ("Secretary of State" for [us] and for [gb] are two);
// - relatedFunctions: a function listed again gets the new list;
// - cities, venueHeads, ambiguousAgencyNames: new names are added.
// Within one layer an id (or title) is defined once: a second definition is an error, since one of the
// two would be silently lost. Cross-references (a body's country, a person's bodies, a commodity's
// parent) are checked on the merged result, so a pack may refer to the defaults.

import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { closest, distance } from "fastest-levenshtein";
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { LexiconError } from "./errors.ts";
import { countriesFromDataset, datasetFiles, nameKey } from "./world-countries.ts";
import { ALIAS_GENERATORS, expandAliases, generatorOf, GENERATOR_NAMES } from "./generators.ts";
import {
  lexiconFileSchema,
  SECTION_NAMES,
  type AgencyEntry,
  type CommodityEntry,
  type CountryEntry,
  type LexiconFile,
  type MeasureKindEntry,
  type OrganizationEntry,
  type PersonEntry,
  type SectionName,
  type TitleEntry,
} from "./schema.ts";

/** A lexicon ready for the extractor: every section present, generators expanded. */
export interface Lexicon {
  readonly countries: readonly CountryEntry[];
  readonly agencies: readonly AgencyEntry[];
  readonly ambiguousAgencyNames: readonly string[];
  readonly relatedFunctions: Readonly<Record<string, readonly string[]>>;
  readonly organizations: readonly OrganizationEntry[];
  readonly titles: readonly TitleEntry[];
  readonly people: readonly PersonEntry[];
  readonly commodities: readonly CommodityEntry[];
  readonly measures: readonly MeasureKindEntry[];
  readonly cities: readonly string[];
  readonly venueHeads: readonly string[];
  /** The pack folders merged over the defaults, in order; empty for the defaults alone. */
  readonly packs: readonly string[];
  /** A hash of the packs' files (names and bytes), so a graph records the data it was built with. */
  readonly packDigest?: string;
}

export interface LoadLexiconOptions {
  /** Folders (or single files) of .yaml, .yml or .json data merged over the defaults, in order. */
  packs?: readonly string[];
}

/** Where our own data lives. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("./data/", import.meta.url));

export const DATA_EXTENSIONS = [".yaml", ".yml", ".json"];

const LEXICON_DIR = fileURLToPath(new URL("./", import.meta.url));
const TEXT_DIR = fileURLToPath(new URL("../text/", import.meta.url));
/** Parsed defaults are kept here between processes, under a hash of the data and of this loader. */
const CACHE_DIR = join(fileURLToPath(new URL("../../", import.meta.url)), "node_modules", ".cache", "newsgraph");

let defaults: Lexicon | undefined;

/** Our lexicon, read once per process. */
export function defaultLexicon(): Lexicon {
  defaults ??= readDefaults({ cache: true });
  return defaults;
}

/**
 * Our lexicon: the countries of the world-countries dataset, with our data files merged over them.
 * Parsing YAML costs about half a second in a fresh process, more than the rest of start-up, so the
 * validated result is also kept as JSON under a hash of the data files, the dataset's version and the
 * loader's own source: a later process with the same data and code reads that instead, and any edit
 * to either is a different hash, hence a fresh parse.
 */
export function readDefaults(opts: { cache: boolean }): Lexicon {
  const names = readdirSync(DEFAULT_DATA_DIR)
    .filter((f) => DATA_EXTENSIONS.includes(extname(f).toLowerCase()))
    .sort();
  const bytes = names.map((n) => readFileSync(join(DEFAULT_DATA_DIR, n)));
  const key = opts.cache ? cacheKey(names, bytes) : undefined;
  const hit = key === undefined ? undefined : readCache(key);
  if (hit) return hit;
  const layer: Layer = { files: names.map((n, i) => parseFile(join(DEFAULT_DATA_DIR, n), bytes[i] as Buffer)) };
  const lexicon = mergeLayers(datasetLexicon(), [layer], []);
  if (key !== undefined) writeCache(key, lexicon);
  return lexicon;
}

function cacheKey(names: string[], bytes: Buffer[]): string {
  const hash = createHash("sha256");
  // the loader and what it uses to expand names (the folding in src/text)
  for (const dir of [LEXICON_DIR, TEXT_DIR]) {
    for (const f of readdirSync(dir)
      .filter((f) => /\.[cm]?[jt]s$/.test(f))
      .sort()) {
      hash.update(`${f}\n`);
      hash.update(readFileSync(join(dir, f)));
    }
  }
  hash.update(readFileSync(datasetFiles().manifest));
  names.forEach((n, i) => {
    hash.update(`data/${n}\n`);
    hash.update(bytes[i] as Buffer);
  });
  return hash.digest("hex").slice(0, 24);
}

/** The dataset's countries as a lexicon of their own, the base our data is merged over. */
function datasetLexicon(): Lexicon {
  return {
    countries: countriesFromDataset(),
    agencies: [],
    ambiguousAgencyNames: [],
    relatedFunctions: {},
    organizations: [],
    titles: [],
    people: [],
    commodities: [],
    measures: [],
    cities: [],
    venueHeads: [],
    packs: [],
  };
}

function readCache(key: string): Lexicon | undefined {
  try {
    return JSON.parse(readFileSync(join(CACHE_DIR, `lexicon-${key}.json`), "utf8")) as Lexicon;
  } catch {
    return undefined; // absent or unreadable: parse the data
  }
}

function writeCache(key: string, lexicon: Lexicon): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written under a private name and renamed, so a parallel reader never sees half a file.
    const tmp = join(CACHE_DIR, `.lexicon-${key}-${process.pid}-${randomBytes(4).toString("hex")}.json`);
    writeFileSync(tmp, JSON.stringify(lexicon));
    renameSync(tmp, join(CACHE_DIR, `lexicon-${key}.json`));
    // Copies for data or code that has since changed are never read again.
    for (const f of readdirSync(CACHE_DIR)) {
      if (/^lexicon-[0-9a-f]+\.json$/.test(f) && f !== `lexicon-${key}.json`)
        rmSync(join(CACHE_DIR, f), { force: true });
    }
  } catch {
    // A read-only install still works, parsing each time.
  }
}

/** The defaults with the given packs merged over them; the defaults themselves when there are none. */
export function loadLexicon(opts: LoadLexiconOptions = {}): Lexicon {
  const packs = opts.packs ?? [];
  if (packs.length === 0) return defaultLexicon();
  const layers = packs.map((p) => readLayer(p));
  return mergeLayers(defaultLexicon(), layers, packs);
}

// ---- reading and validating one file -------------------------------------------------------------

interface ParsedFile {
  /** The path shown in messages. */
  display: string;
  bytes: Buffer;
  data: LexiconFile;
  doc: Document;
  lines: LineCounter;
}

interface Layer {
  files: ParsedFile[];
}

/** Where an entry came from, for messages about it. */
interface Origin {
  file: ParsedFile;
  section: SectionName;
  index: number;
}

function displayPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

function readLayer(dirOrFile: string): Layer {
  const info = statOrUndefined(dirOrFile);
  if (!info)
    throw new LexiconError(
      `lexicon: ${dirOrFile} does not exist: give a folder of .yaml, .yml or .json lexicon files`,
      { file: dirOrFile },
    );
  let paths: string[];
  if (info.isDirectory()) {
    paths = readdirSync(dirOrFile, { withFileTypes: true })
      .filter((e) => e.isFile() && DATA_EXTENSIONS.includes(extname(e.name).toLowerCase()))
      .map((e) => e.name)
      .sort()
      .map((f) => join(dirOrFile, f));
    if (paths.length === 0) {
      throw new LexiconError(
        `lexicon: ${dirOrFile} holds no .yaml, .yml or .json file: put the pack's data files in it (see README, "Lexicons")`,
        { file: dirOrFile },
      );
    }
  } else {
    if (!DATA_EXTENSIONS.includes(extname(dirOrFile).toLowerCase())) {
      throw new LexiconError(
        `lexicon: ${dirOrFile} is not a .yaml, .yml or .json file: give a folder of lexicon files`,
        { file: dirOrFile },
      );
    }
    paths = [dirOrFile];
  }
  return { files: paths.map((p) => parseFile(p, readBytes(p))) };
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new LexiconError(
      `lexicon: ${displayPath(path)} cannot be read (${(err as Error).message}): check that it is a readable file`,
      {
        file: displayPath(path),
      },
    );
  }
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function parseFile(path: string, bytes: Buffer): ParsedFile {
  const display = displayPath(path);
  const lines = new LineCounter();
  // JSON is YAML too, so one parser gives line numbers for both.
  const doc = parseDocument(bytes.toString("utf8"), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lines.linePos(syntax.pos[0]).line;
    const what = syntax.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "";
    throw new LexiconError(
      `lexicon: ${display} line ${line}: not valid YAML (${what}): check the indentation, quotes and brackets on that line and the one before`,
      { file: display, line },
    );
  }
  const raw: unknown = doc.toJS();
  if (raw === null || raw === undefined) {
    throw new LexiconError(
      `lexicon: ${display}: the file is empty: give at least one section, e.g. "people:" with a list of people`,
      { file: display },
    );
  }
  const file: ParsedFile = { display, bytes, data: {}, doc, lines };
  const parsed = lexiconFileSchema.safeParse(raw);
  if (!parsed.success) {
    // In the order of the file, so the first message is the first place to look.
    const all = parsed.error.issues
      .map((issue) => describeIssue(file, raw, issue))
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const problems = all.slice(0, 5);
    const more = all.length - problems.length;
    const first = problems[0];
    throw new LexiconError(
      problems.map((p) => p.text).join("\n") + (more > 0 ? `\n(and ${more} more problems in ${display})` : ""),
      {
        file: display,
        line: first?.line,
      },
    );
  }
  file.data = parsed.data;
  return file;
}

// ---- messages ------------------------------------------------------------------------------------

/** How to fix a field, by "section.field" or "*.field". */
const HINTS: Record<string, string> = {
  "*.id": 'give a short kebab-case id that stays stable, e.g. "jane-doe"',
  "*.label": "give the canonical name, as the graph should show it",
  "*.names": "give the list of names it goes by, e.g. [Ministry of Fisheries, Fisheries Ministry], or []",
  "countries.id": 'give the lower-case ISO 3166-1 alpha-2 code, e.g. "fr" ("eu" for the European Union)',
  "countries.demonyms": "give the adjectives and nouns of nationality, e.g. [French], or []",
  "countries.capitals":
    "give the seats of government that stand for the state in political sentences, e.g. [Paris], or []",
  "countryOverlay.id": 'give the id of a country the lexicon knows, e.g. "fr"',
  "countryOverlay.drop": "give the names, demonyms or capitals that do not stand for this country, e.g. [Victoria]",
  "people.country": 'give the ISO 3166-1 alpha-2 code of the state the person acts for, e.g. "fr"',
  "people.aliases":
    "give the list of other renderings (other scripts, transliterations), or []; a generator such as {plain-ascii: NAME} may stand among them",
  "people.roles": "give the roles held as text, e.g. [Fisheries Minister]",
  "people.leads": "give the ids of the bodies the person heads, e.g. [no-fisheries]",
  "people.memberOf": "give the ids of the bodies the person sits in, e.g. [no-government]",
  "agencies.country":
    'give the ISO 3166-1 alpha-2 code of the state the body belongs to, e.g. "fr"; leave it out for an international body',
  "agencies.function": 'give what the body does, e.g. "trade" or "fisheries", so that titles find it',
  "agencies.type": 'use "agency" (the default) or "organization"',
  "organizations.country": 'give the ISO 3166-1 alpha-2 code of its home country, e.g. "fr"',
  "titles.role": 'give the display name of the office, e.g. "Fisheries Minister"',
  "titles.function":
    'give the function of the body the holder heads or sits in, e.g. "trade" (the same word as the body\'s "function")',
  "titles.rank": 'use "head" when the holder leads the body, "member" when the holder sits in it',
  "titles.memberOf": "give the id of a body every holder also sits in, e.g. eu-commission",
  "titles.countries":
    "give the codes of the states that use this title, e.g. [no, is]; leave it out for a title used everywhere",
  "commodities.parent": 'give the id of a broader good it belongs to, e.g. "seafood"',
  "relatedFunctions.*": "give the list of functions to try after this one, in order, e.g. [trade, economy]",
};

function hintFor(section: string | undefined, field: string | undefined): string | undefined {
  if (section === "relatedFunctions") return HINTS["relatedFunctions.*"];
  if (field === undefined) return undefined;
  return HINTS[`${section}.${field}`] ?? HINTS[`*.${field}`];
}

type Path = readonly PropertyKey[];

/** "people[0] (id "jane-doe")" for an entry, or the section name. */
function entryLabel(raw: unknown, path: Path): string {
  const [section, index] = path;
  if (typeof section !== "string") return "";
  if (typeof index !== "number") return section;
  const entry = (raw as Record<string, unknown[]>)[section]?.[index];
  const rec = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>) : {};
  const key =
    typeof rec.id === "string" ? `id "${rec.id}"` : typeof rec.role === "string" ? `role "${rec.role}"` : undefined;
  return `${section}[${index}]${key ? ` (${key})` : ""}`;
}

/** `"aliases"[2]` for the part of a path below the entry. */
function fieldLabel(path: Path): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? `"${String(p)}"` : `."${String(p)}"`))
    .join("");
}

function valueAt(raw: unknown, path: Path): unknown {
  let v: unknown = raw;
  for (const p of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** The line of the deepest node of `path` that exists (the entry, when a field is missing). */
function lineOf(file: ParsedFile, path: Path, key?: string): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = file.doc.getIn(path.slice(0, n) as PropertyKey[], true) as
      { range?: [number, number, number] } | undefined;
    if (node && isMap(node) && key !== undefined && n === path.length) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      if (range) return file.lines.linePos(range[0]).line;
    }
    if (node?.range) return file.lines.linePos(node.range[0]).line;
  }
  return undefined;
}

function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `text "${v}"`;
  return `${typeof v} ${String(v)}`;
}

const EXPECTED: Record<string, string> = { array: "a list", string: "text", object: "a mapping", record: "a mapping" };

function describeIssue(
  file: ParsedFile,
  raw: unknown,
  issue: z.core.$ZodIssue,
): { text: string; line: number | undefined } {
  const path = issue.path;
  const section = typeof path[0] === "string" ? path[0] : undefined;
  const inEntry = typeof path[1] === "number";
  const below = path.slice(inEntry ? 2 : 1);
  const field = typeof below[0] === "string" ? below[0] : undefined;
  const hint = hintFor(section, field);
  const value = valueAt(raw, path);
  const what = below.length > 0 ? fieldLabel(below) : "the entry";
  let problem: string;
  let line = lineOf(file, path);

  // A generator among a person's aliases: whatever zod says of it, say what a generator looks like.
  if (section === "people" && below[0] === "aliases" && typeof below[1] === "number") {
    const item = valueAt(raw, path.slice(0, 4));
    if (issue.code === "invalid_union" || (typeof item === "object" && item !== null)) {
      const itemLine = lineOf(file, path.slice(0, 4));
      return {
        text: `lexicon: ${place(file.display, itemLine, entryLabel(raw, path))}: ${aliasProblem(fieldLabel(below.slice(0, 2)), item)}`,
        line: itemLine,
      };
    }
  }

  switch (issue.code) {
    case "invalid_type":
      if (path.length === 0) {
        problem = `the file must be a mapping of sections (${SECTION_NAMES.join(", ")}), not ${kindOf(value)}`;
      } else if (value === undefined) {
        problem = `${what} is required`;
      } else if (path.length === 1) {
        problem = `section "${String(section)}" must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
      } else {
        problem = `${what} must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
      }
      break;
    case "unrecognized_keys": {
      const key = issue.keys[0] ?? "";
      line = lineOf(file, path, key);
      if (path.length === 0) {
        problem = `unknown section "${key}"${didYouMean(key, SECTION_NAMES)}: the sections are ${SECTION_NAMES.join(", ")}`;
      } else {
        const fields = fieldsOf(section, below);
        problem = `unknown field "${key}"${didYouMean(key, fields)}: the fields here are ${fields.join(", ")}`;
      }
      break;
    }
    case "invalid_value":
      problem = `${what} is ${kindOf(value)}, not one of ${issue.values.map((v) => `"${String(v)}"`).join(", ")}`;
      break;
    case "too_small":
      problem = `${what} is empty`;
      break;
    case "invalid_format":
      problem = formatProblem(what, value, section, field);
      break;
    default:
      problem = `${what}: ${issue.message}`;
  }
  return {
    text: `lexicon: ${place(file.display, line, entryLabel(raw, path))}: ${problem}${hint ? `: ${hint}` : ""}`,
    line,
  };
}

function place(display: string, line: number | undefined, entry: string): string {
  return `${display}${line !== undefined ? ` line ${line}` : ""}${entry ? `, ${entry}` : ""}`;
}

function didYouMean(word: string, options: readonly string[]): string {
  if (options.length === 0) return "";
  const best = closest(word, [...options]);
  // closest() always answers; suggest only a word that is plausibly a typo of the one given.
  return distance(word.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(word.length / 3))
    ? ` (did you mean "${best}"?)`
    : "";
}

/** The fields an entry of `section` may have (from the schema), for an unknown-field message. */
function fieldsOf(section: string | undefined, below: Path): string[] {
  if (section === undefined || below.length > 0) return [];
  const schema = lexiconFileSchema.shape[section as SectionName];
  const element = (schema.unwrap() as unknown as { element?: { shape?: Record<string, unknown> } }).element;
  return Object.keys(element?.shape ?? {});
}

function formatProblem(what: string, value: unknown, section: string | undefined, field: string | undefined): string {
  const shown = kindOf(value);
  if (field === "id" && section !== "countries")
    return `${what} is ${shown}, not a kebab-case id (lower-case letters, digits and single hyphens)`;
  if (field === "id" || field === "country" || field === "countries")
    return `${what} is ${shown}, not a country id (two lower-case letters)`;
  if (field === "function" || section === "relatedFunctions")
    return `${what} is ${shown}, not a function name (lower-case words joined by hyphens)`;
  if (field === "leads" || field === "memberOf" || field === "parent")
    return `${what} is ${shown}, not an id (lower-case letters, digits and single hyphens)`;
  return `${what} is ${shown}, which has the wrong form`;
}

/** An alias that is neither a name nor a well-formed generator. */
function aliasProblem(what: string, value: unknown): string {
  const examples = GENERATOR_NAMES.map((g) => ALIAS_GENERATORS[g].example).join(" or ");
  const g = generatorOf(value);
  if (g === undefined) {
    if (typeof value === "string") return `${what} "${value}" has stray spaces (at an end or doubled): remove them`;
    return `${what} is ${kindOf(value)}: an alias is a name, or a generator such as ${examples}`;
  }
  const check = ALIAS_GENERATORS[g].schema.safeParse(value);
  const issue = check.success ? undefined : check.error.issues[0];
  const detail =
    issue?.code === "unrecognized_keys"
      ? `unknown key "${issue.keys[0] ?? ""}"`
      : issue && issue.path.length > 0
        ? `"${String(issue.path[0])}" must be a non-empty name`
        : "it is malformed";
  return `${what}: generator "${g}": ${detail}: write it as ${ALIAS_GENERATORS[g].example}`;
}

// ---- merging and cross-references ---------------------------------------------------------------

type IdSection = "countries" | "agencies" | "organizations" | "people" | "commodities" | "measures";
const ID_SECTIONS: readonly IdSection[] = [
  "countries",
  "agencies",
  "organizations",
  "people",
  "commodities",
  "measures",
];
type NameSection = "cities" | "venueHeads" | "ambiguousAgencyNames";
const NAME_SECTIONS: readonly NameSection[] = ["cities", "venueHeads", "ambiguousAgencyNames"];

interface Draft {
  countries: CountryEntry[];
  agencies: AgencyEntry[];
  ambiguousAgencyNames: string[];
  relatedFunctions: Record<string, string[]>;
  organizations: OrganizationEntry[];
  titles: TitleEntry[];
  people: PersonEntry[];
  commodities: CommodityEntry[];
  measures: MeasureKindEntry[];
  cities: string[];
  venueHeads: string[];
}

function titleKey(t: TitleEntry): string {
  return `${t.role}|${[...(t.countries ?? [])].sort().join(",")}`;
}

function keyOf(section: IdSection | "titles", entry: { id?: string } | TitleEntry): string {
  return section === "titles" ? titleKey(entry as TitleEntry) : (entry as { id: string }).id;
}

function describeKey(section: IdSection | "titles", entry: object): string {
  if (section !== "titles") return `id "${(entry as { id: string }).id}"`;
  const t = entry as TitleEntry;
  return `role "${t.role}"${t.countries ? ` for [${t.countries.join(", ")}]` : ""}`;
}

/** "packs/trade.yaml line 12, people[0] (id "jane-doe")", with the line of `field` when given. */
function originText(o: Origin, entry: object, field?: string): string {
  const line = lineOf(o.file, field === undefined ? [o.section, o.index] : [o.section, o.index, field]);
  const section = o.section as IdSection | "titles";
  return `${place(o.file.display, line, `${o.section}[${o.index}] (${describeKey(section, entry)})`)}`;
}

/** `layers` merged in order over `base` (a copy of it: the base itself is never changed). */
function mergeLayers(base: Lexicon | undefined, layers: Layer[], packs: readonly string[]): Lexicon {
  const draft: Draft = {
    countries: [...(base?.countries ?? [])],
    agencies: [...(base?.agencies ?? [])],
    ambiguousAgencyNames: [...(base?.ambiguousAgencyNames ?? [])],
    relatedFunctions: Object.fromEntries(Object.entries(base?.relatedFunctions ?? {}).map(([k, v]) => [k, [...v]])),
    organizations: [...(base?.organizations ?? [])],
    titles: [...(base?.titles ?? [])],
    people: [...(base?.people ?? [])],
    commodities: [...(base?.commodities ?? [])],
    measures: [...(base?.measures ?? [])],
    cities: [...(base?.cities ?? [])],
    venueHeads: [...(base?.venueHeads ?? [])],
  };
  // Where each entry comes from, for messages; entries of the base have none (they were checked when it was read).
  const origins = new Map<object, Origin>();
  // Where each key stands in its section, so a later layer replaces the entry in place.
  const positions = new Map<string, number>();
  for (const section of [...ID_SECTIONS, "titles"] as const) {
    (draft[section] as ({ id?: string } | TitleEntry)[]).forEach((e, i) =>
      positions.set(`${section}|${keyOf(section, e)}`, i),
    );
  }

  for (const layer of layers) {
    // Keys seen in this layer, to refuse a second definition within it.
    const seen = new Map<string, { origin: Origin; entry: object }>();
    for (const file of layer.files) {
      const data = file.data;
      for (const section of [...ID_SECTIONS, "titles"] as const) {
        const list = draft[section] as object[];
        for (const [index, written] of (data[section] ?? []).entries()) {
          const origin: Origin = { file, section, index };
          // Generators are expanded here, so every later step sees plain names; a country's label is
          // one of its names (the matcher reads only the names, so notCountryNames can take it out).
          const entry: { id?: string } | TitleEntry =
            section === "people"
              ? expandPerson(written as PersonFileEntry)
              : section === "countries"
                ? withLabelAmongNames(written as CountryEntry)
                : (written as { id?: string } | TitleEntry);
          const key = `${section}|${keyOf(section, entry)}`;
          const before = seen.get(key);
          if (before) {
            throw new LexiconError(
              `lexicon: ${originText(origin, entry)}: ${describeKey(section, entry)} is defined twice (also at ${originText(before.origin, before.entry)}): keep one of the two, or give this one its own ${section === "titles" ? "role or countries" : "id"}`,
              { file: file.display, line: lineOf(file, [section, index]) },
            );
          }
          seen.set(key, { origin, entry });
          origins.set(entry, origin);
          const at = positions.get(key);
          if (at === undefined) {
            positions.set(key, list.length);
            list.push(entry);
          } else list[at] = entry;
        }
      }
      for (const section of NAME_SECTIONS) {
        for (const n of data[section] ?? []) if (!draft[section].includes(n)) draft[section].push(n);
      }
      for (const [fn, related] of Object.entries(data.relatedFunctions ?? {})) draft.relatedFunctions[fn] = related;
    }
    applyCountryOverlay(draft, layer);
  }

  checkReferences(draft, origins);
  return {
    ...draft,
    packs: [...packs],
    ...(packs.length > 0 ? { packDigest: digest(layers) } : {}),
  };
}

/**
 * A layer's changes to countries, after its whole entries: each overlay entry changes the country of its
 * id; a string the layer gives a country (in a whole entry or an overlay) is taken from every other
 * country, so "Brussels" is the EU's and not Belgium's; then the layer's notCountryNames are taken from
 * every country, except where the layer itself gives them.
 */
function applyCountryOverlay(draft: Draft, layer: Layer): void {
  const at = new Map(draft.countries.map((c, i) => [c.id, i]));
  const given = new Map<string, { id: string; where: string }>();
  const give = (id: string, strings: readonly string[], where: string, file: ParsedFile, path: Path): void => {
    for (const s of strings) {
      const k = nameKey(s);
      const other = given.get(k);
      if (other && other.id !== id) {
        throw new LexiconError(
          `lexicon: ${place(file.display, lineOf(file, path), where)}: "${s}" is given to country "${id}" and to country "${other.id}" (${other.where}): a name stands for one country; keep it for one of them`,
          { file: file.display, line: lineOf(file, path) },
        );
      }
      given.set(k, { id, where });
    }
  };
  const seen = new Map<string, string>();
  for (const file of layer.files) {
    for (const [index, c] of (file.data.countries ?? []).entries()) {
      give(c.id, [c.label, ...c.names, ...c.demonyms, ...c.capitals], `countries[${index}] (id "${c.id}")`, file, [
        "countries",
        index,
      ]);
    }
    for (const [index, o] of (file.data.countryOverlay ?? []).entries()) {
      const where = `countryOverlay[${index}] (id "${o.id}")`;
      const line = lineOf(file, ["countryOverlay", index]);
      const before = seen.get(o.id);
      if (before) {
        throw new LexiconError(
          `lexicon: ${place(file.display, line, where)}: country "${o.id}" is changed twice (also at ${before}): merge the two`,
          { file: file.display, line },
        );
      }
      seen.set(o.id, place(file.display, line, where));
      const i = at.get(o.id);
      const country = i === undefined ? undefined : draft.countries[i];
      if (i === undefined || country === undefined) {
        throw new LexiconError(
          `lexicon: ${place(file.display, lineOf(file, ["countryOverlay", index, "id"]), where)}: no country has the id "${o.id}": use the lower-case ISO 3166-1 alpha-2 code of a state or territory, or add the country under "countries"`,
          { file: file.display, line },
        );
      }
      const dropped = new Set((o.drop ?? []).map(nameKey));
      const merge = (list: readonly string[], added: readonly string[] | undefined): string[] => {
        const out = list.filter((s) => !dropped.has(nameKey(s)));
        for (const s of added ?? []) if (!out.some((x) => nameKey(x) === nameKey(s))) out.push(s);
        return out;
      };
      draft.countries[i] = {
        ...country,
        label: o.label ?? country.label,
        names: merge(country.names, [...(o.label ? [o.label] : []), ...(o.names ?? [])]),
        demonyms: merge(country.demonyms, o.demonyms),
        capitals: merge(country.capitals, o.capitals),
      };
      give(
        o.id,
        [...(o.label ? [o.label] : []), ...(o.names ?? []), ...(o.demonyms ?? []), ...(o.capitals ?? [])],
        where,
        file,
        ["countryOverlay", index],
      );
    }
  }
  const banned = new Set(layer.files.flatMap((f) => f.data.notCountryNames ?? []).map(nameKey));
  if (given.size === 0 && banned.size === 0) return;
  draft.countries = draft.countries.map((c) => {
    const keep = (s: string): boolean => {
      const owner = given.get(nameKey(s));
      return owner ? owner.id === c.id : !banned.has(nameKey(s));
    };
    if ([...c.names, ...c.demonyms, ...c.capitals].every(keep)) return c;
    return { ...c, names: c.names.filter(keep), demonyms: c.demonyms.filter(keep), capitals: c.capitals.filter(keep) };
  });
}

function withLabelAmongNames(c: CountryEntry): CountryEntry {
  return c.names.some((n) => nameKey(n) === nameKey(c.label)) ? c : { ...c, names: [c.label, ...c.names] };
}

type PersonFileEntry = NonNullable<LexiconFile["people"]>[number];

function expandPerson(p: PersonFileEntry): PersonEntry {
  return { ...p, aliases: expandAliases(p.aliases) };
}

function digest(layers: Layer[]): string {
  const hash = createHash("sha256");
  for (const layer of layers) {
    for (const f of layer.files) {
      hash.update(`${basename(f.display)}\n`);
      hash.update(f.bytes);
    }
  }
  return hash.digest("hex").slice(0, 16);
}

function checkReferences(lex: Draft, origins: Map<object, Origin>): void {
  const countries = new Set(lex.countries.map((c) => c.id));
  const bodies = new Set([...lex.agencies.map((a) => a.id), ...lex.organizations.map((o) => o.id)]);
  const commodities = new Map(lex.commodities.map((c) => [c.id, c]));
  const fail = (section: IdSection | "titles", entry: object, field: string, problem: string, fix: string): never => {
    const o = origins.get(entry);
    // An entry of the base was checked when the base was read; a pack's change can still break it.
    const where = o
      ? originText(o, entry, field)
      : `${section} (${describeKey(section, entry)}) in the lexicon the packs extend`;
    throw new LexiconError(
      `lexicon: ${where}: "${field}" ${problem}: ${fix}`,
      o ? { file: o.file.display, line: lineOf(o.file, [o.section, o.index, field]) } : undefined,
    );
  };
  const country = (section: IdSection | "titles", entry: object, field: string, id: string | undefined): void => {
    if (id !== undefined && !countries.has(id)) {
      fail(
        section,
        entry,
        field,
        `names country "${id}", which no lexicon defines`,
        'use a lower-case ISO 3166-1 alpha-2 code such as "fr" (or "eu"), or add the country under "countries"',
      );
    }
  };
  for (const a of lex.agencies) country("agencies", a, "country", a.country);
  for (const o of lex.organizations) country("organizations", o, "country", o.country);
  for (const p of lex.people) {
    country("people", p, "country", p.country);
    for (const field of ["leads", "memberOf"] as const) {
      for (const b of p[field] ?? []) {
        if (!bodies.has(b))
          fail(
            "people",
            p,
            field,
            `names body "${b}", which is neither an agency nor an organization`,
            'give the id of an entry under "agencies" or "organizations", or add that body',
          );
      }
    }
  }
  for (const t of lex.titles) {
    for (const c of t.countries ?? []) country("titles", t, "countries", c);
    if (t.memberOf && !bodies.has(t.memberOf))
      fail("titles", t, "memberOf", `names body "${t.memberOf}", which is neither an agency nor an organization`, 'give the id of an entry under "agencies" or "organizations", or add that body');
  }
  // The entries just read first, so a cycle a pack makes is reported at the pack's entry.
  const goods = [...lex.commodities].sort((a, b) => Number(origins.has(b)) - Number(origins.has(a)));
  for (const c of goods) {
    const seen = new Set([c.id]);
    let parent = c.parent;
    while (parent !== undefined) {
      const p = commodities.get(parent);
      if (!p)
        fail(
          "commodities",
          c,
          "parent",
          `names commodity "${parent}", which no lexicon defines`,
          'give the id of an entry under "commodities", or leave "parent" out',
        );
      if (seen.has(parent))
        fail(
          "commodities",
          c,
          "parent",
          `makes a cycle (${[...seen, parent].join(" -> ")})`,
          "a good cannot be inside itself: point one of them at a broader good",
        );
      seen.add(parent);
      parent = p?.parent;
    }
  }
}
