// Mentions: lexicon names, titles with names, honorifics, transliterations, capitals in
// political and in locative use, delegations, governments named for their head.
import { describe, expect, it } from "vitest";
import { findMentions } from "../../src/extract/mentions/find-mentions.ts";
import type { SentenceContext } from "../../src/extract/mentions/types.ts";
import { splitSentences } from "../../src/extract/sentences.ts";

function mentions(text: string, ctx: Partial<SentenceContext> = {}): string[] {
  const full: SentenceContext = { docCountries: () => [], docSurnames: new Map(), ...ctx };
  return splitSentences(text).flatMap((s) => findMentions(text, s, full).map((m) => `${m.type} ${m.key} "${m.text}"`));
}

describe("findMentions", () => {
  it("reads a generational suffix after a comma and a principal secretary", () => {
    expect(mentions("President Juan R. Reyes, Jr., announced a suspension.")).toContain('person person:juan-r-reyes-jr "Juan R. Reyes, Jr."');
    expect(mentions("Livestock Principal Secretary Harry Kimani suspended the notice.")).toContain('person person:harry-kimani "Harry Kimani"');
    // near misses: a government of a state is the state, of a place no person
    expect(mentions("The government of South Africa signed a deal.")).toEqual(['country country:za "South Africa"']);
    expect(mentions("The government of Tamil Nadu banned the sale of cotton seeds.").join(" ")).not.toContain("person:");
  });

  it("reads a name with a nickname quoted inside it as the person, without the nickname", () => {
    expect(mentions('Trade Minister Budi "Bud" Santoso has floated an idea.')).toContain('person person:budi-santoso "Budi "Bud" Santoso"');
    // near miss: a quoted word after a whole name is no part of it
    expect(mentions('Trade Minister Budi Santoso said "No" to imports.')).toContain('person person:budi-santoso "Budi Santoso"');
    // nor are apostrophes in a name quotes
    expect(mentions("Trade Minister Ma'ruf Al-Ka'bi said the ban would stay.")).toContain(`person person:ma-ruf-al-ka-bi "Ma'ruf Al-Ka'bi"`);
  });

  it("reads 'the Chinese side' as the delegation in an article of negotiations, else as the state", () => {
    expect(mentions("The Chinese side raised the issue.", { negotiating: () => true })).toEqual(['agency agency:cn-delegation "Chinese side"']);
    expect(mentions("The Chinese side raised the issue.", { negotiating: () => false })).toEqual(['country country:cn "Chinese side"']);
    // a delegation named as one is one whatever the article
    expect(mentions("The Chinese delegation raised the issue.", { negotiating: () => false })).toEqual(['agency agency:cn-delegation "Chinese delegation"']);
  });

  it.each([
    ["a title and a name", "Commerce Secretary Howard Lutnick arrived.", ['person person:howard-lutnick "Howard Lutnick"']],
    ["a Vietnamese rendering", "Deputy Prime Minister Ha Lap Phong arrived.", ['person person:he-lifeng "Ha Lap Phong"']],
    ["a machine-translation rendering", "Minister of Commerce Vuong Van Dao spoke.", ['person person:wang-wentao "Vuong Van Dao"']],
    ["accented and stripped forms agree", "Tập Cận Bình spoke.", ['person person:xi-jinping "Tập Cận Bình"']],
    ["a capital acting for its state", "Washington accused Beijing of delays.", ['country country:us "Washington"', 'country country:cn "Beijing"']],
    ["a capital as a venue of talks", "Talks were held in London on Monday.", ['place place:london "London"']],
    ["a city in passing is no node", "He is a lawyer in Washington.", []],
    ["a delegation", "The Chinese delegation arrived.", ['agency agency:cn-delegation "Chinese delegation"']],
    ["a delegation 'of' a country", "The negotiation team of Japan arrived.", ['agency agency:jp-delegation "negotiation team of Japan"']],
    ["a possessive delegation", "China's negotiating team arrived.", ['agency agency:cn-delegation "China\'s negotiating team"']],
    ["a government named for its head", "The Biden administration tightened rules.", ['agency agency:joe-biden-administration "Biden administration"']],
    ["a good, case-insensitive", "Rare earths and Gallium matter.", ['commodity commodity:rare-earths "Rare earths"', 'commodity commodity:gallium "Gallium"']],
    ["an organisation after a descriptor", "said analyst Jo Bloggs of research firm Quxbridge.", ['person person:jo-bloggs "Jo Bloggs"', 'organization organization:quxbridge "Quxbridge"']],
    ["a named venue", "They met at Lancaster House.", ['place place:lancaster-house "Lancaster House"']],
    ["an institution named 'X of Y and Z'", "a researcher with the Chinese Academy of International Trade and Economic Cooperation said", ['organization organization:chinese-academy-of-international-trade-and-economic-cooperation "Chinese Academy of International Trade and Economic Cooperation"']],
    ["an unknown acronym heading a role", "FIEO president S C Ralhan said so.", ['organization organization:fieo "FIEO"']],
    ["a one-word body that starts a longer name is that name", "Treasury Wine Estates said exports would resume.", ['organization organization:treasury-wine-estates "Treasury Wine Estates"']],
    ["two companies joined by 'and' stay two", "It ordered Nippon Steel and Mitsubishi Heavy Industries to pay.", ['organization organization:mitsubishi-heavy-industries "Mitsubishi Heavy Industries"']],
    ["a name with a verb of speech", "Maria Gonzalez said prices rose.", ['person person:maria-gonzalez "Maria Gonzalez"']],
  ])("%s", (_name, text, expected) => {
    const got = mentions(text);
    for (const e of expected) expect(got).toContain(e);
    if (expected.length === 0) expect(got).toEqual([]);
  });

  it("does not read a body's one-word name inside a longer name as that body", () => {
    expect(mentions("Treasury Wine Estates said exports would resume.").some((m) => m.includes("treasury\""))).toBe(false);
    expect(mentions("Treasury Wine Estates said so.").some((m) => m.startsWith("agency"))).toBe(false);
  });

  it("does not take page words or a pronoun for names", () => {
    expect(mentions("He said the talks went well.")).toEqual([]);
  });

  it("reads an honorific and surname as the person the document named", () => {
    const docSurnames = new Map([["lutnick", [{ key: "person:howard-lutnick", label: "Howard Lutnick", country: "us" }]]]);
    expect(mentions("Mr. Lutnick did not attend.", { docSurnames })).toContain('person person:howard-lutnick "Lutnick"');
  });

  it("places an ambiguous body name by its country modifier", () => {
    expect(mentions("India's Commerce Ministry said so.")).toContain('agency agency:in-commerce "Commerce Ministry"');
    expect(mentions("Mexico's Economy Ministry said so.")).toContain('agency agency:mx-economy "Economy Ministry"');
  });

  it("reads an acronym the document defined as that body", () => {
    const acronyms = new Map();
    const text = "The Federation of Indian Export Organisations (FIEO) warned of losses. FIEO said exporters need help.";
    const got = mentions(text, { acronyms });
    expect(got.filter((m) => m.includes("federation-of-indian-export-organisations"))).toEqual([
      'organization organization:federation-of-indian-export-organisations "Federation of Indian Export Organisations"',
      'organization organization:federation-of-indian-export-organisations "FIEO"',
    ]);
  });
});
