// The repository's scorer on a graph small enough to count by hand: entity matching by label and
// alias after normalisation, triples followed through measures, negatives, furniture, duplicates,
// and the merging of per-article gold files.
import { describe, expect, it } from "vitest";
import { mergeGold, normName, scoreGraph } from "../../src/eval/score.ts";

const node = (key: string, type: string, label: string, aliases: string[] = []) => ({ key, attributes: { type, label, aliases } });
const edge = (source: string, type: string, target: string, doc = "501") => ({ source, target, attributes: { type, evidence: [{ doc }] } });

const graph = {
  nodes: [
    node("c:us", "country", "United States", ["Washington"]),
    node("c:cn", "country", "China"),
    node("g:soy", "commodity", "soybeans"),
    node("g:pork", "commodity", "pork"),
    node("m:1", "measure", "tariff on soybeans"),
    node("p:1", "person", "Mr. Smith"),
    node("p:2", "person", "John Smith"),
    node("x:1", "agency", "Sign up"),
  ],
  edges: [
    edge("c:cn", "imposes", "m:1"),
    edge("m:1", "restricts", "g:soy"),
    edge("c:us", "demands-lift", "m:1"),
    edge("c:us", "restricts", "g:pork"),
  ],
};
const gold = {
  entities: [
    { id: "us", type: "country", names: ["United States", "U.S."] },
    { id: "cn", type: "country", names: ["China", "Beijing"] },
    { id: "soybean", type: "commodity", names: ["soybeans", "soybean"] },
    { id: "john-smith", type: "person", names: ["John Smith", "Mr Smith"] },
    { id: "pork", type: "commodity", names: ["pork"] },
    { id: "chicken", type: "commodity", names: ["chicken"] },
  ],
  triples: [
    { s: ["cn"], p: ["restricts"], o: ["soybean"], docs: ["501"] },
    { s: ["us"], p: ["demands-lift"], o: ["soybean"], docs: ["502"] },
    { s: ["cn"], p: ["restricts"], o: ["chicken"], docs: ["501"] },
  ],
  negatives: [{ s: ["us"], p: ["restricts"], o: ["pork"], why: "role reversal" }],
  forbidden: ["Sign up"],
};

describe("scoreGraph", () => {
  const { score, detail } = scoreGraph(graph, gold);

  it("matches entities by normalised label or alias and counts a second node for one entity as a duplicate", () => {
    expect(normName("The U.S.'s")).toBe("u s");
    expect(score.entity_recall).toBe(0.833); // chicken is missing
    expect(detail.missedEntities).toEqual(["chicken"]);
    expect(score.duplicate_entities).toBe(1);
    expect(detail.duplicates).toEqual({ "john-smith": ["Mr. Smith", "John Smith"] });
  });

  it("follows imposes and demands-lift through the measure to the goods", () => {
    expect(score.triple_recall).toBe(0.667);
    expect(detail.missedTriples.map((t) => t.o[0])).toEqual(["chicken"]);
    // the demands-lift hit is in 501, the gold says 502: a hit without the right provenance
    expect(score.provenance_ok).toBe("1/2");
  });

  it("counts a produced negative, a false triple and a furniture node", () => {
    expect(score.negatives_produced).toBe(1);
    expect(detail.falseTriples).toEqual([["us", "restricts", "pork"]]);
    expect(score.triple_precision).toBe(0.667);
    expect(score.boilerplate_nodes).toBe(1);
    // the scored node types are person, agency, country and commodity: 7 here, 6 matched
    expect(score.entity_precision).toBe(0.857);
  });
});

describe("mergeGold", () => {
  it("unions the names of one id across articles and keeps it required if any article requires it", () => {
    const merged = mergeGold([
      { name: "501", gold: { entities: [{ id: "us", type: "country", names: ["United States"] }], triples: [] } },
      { name: "502", gold: { entities: [], optional: [{ id: "us", type: "country", names: ["Washington"] }], triples: [] } },
    ]);
    expect(merged.entities).toEqual([{ id: "us", type: "country", names: ["United States", "Washington"] }]);
    expect(merged.optional).toEqual([]);
  });

  it("refuses one id typed two ways", () => {
    expect(() =>
      mergeGold([
        { name: "501", gold: { entities: [{ id: "x", type: "country", names: ["X"] }], triples: [] } },
        { name: "502", gold: { entities: [{ id: "x", type: "agency", names: ["X"] }], triples: [] } },
      ]),
    ).toThrow(/502: entity "x" is typed agency here but country in 501/);
  });
});
