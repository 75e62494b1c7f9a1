// The sentence-structure layer: chunks, clauses and verb subjects on the constructions the relation
// rules depend on, each with a near miss.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/sentences.ts";
import { analyse } from "../../src/extract/structure.ts";

function subjects(text: string): Record<string, string> {
  const [s] = splitSentences(text);
  if (!s) throw new Error("no sentence");
  const st = analyse(s.tokens);
  const words = (a: number, b: number): string => s.tokens.slice(a, b).map((t) => t.text).join(" ");
  const out: Record<string, string> = {};
  for (const c of st.chunks) {
    if (c.kind !== "VG") continue;
    const sub = st.subjectOf(c.head);
    out[s.tokens[c.head]!.normal] = sub ? words(sub.from, sub.to) : "-";
  }
  return out;
}

function clauses(text: string): string[] {
  const [s] = splitSentences(text);
  const st = analyse(s!.tokens);
  return st.clauses.map((c) => `${c.kind}:${s!.tokens.slice(c.from, c.to).map((t) => t.text).join(" ")}`);
}

describe("verb subjects", () => {
  it.each([
    ["The Indian Government infuriated by Washington's refusal to exempt it also imposed a duty on walnuts.", "imposed", "The Indian Government", "a reduced relative with its own actor is skipped"],
    ["The ministry published new rules on Friday, requiring licences for exports of graphite.", "requiring", "The ministry", "a participial clause borrows its host's subject"],
    ["India — Canada's largest pulse market — recently implemented tariffs on peas.", "implemented", "India", "a dash aside stands apart from the subject before it"],
    ["Kenya will lift the ban on flour from Tanzania, which, in turn, will remove restrictions on milk.", "remove", "Tanzania", "a relative pronoun past an insertion set off by commas"],
    ["By raising tariffs on Chinese cars, Turkey aims to protect its makers.", "raising", "Turkey", "a fronted gerund clause takes the main clause's subject"],
    ["By raising tariffs on Chinese cars, Turkey said China would retaliate.", "retaliate", "China", "near miss: a clause of the main verb keeps its own subject"],
    ["The decree, which bans exports of cobalt, takes effect in June.", "bans", "The decree", "a relative pronoun stands for its antecedent"],
    ["China, which Brussels criticised, banned imports of beef.", "banned", "China", "the main verb skips the relative clause"],
    ["China, which Brussels criticised, banned imports of beef.", "criticised", "Brussels", "the relative clause has its own subject"],
    ["Beijing said that China would retaliate if Washington raised tariffs.", "retaliate", "China", "a complement clause has its own subject"],
    ["Beijing said that China would retaliate if Washington raised tariffs.", "raised", "Washington", "a subordinate clause has its own subject"],
    ["Canada calls on the United States to cease imposing duties on lumber.", "cease", "the United States", "an infinitive's subject is the governing verb's object"],
    ["The ministry, headed by Wang Wentao, banned exports of gallium.", "banned", "The ministry", "a past participle with an object is the main verb, not a clause"],
    ["Officials who met in Geneva said the curbs would stay.", "said", "Officials", "a relative clause without commas ends at its own verb"],
    ["We regret the decision of China's Ministry of Commerce (MOFCOM) to impose duties on canola.", "impose", "China 's Ministry", "a noun of deciding lends its agent to the infinitive, past a bracket"],
    ["The Chinese government on Thursday (Mar. 23) decided to suspend the embargo.", "suspend", "The Chinese government", "a bracket is no subject"],
    ["The Russian government made the decision to renew fertilizer export quotas.", "renew", "The Russian government", "an act noun with no owner: the governing verb's subject acts"],
    ["Ottawa announced its plan to lift the surtax.", "lift", "Ottawa", "an owner pronoun stands for the governing verb's subject"],
    ["Canada welcomed China's decision to lift the tariffs.", "lift", "China", "near miss: an act noun's named owner acts, not the one who welcomes it"],
    ["Customs authorities rejected the imports and had suddenly formalized bans.", "formalized", "Customs authorities", "a coordinated verb phrase shares the first one's subject"],
    ['Customs authorities rejected the imports and had "suddenly formalized bans on beef."', "formalized", "Customs authorities", "a quotation opened after an auxiliary quotes the clause's own verb"],
    ["Customs authorities rejected the imports and the ministry imposed bans.", "imposed", "the ministry", "near miss: a coordinated clause with its own subject"],
    ["Canada urged the United States to lift the tariffs.", "lift", "the United States", "near miss: an actor object is the infinitive's subject"],
  ])("%s: %s <- %s (%s)", (text, verb, subject) => {
    expect(subjects(text)[verb]).toBe(subject);
  });

  it("takes no subject from a preposition's object, nor from what is coordinated with it or glossed after it", () => {
    expect(subjects("The council through the Minister of Land and Water Resources (MLWR) formally bans the export of sand.").bans).toBe("The council");
    // near miss: a coordination of subjects is no preposition's object
    expect(subjects("Farmers and the ministry want higher prices.").want).toBe("the ministry");
    // nor is a conjunct with its own determiner after a preposition's object: it joins the level above
    expect(subjects("The Ministry of Trade and the Customs Office announced the rules.").announced).toBe("the Customs Office");
  });

  it("finds no subject for a passive participle: ', imposed in April,' has no actor of its own", () => {
    expect(subjects("Officials said the curbs, imposed in April, would stay.")["imposed"]).toBe("-");
  });
});

describe("clauses", () => {
  it("reads 'that' as a relative pronoun only after a noun and before a verb", () => {
    expect(clauses("The rules that require licences took effect.")).toContain("relative:that require licences");
    expect(clauses("Officials said that the rules require licences.").some((c) => c.startsWith("relative"))).toBe(false);
  });

  it("marks quoted speech", () => {
    expect(clauses('He said "the ban will stay in place" on Monday.')).toContain("quote:the ban will stay in place");
  });
});
