// Laws of our lexicon data (src/lexicon/data): unique ids, resolving references, clean names, no accidental sharing of a
// name between entities, and a spot table of renderings the resolver relies on.

import { describe, it, expect } from "vitest";
import { defaultLexicon } from "../../src/lexicon/index.ts";

const {
  agencies: AGENCIES,
  ambiguousAgencyNames: AMBIGUOUS_AGENCY_NAMES,
  commodities: COMMODITIES,
  countries: COUNTRIES,
  measures: MEASURE_KINDS,
  organizations: ORGANIZATIONS,
  people: PEOPLE,
  relatedFunctions: RELATED_FUNCTIONS,
  titles: TITLES,
} = defaultLexicon();

// Words that must never be a name on their own (they would match everywhere).
const FUNCTION_WORDS = new Set(
  (
    "a an the and or but nor of in on at to for from by with as into onto over under about after " +
    "before between through during without within against among this that these those it its he she " +
    "they them his her their we us our you your i me my is are was were be been being has have had " +
    "do does did will would shall should can could may might must not no yes so if then than there " +
    "here who whom whose which what when where why how all any both each few more most other some " +
    "such only own same too very just also up down out off again further once new said says"
  ).split(" "),
);

/** Names of every entity-denoting entry (titles and verbs are not entities), keyed by owner. */
function entityNames(): Array<{ name: string; owner: string }> {
  const rows: Array<{ name: string; owner: string }> = [];
  for (const c of COUNTRIES) {
    for (const n of new Set([c.label, ...c.names, ...c.demonyms, ...c.capitals])) {
      rows.push({ name: n, owner: `country:${c.id}` });
    }
  }
  for (const a of AGENCIES) for (const n of new Set([a.label, ...a.names])) rows.push({ name: n, owner: `agency:${a.id}` });
  for (const o of ORGANIZATIONS) for (const n of new Set([o.label, ...o.names])) rows.push({ name: n, owner: `org:${o.id}` });
  for (const p of PEOPLE) for (const n of new Set([p.label, ...p.aliases])) rows.push({ name: n, owner: `person:${p.id}` });
  for (const c of COMMODITIES) for (const n of new Set([c.label, ...c.names])) rows.push({ name: n, owner: `commodity:${c.id}` });
  for (const m of MEASURE_KINDS) for (const n of new Set([m.label, ...m.names])) rows.push({ name: n, owner: `measure:${m.id}` });
  return rows;
}

