// Every mention finder's own examples and near-misses, each run on its text alone (all finders in
// their order, as extraction runs them): the mentions must include what an example yields and must
// not include what a near-miss lists.
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/extract/mentions/find-mentions.ts";
import { MENTION_FINDERS } from "../../../src/extract/mentions/finders.ts";
import { MENTION_SOURCES, type SentenceContext } from "../../../src/extract/mentions/types.ts";
import { splitSentences } from "../../../src/extract/sentences.ts";
import { StateTally } from "../../../src/extract/components.ts";
import { DEFAULT_EXTRACT_SETTINGS } from "../../../src/extract/settings.ts";

function mentionsOf(text: string): string[] {
  const sentences = splitSentences(text);
  // the document context the pipeline gives the finders: which state the text is about
  const states = new StateTally();
  const first: SentenceContext = { docCountries: () => [], docSurnames: new Map() };
  for (const s of sentences) for (const m of findMentions(text, s, first)) states.add(s, m);
  const articleCountry = states.articleState(DEFAULT_EXTRACT_SETTINGS.articleCountryShare);
  const ctx: SentenceContext = { docCountries: () => [], articleCountry: () => articleCountry, docSurnames: new Map(), recentBodies: new Map(), acronyms: new Map() };
  return sentences.flatMap((s) => findMentions(text, s, ctx).map((m) => `${m.type} ${m.key} "${m.text}"`));
}

const examples = MENTION_FINDERS.flatMap((f) => f.examples.map((e) => ({ finder: f.id, ...e })));
const nearMisses = MENTION_FINDERS.flatMap((f) => f.nearMisses.map((e) => ({ finder: f.id, ...e })));

describe("mention finders", () => {
  it("have distinct ids, and every source a finder produces is a declared source", () => {
    expect(new Set(MENTION_FINDERS.map((f) => f.id)).size).toBe(MENTION_FINDERS.length);
    const produced = MENTION_FINDERS.flatMap((f) => f.produces);
    for (const s of produced) expect(MENTION_SOURCES).toContain(s);
  });

  it.each(MENTION_FINDERS.map((f) => [f.id, f] as const))("%s has examples and near-misses", (_id, finder) => {
    expect(finder.examples.length).toBeGreaterThan(0);
    expect(finder.nearMisses.length).toBeGreaterThan(0);
  });

  it.each(examples)("$finder: $text", ({ text, yields }) => {
    const got = mentionsOf(text);
    for (const y of yields) expect(got).toContain(y);
  });

  it.each(nearMisses)("$finder must not: $text ($why)", ({ text, notYields }) => {
    const got = mentionsOf(text);
    for (const n of notYields) expect(got).not.toContain(n);
  });
});
