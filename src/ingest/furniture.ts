// Page furniture removal for plain text (copied web pages, or the paragraphs html.ts extracts).
//
// Everything here works on whole lines, BEFORE the text becomes `Document.text`: a line is either
// kept, dropped (and recorded in `removed` with a reason) or re-joined with its neighbours when a
// web page broke one sentence over several lines. Nothing is rewritten inside a kept sentence
// except a leading list bullet, a leading dateline and a trailing agency sign-off, so the
// sentences that reach the extractor are the article's own.
//
// The rules are general signals (imperative + promo words, credit syntax, relative timestamps,
// lack of sentence punctuation, repetition), never strings copied from a particular site: users
// bring pages from outlets we have never seen. Each rule says why it is safe for real news prose.
import type { RemovedBlock } from "../model/types.ts";
import { REPORTING_FORMS } from "../text/words.ts";

export interface FurnitureOptions {
  /** A title already known (e.g. from HTML); body lines repeating it are dropped. */
  title?: string;
}

export interface CleanText {
  title: string;
  text: string;
  removed: RemovedBlock[];
}

interface Line {
  text: string;
  /** A blank line (paragraph break) preceded this line in the input. */
  gapBefore: boolean;
  /** Why the line was dropped; undefined while kept. */
  removed?: string;
  /** Merged into an earlier line (a sentence the page broke across lines). */
  joined?: boolean;
  /** The line started with a list bullet or number in the input. */
  bullet?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Small text predicates

/** Ends like a sentence: . ! ? possibly inside closing quotes/brackets, but not an ellipsis
 * (teasers and widgets trail off with "..."; prose rarely ends a paragraph that way). */
const SENTENCE_END = /(?<!\.\.)[.!?]["'”’»)\]]*$/u;
const endsSentence = (s: string): boolean => SENTENCE_END.test(s);
const words = (s: string): number => s.split(/\s+/).filter((w) => w !== "").length;
/** Starts with a lower-case letter, maybe after an opening quote or bracket: a continuation. */
const startsLower = (s: string): boolean => /^["“‘'(]?\p{Ll}/u.test(s);
/** Comparison key: case, punctuation and spacing do not make a line different. */
const looseKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

function upperShare(s: string): number {
  const letters = s.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / letters.length;
}

/** Reported speech or attribution: such a line is news about a prompt, not the prompt itself. */
const ATTRIBUTION = new RegExp(`\\b(?:${[...REPORTING_FORMS].join("|")}|according to)\\b`, "i");
/** Second person: pages address the reader ("your inbox"); news copy almost never does outside quotes. */
const SECOND_PERSON = /\b(?:you|your|yours)\b/i;
/** A paragraph that opens with a quotation is someone speaking (attributed on the next line), not a prompt. */
const QUOTED = /^["“‘'«]/u;
/** Imperative openings of calls to action. */
const IMPERATIVE_START =
  /^(?:sign[ -]?up|subscribe|register|join|get|receive|download|install|follow|never miss|don'?t miss|stay (?:informed|updated|up to date|in the know)|want|click|tap|enter your|enable|turn on|already (?:a )?(?:subscriber|member|registered)|try|explore|discover|unlock|read (?:the|our)|listen|watch)\b/i;

// ---------------------------------------------------------------------------------------------
// Line rules. Each returns true when the whole line is furniture.

interface LineRule {
  reason: string;
  test: (s: string) => boolean;
}

/** A credit on its own line: "PHOTO: AFP", "Photo: Reuters/Jane Doe", "(Image by X)". */
const CREDIT_ONLY =
  /^\(?(?:(?:file |handout )?(?:photos?|photograph|picture|pic|images?|video|graphic|illustration|credit|photo credit)(?:\s+(?:by|credit|courtesy))?\s*[:/|]\s*\S[^.]{0,80}|(?:photos?|picture|image|video) (?:by|courtesy of) \S[^.]{0,80})\)?$/i;
const isCreditOnly = (s: string): boolean => words(s) <= 12 && CREDIT_ONLY.test(s);

/** Credit syntax inside a line: the whole line is then a caption. */
const EMBEDDED_CREDITS: RegExp[] = [
  /\((?:file |handout )?(?:photos?|picture|image|video)\s*(?:by\b|:|credit)[^)]*\)/i, // (Photo by X / AFP)
  /\b\p{Lu}{2,}\/\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,3}(?:\/(?:File|Pool|Handout|Photo|Illustration))?\s*$/u, // REUTERS/Jane Doe at the end
  /\bMANDATORY CREDIT\b/i,
  /\b(?:EDITORIAL USE ONLY|RESTRICTED TO EDITORIAL USE)\b/i,
  /\b\p{Lu}{2,}\s+PHOTO\s*\/\s*/u, // AFP PHOTO / ...
  /(?:\bvia\b|[/|(])\s*Getty Images\b/i,
  /\b(?:file |handout )?(?:photo|photograph|picture|image)\s*:\s*\p{Lu}[^.!?]{0,60}$/iu, // "... File photo: Reuters" at the end
];

/** A caption's own words: position cues and "posing for a photo". Used next to a credit line, or at
 * the very start of a line where no sentence begins. */
const CAPTION_CUES: RegExp[] = [
  /\((?:L\/R|R\/L|L-R|left|right|cent(?:re|er)|top|bottom|above|below|front|back|(?:front row, )?from (?:left|right)|clockwise from [^)]*|pictured|file)\)/i,
  /\bpos(?:e|es|ed|ing) for (?:a |the )?(?:photo|picture|photograph|portrait|selfie)s?\b/i,
  /\b(?:is|are) (?:seen|pictured|shown) (?:at|in|during|on|with|as|after|before)\b/i,
  /\bin this (?:file |handout )?(?:photo|picture|image|photograph)\b/i,
  /^(?:a )?file (?:photo|picture|image)\b/i,
];
const POSITION_CUE_START = /^\((?:L\/R|R\/L|L-R|left|right|cent(?:re|er)|(?:front row, )?from (?:left|right)|clockwise from [^)]*)\)/i;

const LINE_RULES: LineRule[] = [
  {
    // "Markets | Technology | Commodities | Opinion": three or more short items between separators
    // is a menu or breadcrumb; prose does not separate clauses with pipes and bullets.
    reason: "menu",
    test: (s) => {
      const items = s.split(/\s+[|·•›»]\s+/);
      return items.length >= 3 && items.every((i) => words(i) <= 4) && !endsSentence(s);
    },
  },
  {
    reason: "photo-credit",
    test: (s) => isCreditOnly(s) || EMBEDDED_CREDITS.some((re) => re.test(s)) || POSITION_CUE_START.test(s),
  },
  {
    // "By Kate Holton, Alistair Smout and Andrea Shalal": names, no sentence. "By Monday, the
    // talks had ended." has sentence punctuation and lower-case words, so it stays.
    reason: "byline",
    test: (s) => {
      if (!/^by\s+\p{Lu}/iu.test(s) || endsSentence(s) || words(s) > 15) return false;
      const ws = s.replace(/^by\s+/i, "").split(/[\s,|;/]+/).filter((w) => w !== "" && !/^(?:and|&|in|for|the|of)$/i.test(w));
      return ws.filter((w) => /^\p{Lu}/u.test(w)).length / Math.max(ws.length, 1) >= 0.7;
    },
  },
  {
    // "Reporting by X; Editing by Y" closes wire copy. A sentence such as "Reporting by the BBC
    // found ..." ends with a full stop and has no semicolon, so it stays.
    reason: "byline",
    test: (s) =>
      /^\(?(?:additional )?(?:reporting|writing|editing|compiled|written|edited|produced|translated|research|graphics) by\b/i.test(s) &&
      words(s) <= 25 &&
      (!endsSentence(s) || s.includes(";") || s.startsWith("(")),
  },
  {
    // A call to sign up: promo words plus an imperative or the reader addressed as "you", and no
    // attribution. "Farmers rushed to sign up for the scheme, the ministry said." stays.
    reason: "sign-up",
    test: (s) =>
      /\b(?:sign[ -]?up|subscribe|subscription|subscribers?|newsletters?|inbox|register|log ?in|create (?:a |an )?(?:free )?account|alerts|notifications)\b/i.test(s) &&
      (IMPERATIVE_START.test(s) || SECOND_PERSON.test(s)) &&
      !ATTRIBUTION.test(s) &&
      !QUOTED.test(s) &&
      words(s) <= 40,
  },
  {
    // App-store blocks. "Apple's App Store faces an EU probe, regulators said." stays: no
    // imperative, no "you", and it is attributed.
    reason: "app-promo",
    test: (s) =>
      !ATTRIBUTION.test(s) &&
      !QUOTED.test(s) &&
      ((/\b(?:download|get|install|open)\s+(?:(?:the|our)\s+)?(?:free\s+)?(?:[\p{L}\d]+\s+){0,3}app\b/iu.test(s) && words(s) <= 40) ||
        (/(?:app[- ]?store|google[- ]?play|play[- ]?store)/i.test(s) && (IMPERATIVE_START.test(s) || SECOND_PERSON.test(s) || words(s) <= 6))),
  },
  {
    // A plug for the site's own coverage: "Catch all the Business News, Breaking News Events and
    // Latest News Updates on X." An imperative, news words, nobody quoted.
    reason: "news-promo",
    test: (s) =>
      /^(?:catch|get|read|stay|keep|check|explore|discover|find|browse|watch)\b/i.test(s) &&
      /\b(?:news|updates|headlines|stories|coverage|live blog)\b/i.test(s) &&
      /\b(?:all|latest|breaking|more|top|live|daily|up to date|informed)\b/i.test(s) &&
      !ATTRIBUTION.test(s) &&
      !QUOTED.test(s) &&
      words(s) <= 30,
  },
  {
    // Share/follow widgets: the whole line is the control's label.
    reason: "social",
    test: (s) =>
      /^(?:follow(?: us| topic| this topic| (?:the )?author| [\p{L}.]+ on [\p{L}]+)?|see more(?: on)?(?: [\p{L}]+)?|more on this(?: story| topic)?|share(?: this)?(?: article| story| page| on [\p{L}]+)?|tweet(?: this)?|email(?: this)?|print(?: this)?|copy link|save(?: article)?|bookmark|listen(?: to (?:this )?(?:article|story))?|gift (?:this )?article)\s*:?$/iu.test(s) ||
      (/^follow\b/i.test(s) && /\b(?:on|via) (?:twitter|x|facebook|instagram|whatsapp|telegram|threads|linkedin|tiktok|youtube|google news)\b/i.test(s) && words(s) <= 15),
  },
  {
    // Inline pointers to other stories: "Read more: Japan eyes ...", "Related: ...".
    reason: "related-link",
    test: (s) =>
      /^(?:read more|read also|also read|see also|related(?: coverage| stories| articles?| content| news)?|recommended|watch|listen|more from [\p{L} .'-]{1,30})\s*[:|»>]\s*\S/iu.test(s) && words(s) <= 30,
  },
  {
    reason: "comments",
    test: (s) =>
      /^(?:comments?|\d+\s+comments?|no comments(?: yet)?|be the first to comment|leave a (?:comment|reply)|add a comment|join the (?:conversation|discussion)|(?:show|view|load|hide) comments|post a comment|comments? (?:are|is) closed)\b/i.test(s) &&
      words(s) <= 8,
  },
  {
    // "© Thomson Reuters 2025", "Copyright 2025 ...", "All rights reserved". A sentence about
    // copyright law does not start with the symbol or "Copyright <year>".
    reason: "copyright",
    test: (s) =>
      (/©|\(c\)\s*(?:19|20)\d\d/i.test(s) && words(s) <= 15) ||
      (/^copyright\s+(?:©\s*)?(?:\(c\)\s*)?(?:19|20)\d\d/i.test(s) && words(s) <= 25) ||
      (/\ball rights reserved\b/i.test(s) && words(s) <= 30),
  },
  { reason: "logo", test: (s) => /\blogo\b/i.test(s) && words(s) <= 4 },
  {
    // "6 hours ago", "time17 minutes ago", "Updated: June 9, 2025 10:30". "The ceasefire began
    // two days ago." stays: it is a sentence.
    reason: "timestamp",
    test: (s) =>
      (/(?:\d+|an?|one|few)\s*(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago$/i.test(s) && words(s) <= 8) ||
      (/^(?:published|updated|last updated|posted|first published|modified)\b\s*(?:on|at)?\s*:?\s*\S/i.test(s) && !endsSentence(s) && words(s) <= 15),
  },
  {
    // Consent banners talk about cookies to "you"; a news sentence about cookies does not.
    reason: "cookie-banner",
    test: (s) =>
      /\bcookies?\b/i.test(s) &&
      /\b(?:we use|you|your|accept|consent|privacy policy|cookie settings|preferences)\b/i.test(s) &&
      !ATTRIBUTION.test(s) &&
      !QUOTED.test(s),
  },
  {
    reason: "advert",
    test: (s) =>
      /^(?:advertisement|advertising|sponsored(?: content| post)?|ad|paid (?:post|content)|story continues below(?: advertisement)?|continue reading(?: below)?|skip to (?:main )?content|scroll to continue(?: with content)?|article continues (?:below|after (?:this )?advertisement))\s*[.:]?$/i.test(s),
  },
];

/** A heading that introduces a list of other stories. */
const RELATED_HEADING =
  /^(?:related(?: articles?| stories| coverage| content| news| links| reading| posts| topics)?|read more|read next|more (?:stories|news|articles|to read|on this story|from [\p{L} .'-]{1,30})|recommended(?: for you| stories| articles| reading)?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|also read|see also|most (?:read|popular|viewed|shared)|trending(?: now| stories| news)?|popular (?:now|stories|news)|top stories|editor'?s picks|latest (?:news|stories)|what to read next|in other news|elsewhere)\s*:?$/iu;

// ---------------------------------------------------------------------------------------------

export function removeFurniture(input: string, opts: FurnitureOptions = {}): CleanText {
  const lines = splitLines(input);

  for (const line of lines) {
    const rule = LINE_RULES.find((r) => r.test(line.text));
    if (rule) line.removed = rule.reason;
  }
  removeRelatedSections(lines);
  removeCaptionsBeforeCredits(lines);

  // Before the title: "... on June 8. AFP" must not look like a headline for lack of a full stop.
  const trims = trimInsideLines(lines);
  const title = takeTitle(lines, opts.title);
  joinLists(lines);
  joinBrokenSentences(lines);
  removeWeakFurniture(lines, title);

  return assemble(lines, title, trims);
}

function splitLines(input: string): Line[] {
  const out: Line[] = [];
  let gap = false;
  for (const raw of input.split("\n")) {
    // List bullets are layout, not words; the sentence after them is what we keep.
    const squeezed = raw.replace(/\s+/g, " ").trim();
    const text = squeezed.replace(/^(?:[•·▪●◦‣∙*]|[-–—](?= )|\d{1,2}[.)](?= \S))\s*/u, "");
    if (text === "") {
      gap = out.length > 0;
      continue;
    }
    out.push({ text, gapBefore: gap, ...(text !== squeezed ? { bullet: true } : {}) });
    gap = false;
  }
  return out;
}

const kept = (l: Line | undefined): l is Line => l !== undefined && l.removed === undefined && !l.joined;

/**
 * "Related Articles" followed by teasers (headlines without full stops, outlet names, "17 minutes
 * ago", headlines repeated) starts a block of other stories. The block runs until the article
 * visibly resumes: two consecutive full sentences of prose that are not a teaser's summary
 * (a teaser has at most one summary paragraph under its headline). Usually that is the end.
 */
function removeRelatedSections(lines: Line[]): void {
  const teaserLike = (l: Line, seen: Set<string>): boolean =>
    l.removed !== undefined ||
    seen.has(looseKey(l.text)) ||
    (!endsSentence(l.text) && words(l.text) <= 20) ||
    (/\?["'”’]?$/.test(l.text) && words(l.text) <= 15);
  const prose = (l: Line | undefined, seen: Set<string>): boolean =>
    l !== undefined && !teaserLike(l, seen) && endsSentence(l.text) && words(l.text) >= 12;

  for (let i = 0; i < lines.length; i++) {
    const heading = lines[i];
    if (heading === undefined || !RELATED_HEADING.test(heading.text)) continue;
    heading.removed = "related-articles";
    const seen = new Set<string>();
    const next = lines.slice(i + 1, i + 5);
    const teasers = next.filter((l) => {
      const t = teaserLike(l, seen);
      seen.add(looseKey(l.text));
      return t;
    }).length;
    if (teasers < 2) continue;
    seen.clear();
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j] as Line;
      if (prose(l, seen) && prose(lines[j + 1], seen)) break;
      seen.add(looseKey(l.text));
      l.removed = "related-articles";
    }
    i = j - 1;
  }
}

/** "PHOTO: AFP" under a line that reads like a caption: the caption goes with its credit. */
function removeCaptionsBeforeCredits(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const credit = lines[i] as Line;
    const prev = lines[i - 1];
    if (credit.removed !== "photo-credit" || !isCreditOnly(credit.text) || !kept(prev)) continue;
    if (CAPTION_CUES.some((re) => re.test(prev.text))) prev.removed = "photo-caption";
  }
}

/**
 * The known title (from HTML) or the first line when it reads like a headline: short, without
 * sentence punctuation, and not the first half of a sentence the next line continues. Lines that
 * repeat the title are dropped from the body.
 */
function takeTitle(lines: Line[], known: string | undefined): string {
  let title = (known ?? "").replace(/\s+/g, " ").trim();
  if (title === "") {
    const i = lines.findIndex(kept);
    const first = lines[i];
    const next = lines[i + 1];
    if (first && !endsSentence(first.text) && words(first.text) >= 2 && words(first.text) <= 25 && !(kept(next) && startsLower(next.text))) {
      title = first.text;
    }
  }
  if (title !== "") {
    const key = looseKey(title);
    for (const l of lines) if (kept(l) && looseKey(l.text) === key) l.removed = "title";
  }
  return title;
}

/**
 * Pages break sentences around links and inline widgets ("... Donald Trump's\n\nfirst publicly
 * announced telephone talks\n\nwith Chinese President ..."). A line without sentence punctuation is
 * joined with the lines that follow when each continues it (starts in lower case, or, inside one
 * paragraph, follows a long hard-wrapped line) and the joined text ends as a sentence.
 */
function joinBrokenSentences(lines: Line[]): void {
  const MAX_PARTS = 8;
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i];
    if (!kept(head) || endsSentence(head.text) || words(head.text) < 3 || upperShare(head.text) > 0.7) continue;
    const parts: Line[] = [head];
    let ok = false;
    for (let j = i + 1; j < lines.length && parts.length < MAX_PARTS; j++) {
      const next = lines[j];
      const last = parts[parts.length - 1] as Line;
      if (!kept(next)) break;
      const continues = startsLower(next.text) || (!next.gapBefore && last.text.length >= 50 && /^["“‘(]?[\p{L}\d]/u.test(next.text));
      if (!continues) break;
      parts.push(next);
      if (endsSentence(next.text)) {
        ok = true;
        break;
      }
    }
    if (!ok) continue;
    head.text = parts.map((p) => p.text).join(" ");
    for (const p of parts.slice(1)) p.joined = true;
  }
}

/**
 * A line that ends with a colon and the bulleted or numbered lines right after it are one sentence:
 * "China will impose tariffs on the following goods:" / "- soybeans" / "- pork" becomes "... the
 * following goods: soybeans, pork." The items would otherwise read as menu fragments, and the goods
 * as nobody's.
 */
function joinLists(lines: Line[]): void {
  const MAX_ITEMS = 40;
  const MAX_ITEM_WORDS = 12;
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i];
    if (!kept(head) || !head.text.endsWith(":") || words(head.text) < 3) continue;
    const items: Line[] = [];
    for (let j = i + 1; j < lines.length && items.length < MAX_ITEMS; j++) {
      const next = lines[j];
      if (!kept(next) || !next.bullet || words(next.text) > MAX_ITEM_WORDS) break;
      items.push(next);
    }
    if (items.length < 2) continue;
    head.text = `${head.text} ${items.map((l) => l.text.replace(/[.;,]+$/, "")).join(", ")}.`;
    for (const l of items) l.joined = true;
    i += items.length;
  }
}

/** Leading datelines ("LONDON (Reuters) - ") and trailing agency sign-offs ("... on June 8. AFP"). */
function trimInsideLines(lines: Line[]): RemovedBlock[] {
  // the place in capitals, an optional date and agency, then a dash ("LIMA (Reuters) - "), a colon
  // ("KUALA LUMPUR: ") or, after a date, the agency between slashes ("MOSCOW, December 21. /TASS/. ");
  // a leading "date 2022-06-02" is the page's own date stamp
  const PLACE = String.raw`\p{Lu}[\p{Lu}.'’]{2,}(?:[\s/,-]+\p{Lu}[\p{Lu}.'’]+)*`;
  const DATE = String.raw`,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}`;
  const DATELINE = new RegExp(
    String.raw`^(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(?:` +
      String.raw`(?:${PLACE}(?:${DATE})?\s*(?:\([^)]{2,30}\)\s*)?|\(\p{Lu}[\p{L} ]{1,20}\)\s*)(?:--|[-–—])\s+(?=\S)` +
      String.raw`|${PLACE}(?:${DATE})?\s*:\s+(?=\p{Lu})` +
      String.raw`|${PLACE}${DATE}\.\s*/\p{Lu}[\p{L}-]{1,20}/\.?\s+(?=\p{Lu})` +
      String.raw`|(?=\p{Lu}))`,
    "u",
  );
  // "... on June 8. AFP", "... the statement added. - Bernama", "... -Agence France-Presse"
  const SIGN_OFF = /(?<=[.!?]["'”’)]*)\s+(?:(?:[-–—]\s*)?\p{Lu}{2,8}(?:\s*[/,&]\s*\p{Lu}{2,8}){0,3}|[-–—]\s*\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2})$/u;
  const out: RemovedBlock[] = [];
  for (const l of lines) {
    if (!kept(l)) continue;
    const d = DATELINE.exec(l.text);
    if (d && d[0].length > 0 && endsSentence(l.text) && words(l.text) > 6) {
      out.push({ reason: "dateline", text: d[0].trim() });
      l.text = l.text.slice(d[0].length);
    }
    const s = SIGN_OFF.exec(l.text);
    if (s && words(l.text) > 6) {
      out.push({ reason: "sign-off", text: s[0].trim() });
      l.text = l.text.slice(0, s.index);
    }
  }
  return out;
}

/**
 * What is left of furniture after the strong rules: headline-like fragments and menu items (short,
 * no sentence punctuation), ALL-CAPS headings, one-line question crossheads and repeated lines.
 * These run after re-joining, so halves of a broken sentence are not mistaken for fragments.
 */
function removeWeakFurniture(lines: Line[], title: string): void {
  const seen = new Set<string>(title === "" ? [] : [looseKey(title)]);
  for (const l of lines) {
    if (!kept(l)) continue;
    const key = looseKey(l.text);
    const n = words(l.text);
    if (seen.has(key)) l.removed = "duplicate";
    else if (n <= 12 && upperShare(l.text) >= 0.7 && (l.text.match(/\p{L}/gu) ?? []).length >= 4) l.removed = "heading";
    else if (!endsSentence(l.text) && n <= 20) l.removed = "fragment";
    else if (/\?$/.test(l.text) && n <= 6 && !/^["“‘']/.test(l.text)) l.removed = "crosshead";
    seen.add(key);
  }
}

function assemble(lines: Line[], title: string, trims: RemovedBlock[]): CleanText {
  const removed: RemovedBlock[] = [];
  let text = "";
  let prevKept = -2;
  let lastRemoved = -2;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.joined) {
      prevKept = i;
      continue;
    }
    if (l.removed !== undefined) {
      // Neighbouring lines dropped for the same reason are one block (a caption, a teaser list).
      const last = removed[removed.length - 1];
      if (last && lastRemoved === i - 1 && last.reason === l.removed) last.text += `\n${l.text}`;
      else removed.push({ reason: l.removed, text: l.text });
      lastRemoved = i;
      continue;
    }
    // Keep the input's own paragraph layout where nothing was taken out in between.
    if (text !== "") text += prevKept === i - 1 && !l.gapBefore ? "\n" : "\n\n";
    text += l.text;
    prevKept = i;
  }
  return { title: title === "" ? fallbackTitle(text) : title, text, removed: [...removed, ...trims] };
}

/** Without a headline, the first sentence (shortened) is what a reader would recognise. */
function fallbackTitle(text: string): string {
  const first = (/^[^\n]*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text.split("\n")[0] ?? "").trim();
  if (first.length <= 120) return first;
  const cut = first.slice(0, 120);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 60))}…`;
}
