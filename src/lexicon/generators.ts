// Alias generators: renderings of a name that follow from a rule rather than from research, declared in
// the data where they apply and expanded here when a lexicon is loaded. A person's `aliases` may hold,
// among plain names, one-key mappings that name a generator:
//
//   aliases: [何立峰, {sino-vietnamese: Hà Lập Phong, pinyin-surname: He}]
//   aliases: [Joerg Kukies, {plain-ascii: Jörg Kukies}]
//
// Each expands in place, so the order of the names is the order written. Adding a generator means
// adding an entry to ALIAS_GENERATORS (its schema, its expansion, an example for error messages).

import { z } from "zod";
import { stripMarks } from "../text/fold.ts";

/** Removes Vietnamese (and other Latin) diacritics: "Hà Lập Phong" -> "Ha Lap Phong" (text/fold.ts). */
export const stripDiacritics = stripMarks;

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

const generatorArg = z.string().min(1);

/**
 * Sino-Vietnamese renderings of a Chinese name, as Vietnamese media and their machine translations
 * write it: the Vietnamese form, the same without diacritics and, when `pinyin-surname` is given,
 * the partial form machine translation produces by keeping the pinyin surname ("He Lap Phong" for
 * He Lifeng). Taiwanese names get no partial form: their romanised surnames rarely survive translation.
 */
const sinoVietnameseSchema = z.strictObject({
  "sino-vietnamese": generatorArg,
  "pinyin-surname": generatorArg.optional(),
});

/** The plain-ASCII form of a name written with diacritics ("Maroš Šefčovič" -> "Maros Sefcovic"), if it differs. */
const plainAsciiSchema = z.strictObject({ "plain-ascii": generatorArg });

export type SinoVietnamese = z.infer<typeof sinoVietnameseSchema>;
export type PlainAscii = z.infer<typeof plainAsciiSchema>;
export type AliasGenerator = SinoVietnamese | PlainAscii;

function sinoVietnamese(args: SinoVietnamese): string[] {
  const vietnamese = args["sino-vietnamese"];
  const plain = stripDiacritics(vietnamese);
  const given = plain.split(" ").slice(1).join(" ");
  const surname = args["pinyin-surname"];
  const partial = surname === undefined ? [] : [`${surname} ${given}`];
  return unique([vietnamese, plain, ...partial]);
}

function plainAscii(args: PlainAscii): string[] {
  const name = args["plain-ascii"];
  const plain = stripDiacritics(name);
  // The name itself is the label or another alias already; only its plain form is new.
  return plain === name ? [] : [plain];
}

/** The generators by the key that names them, with what an error message shows as an example. */
export const ALIAS_GENERATORS = {
  "sino-vietnamese": {
    schema: sinoVietnameseSchema,
    expand: (g: AliasGenerator) => sinoVietnamese(g as SinoVietnamese),
    example: "{sino-vietnamese: Hà Lập Phong, pinyin-surname: He}",
  },
  "plain-ascii": {
    schema: plainAsciiSchema,
    expand: (g: AliasGenerator) => plainAscii(g as PlainAscii),
    example: "{plain-ascii: Maroš Šefčovič}",
  },
} as const;

export type GeneratorName = keyof typeof ALIAS_GENERATORS;
export const GENERATOR_NAMES = Object.keys(ALIAS_GENERATORS) as GeneratorName[];

export const generatorSchemas = [sinoVietnameseSchema, plainAsciiSchema] as const;

/** The generator an alias item names (its first key), if any. */
export function generatorOf(item: unknown): GeneratorName | undefined {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return undefined;
  return GENERATOR_NAMES.find((g) => g in item);
}

/** A list of names and generators as the plain names it stands for, in order. */
export function expandAliases(items: readonly (string | AliasGenerator)[]): string[] {
  return items.flatMap((item) => {
    if (typeof item === "string") return [item];
    const g = generatorOf(item);
    if (g === undefined) throw new Error(`lexicon: unknown alias generator ${JSON.stringify(item)}`);
    return ALIAS_GENERATORS[g].expand(item);
  });
}
