// Lexicon packs: a user's folder of data files merged over ours (`--lexicon DIR`). The merge rule, a
// build that finds a pack's minister, ministry and goods, no pack outliving its build, and a malformed
// pack refused by the CLI with exit status 2 before any article is read.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { lexiconIndex } from "../../src/extract/lexicon-index.ts";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { pipelineFingerprint } from "../../src/graph/fingerprint.ts";
import { readCorpus } from "../../src/ingest/index.ts";
import { activeLexicon, defaultLexicon, loadLexicon, resetLexicon, useLexicon } from "../../src/lexicon/index.ts";
import { main } from "../../src/cli/main.ts";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "newsgraph-packs-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => resetLexicon());

let folders = 0;
function folder(files: Record<string, string>): string {
  const dir = join(root, `dir-${++folders}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

// One file holding a whole pack for a dispute the seeds do not cover: a Norwegian fisheries minister,
// her ministry and the fish at stake. The title carries the function and country that lead from
// "Fisheries Minister X" to the ministry; her `leads` is kept for the record (edges need a sentence).
const FISHERIES_PACK = `# North Atlantic mackerel dispute
people:
  - id: marit-solheim
    label: Marit Solheim
    country: "no"   # quoted: a YAML 1.1 reader would take a bare no for false
    aliases: []
    roles: [Fisheries Minister]
    leads: [no-fisheries]
titles:
  - role: Fisheries Minister
    function: fisheries
    rank: head
    countries: ["no"]
    names: [Minister of Fisheries and Ocean Policy, Minister of Fisheries, Fisheries Minister]
agencies:
  - id: no-fisheries
    label: Ministry of Fisheries and Ocean Policy
    country: "no"
    function: fisheries
    names: [Ministry of Fisheries and Ocean Policy, Fisheries Ministry]
commodities:
  - id: mackerel
    label: mackerel
    parent: seafood
    names: [Atlantic mackerel, mackerel]
`;

const ARTICLE = `Norway threatens curbs on mackerel in quota row

OSLO, March 3 - Norway's Fisheries Minister Marit Solheim said on Monday that Norway would impose export controls on mackerel if the coastal states failed to agree on quotas for the stock.

The talks on sharing the catch broke down last month, Solheim said.
`;

function articles(): string {
  return folder({ "mackerel-row.txt": ARTICLE });
}

describe("the merge rule", () => {
  const person = (id: string, country: string, alias: string): string =>
    `people:\n  - {id: ${id}, label: ${id}, country: ${country}, aliases: [${alias}]}\n`;

  it("an id already known replaces that entry where it stands; a new id is added at the end", () => {
    const base = defaultLexicon();
    const at = base.people.findIndex((p) => p.id === "jamieson-greer");
    const lex = loadLexicon({
      packs: [
        folder({
          "p.yaml":
            person("jamieson-greer", "us", "JG") +
            "  - {id: new-person, label: New Person, country: fr, aliases: []}\n",
        }),
      ],
    });
    expect(lex.people[at]).toEqual({ id: "jamieson-greer", label: "jamieson-greer", country: "us", aliases: ["JG"] });
    expect(lex.people.length).toBe(base.people.length + 1);
    expect(lex.people.at(-1)?.id).toBe("new-person");
    // the defaults themselves are untouched
    expect(base.people[at]?.label).toBe("Jamieson Greer");
    expect(defaultLexicon()).toBe(base);
  });

  it("a later pack wins over an earlier one", () => {
    const a = folder({ "p.yaml": person("pack-person", "fr", "A") });
    const b = folder({ "p.yaml": person("pack-person", "de", "B") });
    expect(loadLexicon({ packs: [a, b] }).people.find((p) => p.id === "pack-person")?.country).toBe("de");
    expect(loadLexicon({ packs: [b, a] }).people.find((p) => p.id === "pack-person")?.country).toBe("fr");
  });

  it("titles are known by role and countries; relatedFunctions by function; name lists only grow", () => {
    const base = defaultLexicon();
    const lex = loadLexicon({
      packs: [
        folder({
          "t.yaml": [
            "titles:",
            // the same role and countries as ours: replaces it
            "  - {role: Chancellor, function: head-of-government, rank: head, countries: [de, at], names: [Bundeskanzler, Chancellor]}",
            // the same role elsewhere: a title of its own
            "  - {role: Chancellor, function: finance, rank: head, countries: [ch], names: [Chancellor]}",
            "relatedFunctions:",
            "  fisheries: [agriculture, trade]",
            "  treasury: [finance, economy]",
            "cities: [Tromsø, Geneva]",
          ].join("\n"),
        }),
      ],
    });
    const chancellors = lex.titles.filter((t) => t.role === "Chancellor");
    expect(chancellors.find((t) => t.countries?.includes("de"))?.names).toEqual(["Bundeskanzler", "Chancellor"]);
    expect(chancellors.find((t) => t.countries?.includes("ch"))?.function).toBe("finance");
    expect(lex.titles.length).toBe(base.titles.length + 1);
    expect(lex.relatedFunctions.fisheries).toEqual(["agriculture", "trade"]);
    expect(lex.relatedFunctions.treasury).toEqual(["finance", "economy"]);
    expect(lex.relatedFunctions.commerce).toEqual(base.relatedFunctions.commerce);
    expect(lex.cities.filter((c) => c === "Geneva")).toHaveLength(1);
    expect(lex.cities.at(-1)).toBe("Tromsø");
  });

  it("a pack's countryOverlay changes a country; a name it gives is taken from any other; notCountryNames takes names away", () => {
    const lex = loadLexicon({
      packs: [
        folder({
          "c.yaml":
            "countryOverlay:\n  - id: ge\n    names: [Georgia]\n  - id: be\n    capitals: [Brussels]\nnotCountryNames: [Holland]\n",
        }),
      ],
    });
    const country = (id: string) => lex.countries.find((c) => c.id === id);
    expect(country("ge")?.names).toContain("Georgia");
    expect(country("be")?.capitals).toEqual(["Brussels"]);
    expect(country("eu")?.capitals).not.toContain("Brussels");
    expect(country("nl")?.names).not.toContain("Holland");
    expect(defaultLexicon().countries.find((c) => c.id === "nl")?.names).toContain("Holland");
  });

  it("a pack may refer to our countries, bodies and goods", () => {
    const lex = loadLexicon({ packs: [folder({ "pack.yaml": FISHERIES_PACK })] });
    expect(lex.people.find((p) => p.id === "marit-solheim")?.country).toBe("no");
    expect(lex.commodities.find((c) => c.id === "mackerel")?.parent).toBe("seafood");
    expect(lex.packs).toHaveLength(1);
    expect(lex.packDigest).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("the lexicon in use", () => {
  it("is the defaults unless chosen, and can be put back", () => {
    expect(activeLexicon()).toBe(defaultLexicon());
    const pack = loadLexicon({ packs: [folder({ "pack.yaml": FISHERIES_PACK })] });
    const previous = useLexicon(pack);
    expect(previous).toBeUndefined();
    expect(lexiconIndex().agencies.has("no-fisheries")).toBe(true);
    // extraction's view of related functions follows the lexicon in use
    expect(Object.keys(lexiconIndex().relatedFunctions)).toEqual(Object.keys(pack.relatedFunctions));
    resetLexicon();
    expect(lexiconIndex().agencies.has("no-fisheries")).toBe(false);
  });
});

describe("a build with a pack", () => {
  it("finds the pack's minister, her ministry and the goods, and she leads the ministry", async () => {
    const lexicon = loadLexicon({ packs: [folder({ "pack.yaml": FISHERIES_PACK })] });
    const { documents } = await readCorpus([articles()]);
    const graph = await buildGraph(documents, { lexicon, layout: false });
    expect(graph.getNodeAttribute("person:marit-solheim", "type")).toBe("person");
    expect(graph.getNodeAttribute("agency:no-fisheries", "label")).toBe("Ministry of Fisheries and Ocean Policy");
    expect(graph.getNodeAttribute("commodity:mackerel", "type")).toBe("commodity");
    expect(graph.hasEdge("person:marit-solheim|leads|agency:no-fisheries")).toBe(true);
    expect(graph.getAttribute("pipeline")).toBe(await pipelineFingerprint(lexicon));
    expect(graph.getAttribute("pipeline")).not.toBe(await pipelineFingerprint());

    // The pack does not outlive the build. Without it, the title still says she heads Norway's
    // fisheries ministry, which then has only the generic name a title gives; the pack's own name
    // for it is gone. Mackerel it still finds, as the object of the ban: WordNet says it is a fish.
    expect(activeLexicon()).toBe(defaultLexicon());
    const plain = await buildGraph(documents, { layout: false });
    expect(plain.getNodeAttribute("agency:no-fisheries", "label")).toBe("Ministry of Fisheries (Norway)");
    expect(plain.getNodeAttribute("commodity:mackerel", "type")).toBe("commodity");
  });
});

describe("newsgraph build --lexicon", () => {
  let err: string[];
  beforeEach(() => {
    err = [];
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    vi.spyOn(process.stderr, "write").mockImplementation(
      (chunk: string | Uint8Array) => (err.push(String(chunk)), true),
    );
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void err.push(`${args.join(" ")}\n`));
  });
  afterEach(() => vi.restoreAllMocks());

  const build = (...args: string[]): Promise<number> => main(["node", "newsgraph", "build", ...args]);

  it("builds with the pack (two packs may be given)", async () => {
    const out = join(root, `graph-${++folders}.json`);
    const extra = folder({
      "extra.yml": "commodities:\n  - {id: herring, label: herring, parent: seafood, names: [herring]}\n",
    });
    const code = await build(
      articles(),
      "--out",
      out,
      "--quiet",
      "--lexicon",
      folder({ "pack.yaml": FISHERIES_PACK }),
      "--lexicon",
      extra,
    );
    expect(err.join("")).toBe("");
    expect(code).toBe(0);
    const graph = JSON.parse(readFileSync(out, "utf8")) as { nodes: { key: string }[]; edges: { key: string }[] };
    const keys = graph.nodes.map((n) => n.key);
    expect(keys).toEqual(expect.arrayContaining(["person:marit-solheim", "agency:no-fisheries", "commodity:mackerel"]));
    expect(graph.edges.map((e) => e.key)).toContain("person:marit-solheim|leads|agency:no-fisheries");
  });

  it.each([
    ["bad YAML syntax", "people:\n  - id: marit\n   label: Marit\n", ["pack.yaml line 3", "not valid YAML"]],
    [
      "a missing field",
      FISHERIES_PACK.replace('    country: "no"   # quoted: a YAML 1.1 reader would take a bare no for false\n', ""),
      ['pack.yaml line 3, people[0] (id "marit-solheim"): "country" is required'],
    ],
    [
      "a wrong type",
      FISHERIES_PACK.replace("names: [Atlantic mackerel, mackerel]", "names: mackerel"),
      ['commodities[0] (id "mackerel"): "names" must be a list, not text "mackerel"'],
    ],
    [
      "an unknown country id",
      FISHERIES_PACK.replace('countries: ["no"]', "countries: [nw]"),
      [
        'pack.yaml line 13, titles[0] (role "Fisheries Minister" for [nw]): "countries" names country "nw", which no lexicon defines',
      ],
    ],
    [
      "a duplicate id",
      FISHERIES_PACK + "  - {id: mackerel, label: mackerel, names: [mackerel]}\n",
      ['pack.yaml line 26, commodities[1] (id "mackerel"): id "mackerel" is defined twice'],
    ],
  ])(
    "refuses a pack with %s: exit 2, naming file, entry and problem, before any article is read",
    async (_case, text, expected) => {
      const pack = folder({ "pack.yaml": text });
      const out = join(root, `graph-${++folders}.json`);
      // The articles do not exist: were they read first, the build would fail with 1 ("no articles").
      const code = await build(join(root, "no-such-articles"), "--out", out, "--lexicon", pack);
      expect(code).toBe(2);
      const stderr = err.join("");
      expect(stderr).toContain(`error: lexicon: ${join(pack, "pack.yaml")}`);
      for (const e of expected) expect(stderr).toContain(e);
      expect(stderr).not.toContain("no articles");
    },
  );
});

describe("newsgraph start --lexicon", () => {
  it("rebuilds a graph made without the pack, and keeps one made with it", async () => {
    const { buildGraphFile, graphIsStale } = await import("../../src/cli/commands/start.ts");
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const seeds = articles();
    const graphFile = join(root, `graph-${++folders}.json`);
    const lexicon = loadLexicon({ packs: [folder({ "pack.yaml": FISHERIES_PACK })] });
    await buildGraphFile(seeds, graphFile);
    expect(await graphIsStale(graphFile, seeds)).toBe(false);
    expect(await graphIsStale(graphFile, seeds, lexicon)).toBe(true);
    await buildGraphFile(seeds, graphFile, lexicon);
    expect(await graphIsStale(graphFile, seeds, lexicon)).toBe(false);
    expect(await graphIsStale(graphFile, seeds)).toBe(true);
    expect(readFileSync(graphFile, "utf8")).toContain("agency:no-fisheries");
    vi.restoreAllMocks();
  });
});

describe("the CLI as a subprocess", () => {
  const run = promisify(execFile);
  const cli = join(repoRoot, "bin", "newsgraph.js");

  it("node bin/newsgraph.js build ... --lexicon DIR", { timeout: 60_000 }, async () => {
    const out = join(root, `graph-${++folders}.json`);
    await run(
      process.execPath,
      [cli, "build", articles(), "--out", out, "--quiet", "--lexicon", folder({ "pack.yaml": FISHERIES_PACK })],
      { cwd: repoRoot },
    );
    const graph = JSON.parse(readFileSync(out, "utf8")) as { edges: { key: string }[] };
    expect(graph.edges.map((e) => e.key)).toContain("person:marit-solheim|leads|agency:no-fisheries");
  });

  it("exits 2 on a malformed pack", { timeout: 60_000 }, async () => {
    const pack = folder({ "pack.yaml": FISHERIES_PACK.replace("rank: head", "rank: chief") });
    const failed = await run(
      process.execPath,
      [cli, "build", articles(), "--out", join(root, "never.json"), "--lexicon", pack],
      { cwd: repoRoot },
    ).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toContain(
      'pack.yaml line 12, titles[0] (role "Fisheries Minister"): "rank" is text "chief", not one of "head", "member"',
    );
  });
});
