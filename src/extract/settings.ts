// Every window and limit extraction uses, in one place. Patterns look a bounded way left and right
// of a word (never across a whole document), so the cost stays linear in the text; the values are
// token counts chosen to cover the constructions news prose uses (an apposition, a time adverbial,
// a list of goods) without reaching into the next clause.

export interface ExtractSettings {
  /** Sentences longer than this many tokens (tables, pages without punctuation) are cut. */
  maxSentenceTokens: number;
  /** Distinct glued tokens ("previouslybanned") a text must have before its glued words are split (src/text/glued.ts). */
  gluedTokensMin: number;
  /** How far left a verb looks for its subject. */
  subjectWindow: number;
  /** How far back a comma before a verb may open an apposition ("X, home to Y, has ..."). */
  appositionWindow: number;
  /** Words before a measure noun that may belong to it ("China's continued export control"). */
  measureLeftWindow: number;
  /** Words after a measure noun scanned for its imposer and goods ("imposed in April on X"). */
  measureRightSteps: number;
  /** Words before a measure phrase where "extended"/"expanded" makes "to X" name goods. */
  extendVerbWindow: number;
  /** Words from a relative pronoun to its verb ("the tariffs (that) it had slapped on"). */
  relativeVerbReach: number;
  /** Longest bracketed gloss after a list item ("holmium (Ho)"). */
  glossMaxTokens: number;
  /** How far ahead a modifier may look for the good it qualifies. */
  commodityLookahead: number;
  /** Share of an article's imposing claims one state must have to take the measures no sentence attributes. */
  dominantImposerShare: number;
  /** Share of an article's country mentions one state needs to count as the state the article is about. */
  articleCountryShare: number;
  /** How far after a verb of complaint ("filed a case ... over") its measure may start. */
  complaintWindow: number;
  /** Longest unknown noun phrase read as a good ("dual-use items"). */
  nounPhraseMaxTokens: number;
  /** Words after a name's comma scanned for a role ("X, a former senior trade adviser at"). */
  roleWindow: number;
  /** Words after a preposition scanned for the body it names. */
  bodyWindow: number;
  /** Words between the people of a list ("A, the minister of X, and B"). */
  personListGap: number;
  /** How far back "includes"/"made up of" looks for its delegation. */
  includesWindow: number;
  /** How far back "joined" looks for the person joining. */
  joinWindow: number;
  /** How far back "who" may sit from the person it refers to. */
  relativeWhoWindow: number;
  /** Words from a measure to a passive verb ("Duties on X, imposed in 2020, were removed"). */
  passiveWindow: number;
  /** Words before a verb where a negator or refusal reverses it. */
  negationWindow: number;
  /** Words before a verb of imposing or demanding where a negator reverses it. */
  shortNegationWindow: number;
  /** Words before a subject where "if"/"unless" makes the clause a condition. */
  conditionWindow: number;
  /** Words from a lifting noun back to the verb of demand ("called for the removal of"). */
  nominalDemandWindow: number;
  /** How far back the first of two coordinated verbs may be. */
  coordinatedVerbWindow: number;
  /** Largest gap from a verb to the measure it governs, and most measures it governs. */
  objectGap: number;
  maxObjects: number;
  /** Words after a restricting verb scanned for "exports of ..." ("required licences since 2023 for"). */
  restrictObjectWindow: number;
  /** Words before a passive restriction scanned for the flow restricted. */
  passiveFlowWindow: number;
  /** Words after a passive restriction scanned for its agent ("by Beijing", "at Chinese ports"). */
  passiveAgentWindow: number;
  /** Words from a relative pronoun back to the measure it refers to. */
  relativeMeasureWindow: number;
  /** Words after "placed under" where the measure must start. */
  placedUnderWindow: number;
  /** Words from a verb back to a subject named just before it (a pronoun's antecedent, "placed"). */
  nearSubjectWindow: number;
  /** Longest capitalised sequence read as one name, and one personal name. */
  maxNameTokens: number;
  maxPersonNameTokens: number;
  /** Longest institution name "X of Y and Z". */
  maxInstitutionTokens: number;
  /** Words scanned back from a title after a name ("X, Japan's former trade minister"). */
  appositiveTitleWindow: number;
}

export const DEFAULT_EXTRACT_SETTINGS: Readonly<ExtractSettings> = Object.freeze({
  maxSentenceTokens: 250,
  gluedTokensMin: 3,
  subjectWindow: 40,
  appositionWindow: 12,
  measureLeftWindow: 6,
  measureRightSteps: 8,
  extendVerbWindow: 4,
  relativeVerbReach: 3,
  glossMaxTokens: 10,
  commodityLookahead: 5,
  dominantImposerShare: 0.75,
  complaintWindow: 16,
  articleCountryShare: 0.6,
  nounPhraseMaxTokens: 4,
  roleWindow: 9,
  bodyWindow: 14,
  personListGap: 8,
  includesWindow: 25,
  joinWindow: 15,
  relativeWhoWindow: 12,
  passiveWindow: 12,
  negationWindow: 4,
  shortNegationWindow: 3,
  conditionWindow: 3,
  nominalDemandWindow: 10,
  coordinatedVerbWindow: 25,
  objectGap: 6,
  maxObjects: 4,
  restrictObjectWindow: 10,
  passiveFlowWindow: 8,
  passiveAgentWindow: 6,
  relativeMeasureWindow: 6,
  placedUnderWindow: 5,
  nearSubjectWindow: 4,
  maxNameTokens: 6,
  maxPersonNameTokens: 4,
  maxInstitutionTokens: 12,
  appositiveTitleWindow: 6,
});