function allNameLists(): Array<{ where: string; names: readonly string[] }> {
  return [
    // A country's abbreviation may also be its demonym ("U.S. officials"), so its lists are separate.
    ...COUNTRIES.flatMap((c) => [
      { where: `country:${c.id}:names`, names: c.names },
      { where: `country:${c.id}:demonyms`, names: c.demonyms },
      { where: `country:${c.id}:capitals`, names: c.capitals },
    ]),
    ...AGENCIES.map((a) => ({ where: `agency:${a.id}`, names: a.names })),
    ...ORGANIZATIONS.map((o) => ({ where: `org:${o.id}`, names: o.names })),
    ...PEOPLE.map((p) => ({ where: `person:${p.id}`, names: p.aliases })),
    ...COMMODITIES.map((c) => ({ where: `commodity:${c.id}`, names: c.names })),
    ...MEASURE_KINDS.map((m) => ({ where: `measure:${m.id}`, names: m.names })),
    ...TITLES.map((t) => ({ where: `title:${t.role}`, names: t.names })),
  ];
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

describe("lexicon ids", () => {
  it.each([
    ["countries", COUNTRIES.map((e) => e.id)],
    ["agencies", AGENCIES.map((e) => e.id)],
    ["organizations", ORGANIZATIONS.map((e) => e.id)],
    ["people", PEOPLE.map((e) => e.id)],
    ["commodities", COMMODITIES.map((e) => e.id)],
    ["measure kinds", MEASURE_KINDS.map((e) => e.id)],
  ])("%s have unique, kebab-case ids", (_file, ids) => {
    expect(duplicates(ids)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("country ids are two lower-case letters (ISO 3166-1 alpha-2, 'eu' for the Union)", () => {
    for (const c of COUNTRIES) expect(c.id).toMatch(/^[a-z]{2}$/);
  });

  it("agency ids of national bodies start with their country id", () => {
    for (const a of AGENCIES) if (a.country !== undefined) expect(a.id.startsWith(`${a.country}-`)).toBe(true);
  });
});

describe("lexicon references", () => {
  const countryIds = new Set(COUNTRIES.map((c) => c.id));
  const bodyIds = new Set([...AGENCIES.map((a) => a.id), ...ORGANIZATIONS.map((o) => o.id)]);
  const commodityIds = new Set(COMMODITIES.map((c) => c.id));

  it("every country reference resolves", () => {
    const refs = [
      ...AGENCIES.flatMap((a) => (a.country === undefined ? [] : [a.country])),
      ...ORGANIZATIONS.flatMap((o) => (o.country === undefined ? [] : [o.country])),
      ...PEOPLE.map((p) => p.country),
      ...TITLES.flatMap((t) => t.countries ?? []),
    ];
    expect(refs.filter((r) => !countryIds.has(r))).toEqual([]);
  });

  it("every leads/memberOf reference resolves to an agency (or, for executives, an organisation)", () => {
    const refs = PEOPLE.flatMap((p) => [...(p.leads ?? []), ...(p.memberOf ?? [])]);
    expect(refs.filter((r) => !bodyIds.has(r))).toEqual([]);
  });

  it("commodity parents resolve and form no cycle", () => {
    const parent = new Map(COMMODITIES.map((c) => [c.id, c.parent]));
    for (const c of COMMODITIES) {
      const seen = new Set<string>([c.id]);
      let p = c.parent;
      while (p !== undefined) {
        expect(commodityIds.has(p)).toBe(true);
        expect(seen.has(p)).toBe(false);
        seen.add(p);
        p = parent.get(p);
      }
    }
  });

  it("related functions name functions that bodies or titles use", () => {
    const used = new Set([
      ...AGENCIES.flatMap((a) => (a.function === undefined ? [] : [a.function])),
      ...TITLES.map((t) => t.function),
    ]);
    for (const [from, tos] of Object.entries(RELATED_FUNCTIONS)) {
      expect(used.has(from)).toBe(true);
      for (const to of tos) expect(used.has(to)).toBe(true);
    }
  });
});

describe("lexicon names", () => {
  it("no name is empty, padded or double-spaced, and none repeats within an entry", () => {
    for (const { where, names } of allNameLists()) {
      for (const n of names) {
        expect(n.trim(), where).toBe(n);
        expect(n.length, where).toBeGreaterThan(0);
        expect(n.includes("  "), `${where}: ${n}`).toBe(false);
      }
      expect(duplicates(names), where).toEqual([]);
    }
  });

  it("no name is a plain English function word (acronyms in capitals like 'US' are fine)", () => {
    const bad = allNameLists().flatMap(({ where, names }) =>
      names
        .filter((n) => FUNCTION_WORDS.has(n.toLowerCase()) && n !== n.toUpperCase())
        .map((n) => `${where}: ${n}`),
    );
    expect(bad).toEqual([]);
  });

  it("only agencies share names, and exactly the documented ambiguous body names", () => {
    const owners = new Map<string, Set<string>>();
    for (const { name, owner } of entityNames()) owners.set(name, (owners.get(name) ?? new Set()).add(owner));
    const shared = [...owners].filter(([, o]) => o.size > 1);
    const notAgencyOnly = shared.filter(([, o]) => [...o].some((x) => !x.startsWith("agency:")));
    expect(notAgencyOnly.map(([n, o]) => `${n}: ${[...o].join(", ")}`)).toEqual([]);
    expect(shared.map(([n]) => n).sort()).toEqual([...AMBIGUOUS_AGENCY_NAMES].sort());
  });

  it("a title name is shared only between entries for disjoint countries, with one general reading", () => {
    const byName = new Map<string, Array<readonly string[] | undefined>>();
    for (const t of TITLES) {
      for (const n of t.names) {
        const key = n.toLowerCase();
        byName.set(key, [...(byName.get(key) ?? []), t.countries]);
      }
    }
    for (const [name, scopes] of byName) {
      if (scopes.length < 2) continue;
      expect(scopes.filter((s) => s === undefined).length, name).toBeLessThanOrEqual(1);
      const countries = scopes.flatMap((s) => s ?? []);
      expect(duplicates(countries), name).toEqual([]);
    }
  });

  it("title variants are ordered longest first", () => {
    for (const t of TITLES) {
      const lengths = t.names.map((n) => n.length);
      expect(lengths, t.role).toEqual([...lengths].sort((a, b) => b - a));
    }
  });
});

describe("lexicon coverage", () => {
  const countryIds = new Set(COUNTRIES.map((c) => c.id));

  it.each([
    ["G20", "ar au br ca cn fr de in id it jp kr mx ru sa za tr gb us eu"],
    ["EU members", "at be bg hr cy cz dk ee fi fr de gr hu ie it lv lt lu mt nl pl pt ro sk si es se"],
    ["others named in the brief", "tw hk vn sg my th ph ch no"],
  ])("%s are all present", (_group, ids) => {
    expect(ids.split(" ").filter((id) => !countryIds.has(id))).toEqual([]);
  });

  it("has every state and territory of the world-countries dataset (about 250) and the EU", () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(246);
  });
});

describe("lexicon spot renderings", () => {
  const owner = new Map<string, string>();
  for (const { name, owner: o } of entityNames()) if (!owner.has(name)) owner.set(name, o);

  it.each([
    // Sino-Vietnamese and partial machine-translation renderings
    ["Tap Can Binh", "person:xi-jinping"],
    ["Tập Cận Bình", "person:xi-jinping"],
    ["习近平", "person:xi-jinping"],
    ["Hà Lập Phong", "person:he-lifeng"],
    ["Ha Lap Phong", "person:he-lifeng"],
    ["He Lap Phong", "person:he-lifeng"],
    ["Vương Văn Đào", "person:wang-wentao"],
    ["Vuong Van Dao", "person:wang-wentao"],
    ["Ly Thanh Cuong", "person:li-chenggang"],
    ["李成钢", "person:li-chenggang"],
    ["Ly Cuong", "person:li-qiang"],
    ["Vuong Nghi", "person:wang-yi"],
    ["Luu Hac", "person:liu-he"],
    ["Lý Khắc Cường", "person:li-keqiang"],
    ["Đinh Tiết Tường", "person:ding-xuexiang"],
    // Other scripts, orders and diacritics
    ["Maros Sefcovic", "person:maros-sefcovic"],
    ["Ishiba Shigeru", "person:shigeru-ishiba"],
    ["石破茂", "person:shigeru-ishiba"],
    ["Yoon Suk-yeol", "person:yoon-suk-yeol"],
    ["Pham Minh Chinh", "person:pham-minh-chinh"],
    ["Lan Foan", "person:lan-foan"],
    // Countries: abbreviations, demonyms, capitals
    ["U.S.", "country:us"],
    ["Washington", "country:us"],
    ["PRC", "country:cn"],
    ["Beijing", "country:cn"],
    ["Britain", "country:gb"],
    ["ROK", "country:kr"],
    ["Dutch", "country:nl"],
    ["The Hague", "country:nl"],
    ["Brussels", "country:eu"],
    ["Taipei", "country:tw"],
    // Agencies
    ["MOFCOM", "agency:cn-commerce"],
    ["Commerce Department", "agency:us-commerce"],
    ["FCDO", "agency:gb-foreign-office"],
    ["National Economic Council", "agency:us-nec"],
    ["METI", "agency:jp-meti"],
    ["MOTIE", "agency:kr-motie"],
    ["Court of International Trade", "agency:us-cit"],
    ["WTO", "agency:wto"],
    // Organisations
    ["CSIS", "org:csis"],
    ["Akin Gump", "org:akin-gump"],
    // Commodities and measures
    ["EDA", "commodity:chip-design-software"],
    ["jet engine parts", "commodity:jet-engine-parts"],
    ["advanced AI chips", "commodity:ai-chips"],
    ["export curbs", "measure:export-controls"],
    ["levies", "measure:tariffs"],
  ])("%s -> %s", (name, expected) => {
    expect(owner.get(name)).toBe(expected);
  });

  it.each([
    ["Ministry of Commerce", ["agency:cn-commerce", "agency:in-commerce"]],
    ["Foreign Ministry", ["agency:cn-foreign", "agency:jp-foreign"]],
    ["Treasury", ["agency:us-treasury", "agency:gb-treasury"]],
  ])("bare body name %s is listed for every country that has it", (name, expected) => {
    const owners = entityNames()
      .filter((r) => r.name === name)
      .map((r) => r.owner);
    for (const e of expected) expect(owners).toContain(e);
  });

  it.each([
    ["Deputy Prime Minister", "Vice Premier", "cn"],
    ["Secretary of Treasury", "Treasury Secretary", "us"],
    ["Chancellor", "Chancellor of the Exchequer", "gb"],
    ["Chancellor", "Chancellor", "de"],
    ["International Trade Negotiator", "China International Trade Representative", "cn"],
  ])("title %s reads as %s in country %s", (name, role, country) => {
    const hit = TITLES.find(
      (t) => t.countries?.includes(country) === true && t.names.some((n) => n.toLowerCase() === name.toLowerCase()),
    );
    expect(hit?.role).toBe(role);
  });
});
