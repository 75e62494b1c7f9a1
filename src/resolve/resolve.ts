// Resolution: the mentions and claims of every document become one entity per real-world thing.
//
// Most identity is settled by keys: lexicon entries (with every alias, transliteration and
// title variant) give canonical keys, capitals and demonyms in political use carry their
// country's key, and delegations are keyed by country. What is left here is corpus-level:
// a surname the document itself could not place ("Mr. Lutnick" in an article that never gives
// his first name) resolves to the one person of that surname named elsewhere in the corpus;
// and each entity gathers its aliases, roles, documents and evidence.

import { distance } from "fastest-levenshtein";
import { fold } from "../text/fold.ts";
import { knownNames, lexiconIndex } from "../extract/lexicon-index.ts";
import { isAdjective, isPastParticiple, sameAdjectiveSense } from "../lexicon/wordnet.ts";
import type { DerivedEntity, DocumentExtraction } from "../model/extraction.ts";
import type { Resolution, ResolvedClaim, ResolvedEntity } from "../model/resolution.ts";
import type { EntityType, Evidence } from "../model/types.ts";

export type { Resolution, ResolvedClaim, ResolvedEntity };

const UNRESOLVED = "person:?";

export function resolve(extractions: DocumentExtraction[]): Resolution {
  // Surnames known anywhere in the corpus, for the ones a document could not place.
  const bySurname = new Map<string, Set<string>>();
  for (const x of extractions) {
    for (const m of x.mentions) {
      if (m.type !== "person" || m.key.startsWith(UNRESOLVED) || !/\s/.test(m.text.trim())) continue;
      const parts = m.label.split(/\s+/);
      for (const s of [parts[0], parts[parts.length - 1]]) {
        if (!s) continue;
        const k = fold(s);
        bySurname.set(k, (bySurname.get(k) ?? new Set()).add(m.key));
      }
    }
  }
  const misspelt = misspellings(extractions);
  for (const [from, to] of particleVariants(extractions)) if (!misspelt.has(from)) misspelt.set(from, to);
  for (const [from, to] of corporateVariants(extractions)) if (!misspelt.has(from)) misspelt.set(from, to);
  for (const [from, to] of shortenedNames(extractions)) if (!misspelt.has(from)) misspelt.set(from, to);
  const rewrite = (key: string): string | undefined => {
    if (!key.startsWith(UNRESOLVED)) return misspelt.get(key) ?? key;
    const surname = key.slice(UNRESOLVED.length);
    let hits = bySurname.get(surname);
    // "Mr. Lutnik": one letter off the surname of someone the corpus names in full
    if (!hits && surname.length >= 5) {
      const near = [...bySurname.entries()].filter(([s]) => Math.abs(s.length - surname.length) <= 1 && distance(s, surname) === 1);
      if (near.length === 1) hits = near[0]?.[1];
    }
    const one = hits && hits.size === 1 ? [...hits][0] : undefined;
    return one ? (misspelt.get(one) ?? one) : undefined;
  };

  const acc = new Map<string, { types: Map<EntityType, number>; labels: Map<string, number>; lexLabel?: string; aliases: Set<string>; roles: Set<string>; country?: string; docs: Set<string>; mentions: number }>();
  const slot = (key: string) => {
    let s = acc.get(key);
    if (!s) {
      s = { types: new Map(), labels: new Map(), aliases: new Set(), roles: new Set(), docs: new Set(), mentions: 0 };
      acc.set(key, s);
    }
    return s;
  };

  // (the first record of an entity gives its type and label; every record may give a name)
  const derivedByKey = new Map<string, DerivedEntity>();
  const derivedAliases = new Map<string, Set<string>>();
  for (const x of extractions) {
    for (const d of x.derived) {
      if (!derivedByKey.has(d.key)) derivedByKey.set(d.key, d);
      if (d.alias) derivedAliases.set(d.key, (derivedAliases.get(d.key) ?? new Set()).add(d.alias));
    }
  }

  for (const x of extractions) {
    const inDoc = inDocument(x);
    for (const m of x.mentions) {
      const key = rewrite(inDoc.get(m.key) ?? m.key);
      if (!key) continue;
      const s = slot(key);
      s.types.set(m.type, (s.types.get(m.type) ?? 0) + 1);
      // (a bare name taken for an entity the article derived: that entity's own label)
      const derived = key !== m.key ? derivedByKey.get(key) : undefined;
      if (derived) s.lexLabel ??= derived.label;
      if (m.source.startsWith("lexicon:") || m.source === "delegation" || key !== m.key || m.label !== m.text) s.lexLabel ??= m.label;
      s.labels.set(m.label, (s.labels.get(m.label) ?? 0) + 1);
      // "the ministry" refers back to a body; it is no name of it (and would name every ministry)
      if (m.source !== "anaphor") s.aliases.add(m.text.replace(/\s+/g, " ").trim());
      if (m.role) s.roles.add(m.role.replace(/\s+/g, " "));
      if (m.country) s.country ??= m.country;
      s.docs.add(m.doc);
      s.mentions++;
    }
  }

  for (const [k, names] of derivedAliases) for (const a of names) acc.get(k)?.aliases.add(a);
  const claimAcc = new Map<string, ResolvedClaim>();
  for (const x of extractions) {
    const inDoc = inDocument(x);
    for (const c of x.claims) {
      const subject = rewrite(inDoc.get(c.subject) ?? c.subject);
      const object = rewrite(inDoc.get(c.object) ?? c.object);
      if (!subject || !object || subject === object) continue;
      const id = `${subject}|${c.predicate}|${object}`;
      const claim = claimAcc.get(id) ?? { subject, predicate: c.predicate, object, evidence: [] };
      const ev: Evidence = { ...c.evidence };
      if (c.speakerKey) {
        const sk = rewrite(c.speakerKey);
        const sp = sk ? acc.get(sk) : undefined;
        if (sp) ev.speaker = sp.lexLabel ?? topLabel(sp.labels);
      }
      if (!claim.evidence.some((e) => e.doc === ev.doc && e.start === ev.start && e.end === ev.end)) claim.evidence.push(ev);
      claimAcc.set(id, claim);
      for (const [k, docId, original] of [[subject, x.doc.id, c.subject], [object, x.doc.id, c.object]] as const) {
        if (!acc.has(k)) {
          const d = derivedByKey.get(k);
          if (!d) continue;
          const s = slot(k);
          s.types.set(d.type, 1);
          s.lexLabel = d.label;
          s.labels.set(d.label, 1);
          for (const a of derivedAliases.get(k) ?? []) s.aliases.add(a);
          if (d.country) s.country = d.country;
        }
        acc.get(k)?.docs.add(docId);
        // (a name the article gave what it said is the same: "ferrous scrap metal" for ferrous scrap)
        const merged = original !== k && inDoc.get(original) === k ? derivedByKey.get(original) : undefined;
        if (merged && merged.label !== acc.get(k)?.lexLabel) acc.get(k)?.aliases.add(merged.label);
      }
    }
  }

  const entities = new Map<string, ResolvedEntity>();
  for (const [key, s] of acc) {
    const type = [...s.types.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "organization";
    // a lexicon entry's own label wins over whatever spelling the articles used
    const label = knownNames(key)[0] ?? s.lexLabel ?? topLabel(s.labels);
    // every name it was seen by, and every unambiguous name the lexicons know it by; a known name in
    // a script with no Latin letter that no article used is kept apart ("习近平"): it is searchable,
    // but a reader (or a scorer) matching Latin names would read it as an empty name
    const known = knownNames(key).filter((a) => !s.aliases.has(a));
    const latin = (a: string): boolean => /\p{Script=Latin}/u.test(a);
    const aliases = [...new Set([...s.aliases, ...known.filter(latin)])].filter((a) => a !== label).sort();
    const otherScripts = [...new Set(known.filter((a) => !latin(a)))].sort();
    entities.set(key, {
      key,
      type,
      label,
      aliases,
      ...(otherScripts.length > 0 ? { otherScripts } : {}),
      roles: [...s.roles].sort(),
      ...(s.country ? { country: s.country } : {}),
      docs: [...s.docs].sort(),
      mentions: s.mentions,
    });
  }
  const claims = [...claimAcc.values()]
    .filter((c) => entities.has(c.subject) && entities.has(c.object))
    .map((c) => ({ ...c, evidence: c.evidence.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start)) }));
  return { entities, claims };
}

