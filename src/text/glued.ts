// Words a scraper glued together: a page whose markup put words in separate elements loses the
// spaces between them when its text is taken ("Port-au-Prince had previouslybanned the entry of
// chickens", "Among the barred productsfigure wheat flour"). Such a token is no English word, and
// it splits in one place into two that are, at a seam no compound has: after an inflected word
// ("previously|banned", "products|figure", "crossing|the") or a determiner, pronoun or number
// ("two|countries", "which|would"), or before a function word ("migration|and"). A compound of two
// plain words ("photo|resist", "chip|making", "smart|phones") is left whole: English writes those
// solid, and WordNet not knowing one says nothing of glue. Only a text with several such tokens is
// read as glued (one unknown word is more likely a term than a scraping fault).

import { isWordNetWord } from "../lexicon/wordnet.ts";

/** Closed-class words WordNet does not list (it has nouns, verbs, adjectives and adverbs only). */
const FUNCTION_WORDS = new Set(
  `a an the this that these those which who whom whose what whether and or nor but if as than then so
  because although though while when where why how such both either neither each every all any some no
  its it their they them his her he she him we us our you your my me i one two three four five six seven
  eight nine ten would could should shall will can may might must has have had was were been being is are
  be do does did of to in on at by for from with into onto upon over under about after before between
  against during without within through toward towards across among amid also not only very too
  everyone everything everybody someone something somebody anyone anything anybody nobody nothing
  whereas whereby wherein therefore however moreover`.split(/\s+/),
);

/** Determiners, pronouns, numbers and conjunctions that may start a glued pair ("the|paper", "two|countries"). */
const GLUE_OPENERS = new Set(
  `a an the this that these those which who whose what and or but its their his her our your my one two
  three four five six seven eight nine ten would could should will has have had was were is are`.split(/\s+/),
);

function known(w: string): boolean {
  return FUNCTION_WORDS.has(w) || isWordNetWord(w);
}

/** An inflected word, which does not begin a compound: "-ly", "-ing", "-ed", a plural or third person in "-s". */
function inflected(w: string): boolean {
  return w.length >= 5 && /(?:ly|ing|ed|[^s]s)$/.test(w);
}

/** Where the token splits, if it is two words glued (an offset inside it), else undefined. */
export function glueSeam(token: string): number | undefined {
  if (token.length < 8 || !/^\p{Ll}+$/u.test(token) || known(token)) return undefined;
  const seams: number[] = [];
  for (let k = 2; k <= token.length - 2; k++) {
    const a = token.slice(0, k);
    const b = token.slice(k);
    if ((a.length < 3 && !FUNCTION_WORDS.has(a)) || (b.length < 3 && !FUNCTION_WORDS.has(b))) continue;
    if (!known(a) || !known(b)) continue;
    if (GLUE_OPENERS.has(a) || FUNCTION_WORDS.has(b) || (inflected(a) && !FUNCTION_WORDS.has(a))) seams.push(k);
  }
  return seams.length === 1 ? seams[0] : undefined;
}

/**
 * The character offsets in `text` where glued words split, when the text has at least `minTokens`
 * distinct glued tokens; none otherwise.
 */
export function gluedSeams(text: string, minTokens: number): number[] {
  const seams: number[] = [];
  const distinct = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}\p{N}])\p{Ll}{8,}(?![\p{L}\p{M}\p{N}])/gu)) {
    const k = glueSeam(m[0]);
    if (k === undefined) continue;
    distinct.add(m[0]);
    seams.push((m.index ?? 0) + k);
  }
  return distinct.size >= minTokens ? seams : [];
}
