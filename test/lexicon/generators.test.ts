// Alias generators expand where they stand, to exactly the renderings the rule gives.
import { describe, expect, it } from "vitest";
import { expandAliases, stripDiacritics } from "../../src/lexicon/index.ts";

describe("alias generators", () => {
  it.each([
    // the Vietnamese form, the same without diacritics, and the pinyin surname with the plain given name
    [{ "sino-vietnamese": "Hà Lập Phong", "pinyin-surname": "He" }, ["Hà Lập Phong", "Ha Lap Phong", "He Lap Phong"]],
    [
      { "sino-vietnamese": "Vương Văn Đào", "pinyin-surname": "Wang" },
      ["Vương Văn Đào", "Vuong Van Dao", "Wang Van Dao"],
    ],
    // no partial form without a pinyin surname (Taiwanese names)
    [{ "sino-vietnamese": "Lại Thanh Đức" }, ["Lại Thanh Đức", "Lai Thanh Duc"]],
    // forms that coincide are given once
    [{ "sino-vietnamese": "Mao Ninh", "pinyin-surname": "Mao" }, ["Mao Ninh"]],
    [{ "plain-ascii": "Maroš Šefčovič" }, ["Maros Sefcovic"]],
    // a name without diacritics has no other plain form
    [{ "plain-ascii": "Jamieson Greer" }, []],
  ])("%j -> %j", (generator, expected) => {
    expect(expandAliases([generator])).toEqual(expected);
  });

  it("expands in place, between plain names", () => {
    expect(expandAliases(["Joerg Kukies", { "plain-ascii": "Jörg Kukies" }, "AMLO"])).toEqual([
      "Joerg Kukies",
      "Jorg Kukies",
      "AMLO",
    ]);
  });

  it.each([
    ["Đinh Tiết Tường", "Dinh Tiet Tuong"],
    ["François-Philippe Champagne", "Francois-Philippe Champagne"],
    ["Jamieson Greer", "Jamieson Greer"],
  ])("stripDiacritics(%s) = %s", (name, plain) => {
    expect(stripDiacritics(name)).toBe(plain);
  });
});