function topLabel(labels: Map<string, number>): string {
  return [...labels.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "";
}

/** A name as letters and single spaces: "Scott  Bessent." and "scott bessent" compare equal. */
const nameKey = (s: string): string =>
  fold(s)
    .replace(/[^a-z ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Names the lexicon does not know that are a letter or two off one it does, or off a name the
 * corpus spells the usual way ("Scott Bessant", "He Lifung"), when nothing says they are
 * different people (their countries, where known, agree). Short names need an exact match:
 * "Wang Yi" and "Wang Ye" are two people.
 */
/** What one article says is the same entity under two keys: its bodies, then its goods. */
function inDocument(x: DocumentExtraction): Map<string, string> {
  const out = qualifiedBodies(x);
  for (const [from, to] of sameGoods(x)) if (!out.has(from)) out.set(from, to);
  return out;
}

/**
 * Within one article, a good named with an adjective before it and without is one good: "thermal
 * coal" ... "the coal", "unprocessed wood" ... "wood", "live rock lobsters" ... "lobster"; so is one
 * named with "metal" after it ("ferrous scrap metal" ... "ferrous scrap"). The plain key maps to the
 * modified one it refers back to (named after it, with a determiner or a natural-state adjective); a
 * participle names what was made of the good, and a good of its own ("refined palm oil", "processed
 * cheese"). Two adjectives of one sense are one good ("raw
 * lithium ore", "unprocessed lithium ore", "lithium ore"); two of different senses set the goods apart
 * ("fresh" and "frozen" fish, "raw" and "refined" sugar) and nothing is merged. An origin is no
 * adjective of this kind ("Chinese steel" and "steel" stay apart: whose goods is what a measure is about).
 */
function sameGoods(x: DocumentExtraction): Map<string, string> {
  const keys = new Set<string>();
  // where each good is first named (a claim's evidence for one only a claim names)
  const first = new Map<string, number>();
  const seen = (k: string, at: number): void => {
    keys.add(k);
    first.set(k, Math.min(first.get(k) ?? Infinity, at));
  };
  for (const m of x.mentions) if (m.type === "commodity") seen(m.key, m.start);
  for (const d of x.derived) if (d.type === "commodity") keys.add(d.key);
  for (const c of x.claims) for (const k of [c.subject, c.object]) if (k.startsWith("commodity:")) seen(k, c.evidence.start);
  const PREFIX = "commodity:";
  // plain key -> the modifiers it is seen with, and the keys that carry them
  const variants = new Map<string, Map<string, string[]>>();
  for (const key of keys) {
    const slug = key.slice(PREFIX.length);
    const cut = slug.indexOf("-");
    const candidates: [string, string][] = [];
    if (cut > 0) candidates.push([slug.slice(0, cut), slug.slice(cut + 1)]);
    if (slug.endsWith("-metal")) candidates.push(["metal", slug.slice(0, -"-metal".length)]);
    for (const [modifier, written] of candidates) {
      // (a plural key of the plain good: "critical-minerals" for "unprocessed-critical-mineral")
      const plain = [written, `${written}s`, written.replace(/s$/, "")].find((k) => keys.has(PREFIX + k));
      if (plain === undefined || plain === slug) continue;
      // (not a participle of what was done to it: "refined palm oil" is not the palm oil it is made from)
      if (modifier !== "metal" && (!isAdjective(modifier) || isPastParticiple(modifier) || stateNamed(modifier) !== undefined)) continue;
      const byModifier = variants.get(plain) ?? new Map<string, string[]>();
      byModifier.set(modifier, [...(byModifier.get(modifier) ?? []), key]);
      variants.set(plain, byModifier);
    }
  }
  const out = new Map<string, string>();
  for (const [plain, byModifier] of variants) {
    const modifiers = [...byModifier.keys()].filter((m) => m !== "metal");
    if (modifiers.some((a) => modifiers.some((b) => a !== b && !sameAdjectiveSense(a, b)))) continue;
    // the plain name refers back to the modified one; synonymous modifiers are one good (the key seen first)
    const [target, ...rest] = [...byModifier.values()].flat().sort((a, b) => (first.get(a) ?? Infinity) - (first.get(b) ?? Infinity) || (a < b ? -1 : 1));
    if (target === undefined) continue;
    for (const k of rest) out.set(k, target);
    // (only a plain name after the modified one, "chicken products ... whole chickens ... boneless
    // cuts" names chicken first, and whole chickens are a kind of it; and only one that refers back,
    // "the coal", not "a 40% tariff on imports of vehicles" after electric vehicles)
    const refersBack = x.mentions.some((m) => m.key === PREFIX + plain && /(?:\b(?:the|this|these|that|those|such|its|their|our)|['’]s)\s+$/i.test(x.doc.text.slice(Math.max(0, m.start - 12), m.start)));
    // (a word of the good's natural state, "raw", "unprocessed", "live", or "metal" after it, makes
    // no other good: "raw lithium ore ... exports of lithium ore", "ferrous scrap metal ... ferrous scrap")
    const sameThing = [...byModifier.keys()].every((m) => m === "metal" || sameAdjectiveSense(m, "unprocessed") || sameAdjectiveSense(m, "alive"));
    if ((refersBack || sameThing) && (first.get(target) ?? Infinity) <= (first.get(PREFIX + plain) ?? Infinity)) out.set(PREFIX + plain, target);
  }
  // (a chain ends on its last plain key: "raw-scrap-metal" -> "scrap-metal" -> "scrap")
  for (const [from, to] of out) {
    let end = to;
    for (let n = 0; out.has(end) && n < 5; n++) end = out.get(end) as string;
    out.set(from, end);
  }
  return out;
}

/**
 * Within one article, a body named bare ("the Ministry of Agriculture and Livestock") is the one the
 * article named with its state before or after ("the Brazilian Ministry of Agriculture and
 * Livestock"): the bare key maps to the qualified one. Across articles a bare name stays ambiguous.
 */
function qualifiedBodies(x: DocumentExtraction): Map<string, string> {
  const bodies = x.mentions.filter((m) => m.type === "agency" || m.type === "organization");
  const out = new Map<string, string>();
  for (const bare of bodies) {
    if (out.has(bare.key)) continue;
    const qualified = bodies.filter((q) => {
      if (q.key === bare.key || !q.label.endsWith(` ${bare.label}`)) return false;
      const state = q.country ?? stateNamed(q.label.slice(0, -bare.label.length - 1));
      return state !== undefined && (bare.country === undefined || bare.country === state);
    });
    const keys = new Set(qualified.map((q) => q.key));
    if (keys.size === 1) out.set(bare.key, [...keys][0] as string);
  }
  // "Deputy Agriculture Minister X" (a ministry derived for Kazakhstan) ... "the Agriculture Ministry"
  // (a bare body of no state): the one ministry this article derived under that name
  for (const bare of bodies) {
    if (out.has(bare.key) || bare.country !== undefined) continue;
    const named = new Set(x.derived.filter((d) => d.type === "agency" && d.alias !== undefined && d.alias === bare.label).map((d) => d.key));
    if (named.size === 1) out.set(bare.key, [...named][0] as string);
  }
  return out;
}

/** Name particles a person's name is written with or without: "Mahathir bin Mohamad", "Mahathir Mohamad". */
const NAME_PARTICLES = new Set(["bin", "binti", "bte", "ibn", "bint"]);
const NAME_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/**
 * Keys of mentions whose names come to the same form (by `formOf`, undefined for mentions it does not
 * read) map to one of them: the shortest key, or with `longest` the longest.
 */
function nameVariants(extractions: DocumentExtraction[], formOf: (m: DocumentExtraction["mentions"][number]) => string | undefined, longest = false): Map<string, string> {
  const byForm = new Map<string, Set<string>>();
  for (const x of extractions) {
    for (const m of x.mentions) {
      const form = formOf(m);
      if (form !== undefined) byForm.set(form, (byForm.get(form) ?? new Set()).add(m.key));
    }
  }
  const out = new Map<string, string>();
  for (const keys of byForm.values()) {
    if (keys.size < 2) continue;
    const [target, ...rest] = [...keys].sort((a, b) => (longest ? b.length - a.length : a.length - b.length) || (a < b ? -1 : 1));
    for (const k of rest) out.set(k, target as string);
  }
  return out;
}

/** A person named with a particle and without it in the corpus is one person: the plainer key wins. */
function particleVariants(extractions: DocumentExtraction[]): Map<string, string> {
  return nameVariants(extractions, (m) => {
    if (m.type !== "person" || m.key.startsWith(UNRESOLVED)) return undefined;
    const words = fold(m.label).replace(/\./g, "").split(/\s+/);
    // without particles, middle initials and generational suffixes: "Ferdinand R. Marcos Jr."
    const plain = words.filter((w, i) => !NAME_PARTICLES.has(w) && !(i > 0 && w.length === 1) && !NAME_SUFFIXES.has(w)).join(" ");
    return plain.includes(" ") ? plain : undefined;
  });
}

/**
 * A person an article names in full and then by the first words of that name ("Mohd Khairuddin Aman
 * Razali" ... "Mohd Khairuddin"): one person, when one full name in the article starts so. Within one
 * article only: elsewhere the short name may be someone else's.
 */
function shortenedNames(extractions: DocumentExtraction[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const x of extractions) {
    const people = new Map<string, string[]>();
    for (const m of x.mentions) if (m.type === "person" && !m.key.startsWith(UNRESOLVED)) people.set(m.key, fold(m.label).split(/\s+/));
    for (const [key, words] of people) {
      if (words.length < 2) continue;
      const longer = [...people].filter(([k, w]) => k !== key && w.length > words.length && words.every((word, i) => w[i] === word));
      if (longer.length === 1) out.set(key, (longer[0] as [string, string[]])[0]);
    }
  }
  return out;
}

/** Corporate suffixes written short or in full: "China Energy Investment Corp" = "... Corporation". */
const CORPORATE_SUFFIXES = new Map([
  ["corporation", "corp"],
  ["company", "co"],
  ["incorporated", "inc"],
  ["limited", "ltd"],
]);
const SHORT_SUFFIXES = new Set(CORPORATE_SUFFIXES.values());

/** A company named with its suffix short and in full in the corpus is one company: the longer name wins. */
function corporateVariants(extractions: DocumentExtraction[]): Map<string, string> {
  return nameVariants(
    extractions,
    (m) => {
      if (m.type !== "organization" && m.type !== "agency") return undefined;
      const words = fold(m.label).replace(/[.,]/g, "").split(/\s+/);
      const last = words.at(-1) ?? "";
      if (words.length < 2 || !(CORPORATE_SUFFIXES.has(last) || SHORT_SUFFIXES.has(last))) return undefined;
      return [...words.slice(0, -1), CORPORATE_SUFFIXES.get(last) ?? last].join(" ");
    },
    true,
  );
}

/** The state a word names, as its name or demonym ("Brazilian", "Brazil's"), if any. */
function stateNamed(words: string): string | undefined {
  const w = fold(words.replace(/['’]s$/, ""));
  for (const c of lexiconIndex().countries.values()) {
    if ([c.label, ...c.names, ...c.demonyms].some((n) => fold(n) === w)) return c.id;
  }
  return undefined;
}

function misspellings(extractions: DocumentExtraction[]): Map<string, string> {
  const lex = lexiconIndex();
  const canonical = new Map<string, { key: string; country?: string }>();
  for (const p of lex.people.values()) {
    for (const n of [p.label, ...p.aliases]) canonical.set(nameKey(n), { key: `person:${p.id}`, country: p.country });
  }
  const unknown = new Map<string, { label: string; country?: string; count: number }>();
  for (const x of extractions) {
    for (const m of x.mentions) {
      if (m.type !== "person" || m.key.startsWith(UNRESOLVED) || lex.people.has(m.key.slice(7))) continue;
      const u = unknown.get(m.key) ?? { label: m.label, country: m.country, count: 0 };
      u.count++;
      u.country ??= m.country;
      unknown.set(m.key, u);
    }
  }
  // the commonest spelling of an unknown name is the canonical one for its rarer variants
  const byCount = [...unknown.entries()].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
  const out = new Map<string, string>();
  for (const [key, u] of byCount) {
    const name = nameKey(u.label);
    if (name.length < 8 || !name.includes(" ")) continue;
    const allowed = name.length >= 14 ? 2 : 1;
    let best: { key: string; d: number } | undefined;
    for (const [n, c] of canonical) {
      if (c.key === key || Math.abs(n.length - name.length) > allowed || n[0] !== name[0]) continue;
      if (u.country && c.country && u.country !== c.country) continue;
      const d = distance(n, name);
      if (d <= allowed && (!best || d < best.d)) best = { key: c.key, d };
    }
    if (best) out.set(key, best.key);
    else canonical.set(name, { key, country: u.country });
  }
  return out;
}
