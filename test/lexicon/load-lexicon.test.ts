// Reading lexicon data: our files load and validate (and the parsed copy kept between processes is the
// same lexicon), and a bad file is refused with a LexiconError that names the file, the line, the
// entry and what to change.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/model/errors.ts";
import { defaultLexicon, LexiconError, loadLexicon } from "../../src/lexicon/index.ts";
import { readDefaults } from "../../src/lexicon/load-lexicon.ts";

const root = mkdtempSync(join(tmpdir(), "newsgraph-lexicon-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let folders = 0;
/** A fresh folder holding the given files. */
function pack(files: Record<string, string>): string {
  const dir = join(root, `pack-${++folders}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function refusal(dir: string): LexiconError {
  try {
    loadLexicon({ packs: [dir] });
  } catch (err) {
    expect(err).toBeInstanceOf(LexiconError);
    expect(err).toBeInstanceOf(InvalidInputError);
    return err as LexiconError;
  }
  throw new Error(`expected ${dir} to be refused`);
}

describe("our data", () => {
  it("loads, with every section filled", () => {
    const lex = defaultLexicon();
    for (const section of [
      "countries",
      "agencies",
      "organizations",
      "titles",
      "people",
      "commodities",
      "measures",
      "cities",
      "venueHeads",
    ] as const) {
      expect(lex[section].length, section).toBeGreaterThan(0);
    }
    expect(Object.keys(lex.relatedFunctions).length).toBeGreaterThan(0);
    expect(lex.packs).toEqual([]);
  });

  it("is read once per process", () => {
    expect(defaultLexicon()).toBe(defaultLexicon());
    expect(loadLexicon()).toBe(defaultLexicon());
  });

  it("parsed afresh equals the copy kept between processes", () => {
    expect(JSON.parse(JSON.stringify(readDefaults({ cache: false })))).toEqual(
      JSON.parse(JSON.stringify(defaultLexicon())),
    );
  });
});

const PERSON = `people:
  - id: jane-doe
    label: Jane Doe
    country: fr
    aliases: []
`;

describe("a bad file is refused with its file, line, entry and the fix", () => {
  it.each([
    [
      "YAML syntax",
      "people:\n  - id: jane-doe\n   label: Jane Doe\n",
      ["trade.yaml line 3", "not valid YAML", "check the indentation"],
    ],
    [
      "a missing field",
      "# a pack\npeople:\n  - id: jane-doe\n    label: Jane Doe\n    aliases: []\n",
      [
        'trade.yaml line 3, people[0] (id "jane-doe"): "country" is required: give the ISO 3166-1 alpha-2 code of the state the person acts for, e.g. "fr"',
      ],
    ],
    [
      "a list given as text",
      "agencies:\n  - id: fr-fisheries\n    label: Ministry of Fisheries\n    names: Fisheries Ministry\n",
      [
        'trade.yaml line 4, agencies[0] (id "fr-fisheries"): "names" must be a list, not text "Fisheries Ministry"',
        "e.g. [Ministry of Fisheries",
      ],
    ],
    [
      "a number where a name belongs",
      "measures:\n  - id: quotas\n    label: quotas\n    names: [quotas, 232]\n",
      ['line 4, measures[0] (id "quotas"): "names"[1] must be text, not number 232'],
    ],
    [
      "an upper-case country code",
      PERSON.replace("country: fr", "country: FR"),
      ['line 4, people[0] (id "jane-doe"): "country" is text "FR", not a country id', 'e.g. "fr"'],
    ],
    [
      "a misspelt field",
      PERSON.replace("country: fr", "country: fr\n    contry: fr"),
      ['line 5, people[0] (id "jane-doe"): unknown field "contry" (did you mean "country"?)'],
    ],
    [
      "a misspelt section",
      PERSON.replace("people:", "peple:"),
      [
        'trade.yaml line 1: unknown section "peple" (did you mean "people"?): the sections are countries, countryOverlay, notCountryNames, agencies',
      ],
    ],
    [
      "a rank that is neither head nor member",
      "titles:\n  - {role: Fisheries Minister, function: fisheries, rank: boss, names: [Fisheries Minister]}\n",
      ['line 2, titles[0] (role "Fisheries Minister"): "rank" is text "boss", not one of "head", "member"'],
    ],
    [
      "an unknown alias generator",
      PERSON.replace("aliases: []", "aliases: [Jane Doe-Smith, {plain-asci: Jane Doé}]"),
      [
        'line 5, people[0] (id "jane-doe"): "aliases"[1] is a mapping: an alias is a name, or a generator such as {sino-vietnamese: Hà Lập Phong, pinyin-surname: He} or {plain-ascii: Maroš Šefčovič}',
      ],
    ],
    [
      "a generator with a misspelt key",
      PERSON.replace("aliases: []", "aliases: [{sino-vietnamese: Hà Lập Phong, pinyin: He}]"),
      [
        '"aliases"[0]: generator "sino-vietnamese": unknown key "pinyin": write it as {sino-vietnamese: Hà Lập Phong, pinyin-surname: He}',
      ],
    ],
    ["an empty file", "# nothing yet\n", ["trade.yaml: the file is empty"]],
    ["a list at the top", "- id: jane-doe\n", ["the file must be a mapping of sections", "not a list"]],
  ])("%s", (_case, text, expected) => {
    const err = refusal(pack({ "trade.yaml": text }));
    expect(err.message.startsWith("lexicon: ")).toBe(true);
    expect(err.message).toContain(join(root, `pack-${folders}`, "trade.yaml"));
    for (const e of expected) expect(err.message).toContain(e);
    expect(err.file).toContain("trade.yaml");
  });

  it.each([
    [
      "an unknown country id",
      "agencies:\n  - id: zz-fisheries\n    label: Fisheries Ministry\n    names: []\n    country: zz\n",
      [
        'line 5, agencies[0] (id "zz-fisheries"): "country" names country "zz", which no lexicon defines: use a lower-case ISO 3166-1 alpha-2 code',
      ],
    ],
    [
      "an unknown title country",
      "titles:\n  - {role: Fisheries Minister, function: fisheries, rank: head, countries: [no, xx], names: [Fisheries Minister]}\n",
      ['titles[0] (role "Fisheries Minister" for [no, xx]): "countries" names country "xx"'],
    ],
    [
      "an unknown body led",
      PERSON + "    leads: [fr-nowhere]\n",
      [
        'line 6, people[0] (id "jane-doe"): "leads" names body "fr-nowhere", which is neither an agency nor an organization',
      ],
    ],
    [
      "an unknown body a title's holders sit in",
      "titles:\n  - {role: Fisheries Commissioner, function: fisheries, rank: head, memberOf: fr-nowhere, names: [Fisheries Commissioner]}\n",
      ['titles[0] (role "Fisheries Commissioner"): "memberOf" names body "fr-nowhere", which is neither an agency nor an organization'],
    ],
    [
      "an unknown commodity parent",
      "commodities:\n  - {id: cod, label: cod, names: [cod], parent: whitefish}\n",
      ['commodities[0] (id "cod"): "parent" names commodity "whitefish"'],
    ],
    [
      "a cycle of parents",
      "commodities:\n  - {id: cod, label: cod, names: [cod], parent: whitefish}\n  - {id: whitefish, label: whitefish, names: [whitefish], parent: cod}\n",
      ['"parent" makes a cycle (cod -> whitefish -> cod)'],
    ],
    [
      "a duplicate id in one file",
      PERSON + "  - id: jane-doe\n    label: Jane Doe\n    country: gb\n    aliases: []\n",
      [
        'line 6, people[1] (id "jane-doe"): id "jane-doe" is defined twice (also at',
        'line 2, people[0] (id "jane-doe")',
      ],
    ],
  ])("%s", (_case, text, expected) => {
    const err = refusal(pack({ "trade.yaml": text }));
    for (const e of expected) expect(err.message).toContain(e);
  });

  it.each([
    [
      "an overlay for a country no lexicon has",
      "countryOverlay:\n  - id: zz\n    names: [Zedland]\n",
      ['trade.yaml line 2, countryOverlay[0] (id "zz"): no country has the id "zz"'],
    ],
    [
      "one name given to two countries",
      "countryOverlay:\n  - id: fr\n    names: [Gaul]\n  - id: it\n    names: [Gaul]\n",
      ['countryOverlay[1] (id "it"): "Gaul" is given to country "it" and to country "fr"'],
    ],
    [
      "the same country changed twice",
      "countryOverlay:\n  - id: fr\n    names: [Gaul]\n  - id: fr\n    names: [Hexagone]\n",
      ['line 4, countryOverlay[1] (id "fr"): country "fr" is changed twice'],
    ],
  ])("%s", (_case, text, expected) => {
    const err = refusal(pack({ "trade.yaml": text }));
    for (const e of expected) expect(err.message).toContain(e);
  });

  it("a duplicate id across two files of one pack", () => {
    const err = refusal(pack({ "a.yaml": PERSON, "b.yml": PERSON }));
    expect(err.message).toMatch(
      /b\.yml line 2, people\[0\] \(id "jane-doe"\): id "jane-doe" is defined twice \(also at .*a\.yaml line 2/,
    );
  });

  it.each([
    ["a folder that does not exist", () => join(root, "nowhere"), "does not exist"],
    ["a folder without data files", () => pack({ "notes.txt": "hello" }), "holds no .yaml, .yml or .json file"],
    [
      "a folder whose only .yaml is itself a folder",
      () => {
        const dir = pack({ "notes.txt": "hello" });
        mkdirSync(join(dir, "old.yaml"));
        return dir;
      },
      "holds no .yaml, .yml or .json file",
    ],
  ])("%s", (_case, dir, expected) => {
    expect(refusal(dir()).message).toContain(expected);
  });

  it("reads JSON too, with line numbers", () => {
    const err = refusal(
      pack({ "trade.json": '{"people": [\n  {"id": "jane-doe", "label": "Jane Doe", "aliases": []}\n]}\n' }),
    );
    expect(err.message).toContain('trade.json line 2, people[0] (id "jane-doe"): "country" is required');
  });
});
