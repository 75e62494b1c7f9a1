// Relations between the mentions of one sentence, found linguistically (no parser, a shallow
// cascade over tokens and mentions):
//   - measure phrases: "China's export controls on rare earths", "restrictions imposed in April on
//     seven rare earth elements, including dysprosium" -> imposer, kind, goods;
//   - lifting: voice ("will be eased"), control ("urged the US to lift" -> a demand by the
//     urger), readiness ("is prepared to lift" -> an offer), condition ("if Beijing agrees"),
//     negation and exclusion ("not longstanding ones such as ..." is not lifted);
//   - restricting verbs: "suspended exports of critical minerals";
//   - titles and appositions -> leads / member-of; delegations led by, including, joined by.

import type { TitleEntry } from "../lexicon/types.ts";
import type { EdgeType, Modality, Sentence, Token } from "../model/types.ts";
import { RELATED_FUNCTIONS } from "../lexicon/agencies.ts";
import { lexiconIndex } from "./lexicon-index.ts";
import { AGENT_TYPES, delegationKey, slug, type SentenceMention } from "./mentions.ts";
import {
  COMMODITY_HEADS,
  CONDITION_WORDS,
  DEMAND_VERBS,
  FLOW_NOUNS,
  IMPOSE_VERBS,
  LIFT_PARTICLES,
  LIFT_VERBS,
  LIST_FILLERS,
  MODALS,
  NEGATORS,
  OFFER_WORDS,
  REFUSAL_WORDS,
  RESTRICT_VERBS,
  RESUME_VERBS,
  ROLE_NOUNS,
  SPEECH_VERBS,
} from "./words.ts";

/** An entity a relation needs that no mention names (a measure, a body a title implies). */
export interface DerivedEntity {
  key: string;
  type: "measure" | "agency" | "organization" | "country" | "commodity";
  label: string;
  country?: string;
  /** Surface text, when the entity was named in the sentence. */
  alias?: string;
}

export interface ClaimDraft {
  subject: string;
  predicate: EdgeType;
  object: string;
  /** Token span of the supporting words. */
  from: number;
  to: number;
  modality?: Modality;
  /** Id of the extraction rule that produced it. */
  rule: string;
}

export interface SentenceRelations {
  claims: ClaimDraft[];
  derived: DerivedEntity[];
  speaker?: string;
}

interface MeasurePhrase {
  from: number;
  to: number;
  kind: string;
  kindLabel: string;
  imposer?: SentenceMention;
  /** "its", "their": the imposer is whoever the clause is about. */
  imposerPronoun?: boolean;
  goods: SentenceMention[];
  /** Goods named after "not": restricted, but excluded from what the clause says is lifted. */
  excluded: SentenceMention[];
  head: SentenceMention;
}

const BE = new Set(["be", "is", "are", "was", "were", "been", "being", "'s", "'re"]);
const AUX = new Set([...BE, "has", "have", "had", "do", "does", "did", "to", "get", "got"]);
const ADVERBS = new Set([
  "only", "also", "eventually", "further", "gradually", "partially", "partly", "fully", "quickly",
  "soon", "then", "now", "still", "even", "finally", "immediately", "promptly", "formally", "temporarily",
  "significantly", "substantially", "swiftly", "largely", "just", "reportedly", "likely", "already",
  "possibly", "at", "least", "first", "ultimately", "duly", "broadly",
]);
const CHAIN_OFFER_NOUNS = new Set(["make", "made", "making", "a", "an", "specific", "firm", "clear", "concrete", "commitment", "pledge", "promise", "to"]);
const HEAD_ROLES = new Set(["president", "director", "head", "chief", "chairman", "chairwoman", "chair", "ceo", "founder", "leader", "secretary", "minister", "governor", "commissioner"]);
const LEAD_VERBS = new Set(["lead", "leads", "led", "leading", "head", "heads", "headed", "heading", "chair", "chairs", "chaired", "chairing"]);
const INCLUDE_VERBS = new Set(["include", "includes", "included", "including", "comprise", "comprises", "comprised", "comprising", "feature", "features", "featured"]);
const JOIN_VERBS = new Set(["join", "joins", "joined", "joining"]);
const MEASURE_PREPS = new Set(["on", "targeting", "against", "over", "covering", "affecting", "for", "of", "regarding", "concerning", "involving"]);
/** Verbs after which "controls to X" means the controls now cover X: "extended controls to graphite". */
const EXTEND_VERBS = new Set(["extend", "extends", "extended", "extending", "expand", "expands", "expanded", "expanding", "widen", "widens", "widened", "widening", "apply", "applies", "applied", "applying", "broaden", "broadened"]);

const KIND_EXPORT = "export-controls";
const FALL_VERBS = new Set(["fall", "falls", "fell", "drop", "drops", "dropped", "decline", "declines", "declined", "expire", "expires", "expired", "lapse", "lapses", "lapsed"]);
const LIFT_NOUNS = new Set(["removal", "lifting", "elimination", "easing", "withdrawal", "suspension", "repeal", "reduction", "rollback", "relaxation", "scrapping", "cancellation", "abolition", "loosening", "lowering"]);
const COVER_VERBS = new Set(["cover", "covers", "covered", "covering", "target", "targets", "targeted", "include", "includes", "included", "affect", "affects", "affected", "hit", "hits", "apply", "applies"]);
const TRAILING_HEADS = new Set(["items", "item", "products", "categories", "category", "sector", "industry"]);
const TIME_UNITS = new Set(["week", "month", "year", "day", "weekend", "morning", "evening", "night", "summer", "spring", "autumn", "fall", "winter", "quarter"]);
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);
const GENERIC_RESTRICTIONS = new Set(["curbs", "curb", "restrictions", "restriction", "controls", "control", "limits", "bans", "ban"]);
const MEASURE_HEAD_EXTENSIONS = new Set(["measures", "measure", "restrictions", "rules", "regime", "regimes", "orders", "order", "requirements", "rates", "rate", "hikes", "increases", "policies", "policy", "regulations", "guidance", "list", "lists", "licensing"]);

/** What a document has said so far that later sentences refer back to ("the controls"). */
export interface DiscourseContext {
  /** The state or body behind the last measure attributed. */
  lastImposer?: SentenceMention;
  /** The last person named, for "he" and "she". */
  lastPerson?: SentenceMention;
}

export function extractRelations(text: string, sentence: Sentence, mentions: SentenceMention[], discourse: DiscourseContext = {}): SentenceRelations {
  const r = new RelationFinder(text, sentence, mentions, discourse);
  return r.run();
}

class RelationFinder {
  private readonly toks: Token[];
  private readonly claims: ClaimDraft[] = [];
  private readonly derived = new Map<string, DerivedEntity>();
  private readonly at: (SentenceMention | undefined)[];
  private readonly measures: MeasurePhrase[] = [];
  /** Measure phrases already attributed by a verb pattern. */
  private readonly attributed = new Set<MeasurePhrase>();
  /** The rule whose claims are being added (stamped on every draft). */
  private rule = "";

  constructor(
    private readonly text: string,
    sentence: Sentence,
    private readonly mentions: SentenceMention[],
    private readonly discourse: DiscourseContext,
  ) {
    this.toks = sentence.tokens;
    this.at = new Array<SentenceMention | undefined>(this.toks.length).fill(undefined);
    for (const m of mentions) for (let i = m.from; i < m.to; i++) this.at[i] = m;
  }

  run(): SentenceRelations {
    for (const m of this.mentions) if (m.type === "measure") this.measures.push(this.parseMeasure(m));
    this.rule = "part-of-state";
    this.belongings();
    this.rule = "title-holder";
    this.titles();
    this.rule = "role-apposition";
    this.appositions();
    this.delegations();
    this.lifting();
    this.rule = "lift-noun";
    this.nominalLifts();
    this.restrictingVerbs();
    this.imposingVerbs();
    this.rule = "cover-verb";
    this.coveringVerbs();
    this.rule = "placed-under";
    this.placedUnder();
    this.rule = "falling-measure";
    this.fallingMeasures();
    this.rule = "measure-phrase";
    this.plainMeasures();
    const lastPerson = this.lastPersonBefore(this.toks.length);
    if (lastPerson) this.discourse.lastPerson = { ...lastPerson, from: -1, to: -1 };
    return { claims: this.claims, derived: [...this.derived.values()], speaker: this.speaker() };
  }

  // ---- helpers -------------------------------------------------------------------------

  private tok(i: number): Token | undefined {
    return this.toks[i];
  }

  private norm(i: number): string {
    return this.toks[i]?.normal ?? "";
  }

  private mentionAt(i: number): SentenceMention | undefined {
    return this.at[i];
  }

  private isAgent(m: SentenceMention | undefined): m is SentenceMention {
    // a country that qualifies a noun ("U.S. goods", "Chinese suppliers") is not acting
    return m !== undefined && AGENT_TYPES.has(m.type) && !(m.type === "country" && m.modifier === true && !m.possessive);
  }

  private isClauseBreak(i: number): boolean {
    const t = this.norm(i);
    return t === ";" || t === ":" || t === "but" || t === "while" || t === "although" || t === "whereas" || t === "—" || t === "(" || t === ")";
  }

  /**
   * The subject of a verb at `i + 1`: the nearest agent to the left within the clause, looking
   * past an apposition ("The Netherlands, home to ... ASML, has required") and across a shared
   * subject ("Canada will remove X but will keep Y").
   */
  private agentLeft(i: number, opts: { maxGap?: number; exclude?: SentenceMention } = {}): SentenceMention | undefined {
    const maxGap = opts.maxGap ?? 40;
    let k = i;
    while (k >= 0 && (AUX.has(this.norm(k)) || MODALS.has(this.norm(k)) || ADVERBS.has(this.norm(k)))) k--;
    if (this.norm(k) === ",") {
      // an apposition closes right before the verb: its opening comma follows the subject
      for (let q = k - 1; q >= 0 && k - q <= 12; q--) {
        if (this.isClauseBreak(q)) break;
        if (this.norm(q) === ",") {
          const m = this.mentionAt(q - 1);
          if (this.isAgent(m) && m !== opts.exclude) return m;
          break;
        }
      }
    }
    for (k = i; k >= 0 && i - k <= maxGap; k--) {
      const n = this.norm(k);
      if ((n === "but" || n === "and") && (MODALS.has(this.norm(k + 1)) || AUX.has(this.norm(k + 1)) || this.tok(k + 1)?.pos === "VERB")) continue;
      if (this.isClauseBreak(k)) return undefined;
      const m = this.mentionAt(k);
      if (this.isAgent(m) && m !== opts.exclude) return m;
    }
    return undefined;
  }

  private add(subject: string, predicate: EdgeType, object: string, from: number, to: number, modality?: Modality): void {
    if (subject === object) return;
    if (this.claims.some((c) => c.subject === subject && c.predicate === predicate && c.object === object)) return;
    this.claims.push({ subject, predicate, object, from: Math.max(0, from), to: Math.min(this.toks.length, to), modality, rule: this.rule });
  }

  private derive(e: DerivedEntity): string {
    if (!this.derived.has(e.key)) this.derived.set(e.key, e);
    return e.key;
  }

  /** A person acts for their country when a measure is at stake. */
  private imposerKey(m: SentenceMention): string | undefined {
    const viaCountry = m.type === "person" || (m.type === "agency" && m.key.endsWith("-delegation"));
    if (!viaCountry) return m.key;
    const ce = m.country ? lexiconIndex().countries.get(m.country) : undefined;
    // the state may not be named in the sentence ("Trump slapped ..."): make sure it is a node
    return ce ? this.derive({ key: `country:${ce.id}`, type: "country", label: ce.label }) : undefined;
  }

  private imposerCountry(m: SentenceMention): string | undefined {
    return m.country ?? (m.key.startsWith("country:") ? m.key.slice(8) : undefined);
  }

  /** The measure node for an imposer, kind and good; one node per (imposer, kind, good). */
  private measureKey(imposer: SentenceMention | undefined, kind: string, kindLabel: string, good: SentenceMention | undefined): string {
    const lex = lexiconIndex();
    const cc = imposer ? this.imposerCountry(imposer) : undefined;
    const owner = cc ?? (imposer ? slug(imposer.label) : "unattributed");
    const ownerLabel = cc ? (lex.countries.get(cc)?.label ?? cc.toUpperCase()) : imposer?.label;
    const goodSlug = good ? good.key.replace(/^commodity:/, "") : "";
    const key = `measure:${owner}-${kind}${goodSlug ? `-on-${goodSlug}` : ""}`;
    const label = `${ownerLabel ? `${ownerLabel} ` : ""}${kindLabel}${good ? ` on ${good.label}` : ""}`;
    this.derive({ key, type: "measure", label: label.charAt(0).toUpperCase() + label.slice(1), country: cc });
    return key;
  }

  /** Emits imposes/restricts for a measure phrase and returns its measure keys. */
  private emitMeasure(p: MeasurePhrase, imposer: SentenceMention | undefined, claimFrom: number, claimTo: number, opts: { includeExcluded?: boolean } = {}): string[] {
    if (imposer) {
      this.attributed.add(p);
      if (imposer.type !== "person" || imposer.country) this.discourse.lastImposer = { ...imposer, from: -1, to: -1 };
    }
    const goods = opts.includeExcluded ? p.excluded : p.goods;
    const list = goods.length > 0 ? goods : opts.includeExcluded ? [] : [undefined];
    const keys: string[] = [];
    for (const g of list) {
      const key = this.measureKey(imposer, p.kind, p.kindLabel, g);
      keys.push(key);
      const imp = imposer ? this.imposerKey(imposer) : undefined;
      // an imposer carried over from an earlier sentence has no place in this one (from < 0)
      const impFrom = imposer && imposer.from >= 0 ? imposer.from : claimFrom;
      if (imp) this.add(imp, "imposes", key, Math.max(0, Math.min(claimFrom, impFrom)), Math.max(claimTo, p.to));
      if (g) this.add(key, "restricts", g.key, p.from, Math.max(p.to, g.to));
    }
    return keys;
  }

  // ---- measure phrases ---------------------------------------------------------------------

  private parseMeasure(head: SentenceMention): MeasurePhrase {
    let kind = head.measureKind ?? "restrictions";
    let kindLabel = head.label.toLowerCase();
    let from = head.from;
    let imposer: SentenceMention | undefined;
    let imposerPronoun = false;
    const goods: SentenceMention[] = [];
    // Left: "China's continued export control", "US", "Beijing's", "rare earth export", "its".
    for (let k = head.from - 1; k >= 0 && head.from - k <= 6; k--) {
      const t = this.tok(k) as Token;
      const m = this.mentionAt(k);
      if (m && (m.type === "country" || m.type === "agency" || m.type === "organization") && !imposer) {
        imposer = m;
        from = m.from;
        k = m.from;
        continue;
      }
      if (m && m.type === "person" && m.possessive && !imposer) {
        imposer = m;
        from = m.from;
        k = m.from;
        continue;
      }
      if (m && m.type === "commodity") {
        goods.unshift(m);
        from = m.from;
        k = m.from;
        // "the barley and wine duties": goods coordinated before the measure word
        if ((this.norm(k - 1) === "and" || this.norm(k - 1) === ",") && this.mentionAt(k - 2)?.type === "commodity") k -= 1;
        continue;
      }
      if (t.normal === "its" || t.normal === "their") {
        imposerPronoun = true;
        from = k;
        continue;
      }
      if (/^['’][sS]?$/.test(t.text)) continue;
      if (t.normal === "export" || t.normal === "exports") {
        kind = KIND_EXPORT;
        from = k;
        continue;
      }
      if ((t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "DET" || t.pos === "NUM" || t.pos === "VERB") && /^\p{Ll}/u.test(t.text) && !LIFT_VERBS.has(t.normal) && !RESTRICT_VERBS.has(t.normal) && !IMPOSE_VERBS.has(t.normal) && !DEMAND_VERBS.has(t.normal) && !OFFER_WORDS.has(t.normal)) {
        if (t.pos !== "DET") from = k;
        continue;
      }
      break;
    }
    if (kind !== KIND_EXPORT && /export/.test(head.text.toLowerCase())) kind = KIND_EXPORT;
    // "curbs", "restrictions", "controls" alone say nothing about exports
    if (kind === KIND_EXPORT && !/export/.test(this.text.slice(this.tok(from)?.start ?? 0, head.end).toLowerCase()) && GENERIC_RESTRICTIONS.has(head.text.toLowerCase())) {
      kind = "restrictions";
      kindLabel = "restrictions";
    }
    if (kind === KIND_EXPORT && !/export/.test(kindLabel)) kindLabel = `export ${kindLabel}`;
    // Right: "imposed in April on X", "from the U.S.", "by Tokyo", "on X, Y and Z".
    let k = head.to;
    // "export control measures", "tariff rates": nouns that extend the head
    while (MEASURE_HEAD_EXTENSIONS.has(this.norm(k))) k++;
    let to = k;
    // "some new export curbs, not longstanding ones such as for advanced AI chips"
    if (this.norm(k) === "," && NEGATORS.has(this.norm(k + 1))) {
      const list = this.parseGoods(k);
      if (list.excluded.length > 0) return { from, to: list.to, kind, kindLabel, imposer, imposerPronoun, goods, excluded: list.excluded, head };
    }
    for (let steps = 0; steps < 8 && k < this.toks.length; steps++) {
      const n = this.norm(k);
      if ((n === "from" || n === "by") && this.isAgent(this.mentionAt(k + 1)) || (n === "by" || n === "from") && this.norm(k + 1) === "the" && this.isAgent(this.mentionAt(k + 2))) {
        const m = this.mentionAt(this.norm(k + 1) === "the" ? k + 2 : k + 1) as SentenceMention;
        if (!imposer) imposer = m;
        k = m.to;
        to = k;
        continue;
      }
      // "controls related to rare earths" name goods; "the tariff related to fentanyl" names a reason
      const extended = n === "to" && (this.toks.slice(Math.max(0, from - 4), from).some((t) => EXTEND_VERBS.has(t.normal)) || ["related", "relating", "linked", "applying"].includes(this.norm(k - 1)) && kind === KIND_EXPORT);
      // "measures related to rare earths", "controls regarding graphite"
      if (["related", "relating", "linked"].includes(n) && this.norm(k + 1) === "to") {
        if (kind === KIND_EXPORT) {
          k++;
          continue;
        }
        // a tariff "related to fentanyl": step over the reason to what it is levied on
        const reason = this.mentionAt(k + 2);
        k = reason ? reason.to : k + 3;
        continue;
      }
      if ((MEASURE_PREPS.has(n) || extended) && k > head.to - 1) {
        const list = this.parseGoods(k + 1);
        if (list.goods.length > 0 || list.excluded.length > 0) {
          goods.push(...list.goods);
          to = list.to;
          return { from, to, kind, kindLabel, imposer, imposerPronoun, goods, excluded: list.excluded, head };
        }
        if (n !== "on" && n !== "for") break;
      }
      // "the tariffs (that) it slapped on ...", "the curbs Beijing imposed on ..."
      const relSubject = ["it", "they", "that", "which", "he", "she"].includes(n) || this.isAgent(this.mentionAt(k));
      if (relSubject && [1, 2, 3].some((d) => IMPOSE_VERBS.has(this.norm(k + d)))) {
        const subj = this.mentionAt(k);
        if (!imposer && this.isAgent(subj)) imposer = subj;
        // "the tariffs he imposes": the person the sentence, or else the article, named last
        if (!imposer && (n === "he" || n === "she")) imposer = this.lastPersonBefore(k) ?? this.discourse.lastPerson;
        k = subj ? subj.to : k + 1;
        continue;
      }
      if (IMPOSE_VERBS.has(n) || ["in", "since", "last", "earlier", "this", "april", "may", "march", "recently", "previously", "year", "month", "week", "had", "has", "have"].includes(n) || this.tok(k)?.pos === "NUM" || this.tok(k)?.pos === "PROPN" && !this.mentionAt(k)) {
        k++;
        continue;
      }
      break;
    }
    return { from, to, kind, kindLabel, imposer, imposerPronoun, goods, excluded: [], head };
  }

  /** A list of goods from `i`: "chip design software, jet engine parts, chemicals, and nuclear materials". */
  private parseGoods(i: number): { goods: SentenceMention[]; excluded: SentenceMention[]; to: number } {
    const goods: SentenceMention[] = [];
    const excluded: SentenceMention[] = [];
    let negated = false;
    let k = i;
    let to = i;
    let lastWasItem = false;
    while (k < this.toks.length) {
      const t = this.tok(k) as Token;
      const m = this.mentionAt(k);
      if (m?.type === "commodity") {
        (negated ? excluded : goods).push(m);
        k = m.to;
        // "rare earths minerals": a generic good right after a specific one is its head noun
        const next = this.mentionAt(k);
        if (next?.type === "commodity" && next.from === k && (this.tok(k)?.start ?? 0) - (this.tok(k - 1)?.end ?? 0) <= 1 && next.to - next.from === 1) k = next.to;
        to = k;
        lastWasItem = true;
        // "chip sales", "rare earth exports", "rare earth items"
        while (FLOW_NOUNS.has(this.norm(k)) || TRAILING_HEADS.has(this.norm(k))) k++;
        continue;
      }
      if (m && (m.type === "organization" || m.type === "agency" || m.type === "country") && /^['’][sS]?$/.test(this.tok(m.to)?.text ?? "")) {
        // "ASML's most advanced machines": the maker qualifies the good
        k = m.to + 1;
        continue;
      }
      if (m?.type === "country" && m.modifier) {
        // "Chinese goods", "Chinese-made EVs": a demonym that qualifies the good
        k = m.to;
        if (this.norm(k) === "-" && ["made", "built", "produced", "origin", "assembled"].includes(this.norm(k + 1))) k += 2;
        continue;
      }
      if (NEGATORS.has(t.normal) && (this.norm(k - 1) === "," || this.norm(k - 1) === "but")) {
        negated = true;
        k++;
        continue;
      }
      // "holmium (Ho), erbium (Er)": a symbol or gloss in brackets after an item
      if (t.text === "(" && lastWasItem) {
        let close = k + 1;
        while (close < this.toks.length && close - k <= 6 && this.tok(close)?.text !== ")") close++;
        if (this.tok(close)?.text === ")") {
          k = close + 1;
          continue;
        }
      }
      // "dysprosium, an essential ingredient for ...": an apposition, not the next item
      if (t.text === "," && ["a", "an"].includes(this.norm(k + 1))) break;
      if (t.text === "," || t.normal === "and" || t.normal === "or" || t.normal === "including" || t.normal === "especially" || t.normal === "particularly" || t.normal === "notably" || t.normal === "like" || t.normal === "plus") {
        if (t.normal === "and" && this.norm(k + 1) === "to") break;
        k++;
        lastWasItem = false;
        continue;
      }
      if (t.normal === "namely" || t.normal === "specifically" || t.normal === "i.e." || t.normal === "e.g.") {
        k++;
        lastWasItem = false;
        continue;
      }
      if (t.normal === "such" && this.norm(k + 1) === "as") {
        k += 2;
        continue;
      }
      if (t.normal === "as" && this.norm(k + 1) === "well" && this.norm(k + 2) === "as") {
        k += 3;
        continue;
      }
      if ((t.normal === "access" || FLOW_NOUNS.has(t.normal)) && ["to", "of"].includes(this.norm(k + 1))) {
        k += 2;
        continue;
      }
      if ((MEASURE_PREPS.has(t.normal) || t.normal === "ones" || t.normal === "those" || t.normal === "one") && !lastWasItem && (goods.length === 0 || negated) && excluded.length === 0) {
        k++;
        continue;
      }
      if (LIST_FILLERS.has(t.normal) || t.pos === "NUM" || t.pos === "DET") {
        k++;
        continue;
      }
      if (!m && (t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "PROPN" || t.pos === "ADV" || t.pos === "VERB" && t.normal.endsWith("ed")) && /^\p{Ll}/u.test(t.text) && this.commoditySoon(k)) {
        k++;
        continue;
      }
      // An unknown noun phrase with a commodity head: "superhard materials", "dual-use items".
      const np = this.nounPhrase(k);
      if (np && !negated) {
        const label = this.text.slice(this.tok(np.from)?.start ?? 0, this.tok(np.to - 1)?.end ?? 0);
        const key = `commodity:${slug(label)}`;
        const sm: SentenceMention = { from: np.from, to: np.to, start: this.tok(np.from)?.start ?? 0, end: this.tok(np.to - 1)?.end ?? 0, text: label, type: "commodity", key, label, source: "np:commodity-head" };
        this.derive({ key, type: "commodity", label, alias: label });
        goods.push(sm);
        k = np.to;
        to = k;
        lastWasItem = true;
        continue;
      }
      if (t.pos === "ADJ" && /^\p{Ll}/u.test(t.text)) {
        k++;
        continue;
      }
      // an item we have no entry for ("alloys, oxides and compounds"): step over it to the rest
      if (t.pos === "NOUN" && /^\p{Ll}/u.test(t.text) && !lastWasItem && [",", "and", "or"].includes(this.norm(k + 1))) {
        k++;
        continue;
      }
      break;
    }
    return { goods, excluded, to };
  }

  /** A known good starts within the next three words, with only lower-case words between. */
  private commoditySoon(k: number): boolean {
    for (let j = k + 1; j <= k + 5 && j < this.toks.length; j++) {
      const m = this.mentionAt(j);
      if (m?.type === "commodity") return true;
      if (m || !/^\p{Ll}/u.test(this.tok(j)?.text ?? "")) return false;
    }
    return false;
  }

  /** A lower-case noun phrase ending in a commodity head noun, from `k`. */
  private nounPhrase(k: number): { from: number; to: number } | undefined {
    let j = k;
    while (j < this.toks.length && j - k < 4) {
      const t = this.tok(j) as Token;
      if (this.mentionAt(j) || !/^\p{Ll}/u.test(t.text) && t.text !== "-") break;
      if (!(t.pos === "ADJ" || t.pos === "NOUN" || t.text === "-" || t.pos === "VERB" && t.normal.endsWith("ed"))) break;
      j++;
      if (COMMODITY_HEADS.has(t.normal) && !COMMODITY_HEADS.has(this.norm(j)) && j - k >= 2) return { from: k, to: j };
    }
    return undefined;
  }

  // ---- part-of -----------------------------------------------------------------------------

  /** A delegation or government body belongs to its state: "the Chinese delegation", "US Treasury". */
  private belongings(): void {
    const lex = lexiconIndex();
    for (const m of this.mentions) {
      if (m.type !== "agency" || !m.country || m.key === `country:${m.country}`) continue;
      const ce = lex.countries.get(m.country);
      if (!ce) continue;
      const key = this.derive({ key: `country:${ce.id}`, type: "country", label: ce.label });
      this.add(m.key, "part-of", key, m.from, m.to);
    }
  }

  // ---- leads / member-of -------------------------------------------------------------------

  private titles(): void {
    const lex = lexiconIndex();
    for (const p of this.mentions) {
      if (p.type !== "person" || !p.titles || p.titleFrom === undefined || p.titleTo === undefined) continue;
      const from = Math.min(p.from, p.titleFrom);
      const to = Math.max(p.to, p.titleTo);
      // Country: a modifier right before the title ("US Treasury Secretary", "Chinese Vice-Premier").
      let k = p.titleFrom - 1;
      if (/^['’][sS]?$/.test(this.tok(k)?.text ?? "")) k--;
      const before = this.mentionAt(k);
      const modCountry = before?.type === "country" ? before.country : undefined;
      const bodyBefore = before && (before.type === "agency" || before.type === "organization") && !before.key.endsWith("-delegation") ? before : undefined;
      const bodyAfter = this.mentions.find((m) => (m.type === "agency" || m.type === "organization") && m.from > (p.titleFrom as number) && m.to <= to);
      const country = p.country ?? modCountry;
      const title = pickTitle(p.titles, country);
      if (!title) continue;
      if (!p.country) p.country = modCountry ?? (title.countries?.length === 1 ? title.countries[0] : undefined);
      const cc = p.country;
      const predicate: EdgeType = title.rank === "head" ? "leads" : "member-of";
      const anchorFrom = bodyBefore ? Math.min(from, bodyBefore.from) : from;
      if (bodyAfter) {
        this.add(p.key, predicate, bodyAfter.key, anchorFrom, to);
        continue;
      }
      if (bodyBefore) {
        this.add(p.key, predicate, bodyBefore.key, anchorFrom, to);
        continue;
      }
      // "research director at trading group XTB": the body after the title
      if (["at", "of", "from", "with"].includes(this.norm(p.titleTo)) && p.titleTo >= p.to) {
        const body = this.bodyAfterPrep(p.titleTo);
        if (body) {
          // "director of the X Program at the Center ...": head of a unit, member of the body
          const direct = this.directlyAfter(p.titleTo, body);
          this.add(p.key, direct ? predicate : "member-of", body.key, from, body.to);
          continue;
        }
      }
      // "the ministry's chief trade negotiator": the body the sentence has just named.
      const anaphor = this.bodyAnaphor(p.titleFrom);
      if (anaphor) {
        this.add(p.key, predicate, anaphor, from - 3, to);
        continue;
      }
      if (title.function === "head-of-state" || title.function === "head-of-government") {
        if (cc && title.rank === "head") {
          const ce = lex.countries.get(cc);
          if (ce) this.add(p.key, "leads", this.derive({ key: `country:${cc}`, type: "country", label: ce.label }), from, to);
        }
        continue;
      }
      if (!cc) continue;
      const body = [title.function, ...(RELATED_FUNCTIONS[title.function] ?? [])]
        .map((f) => lex.agencyByFunction.get(`${cc}|${f}`)?.[0])
        .find((b) => b !== undefined);
      if (body) {
        const key = this.derive({ key: `agency:${body.id}`, type: body.type ?? "agency", label: body.label, country: body.country });
        this.add(p.key, predicate, key, from, to);
      }
    }
  }

  /** "the ministry's ...": the nearest body named earlier in the sentence, or implied by a title. */
  private bodyAnaphor(before: number): string | undefined {
    const t = this.tok(before - 1);
    let k = before - 1;
    if (t && /^['’][sS]?$/.test(t.text)) k--;
    const noun = this.norm(k);
    if (!["ministry", "department", "agency", "office", "commission", "council", "bureau", "firm", "company", "group"].includes(noun) || this.norm(k - 1) !== "the") return undefined;
    for (let j = this.claims.length - 1; j >= 0; j--) {
      const c = this.claims[j];
      if (c && (c.predicate === "leads" || c.predicate === "member-of") && c.object.includes(noun === "ministry" ? "" : noun) && !c.object.endsWith("-delegation") && c.object.startsWith("agency:")) return c.object;
    }
    for (let j = k - 2; j >= 0; j--) {
      const m = this.mentionAt(j);
      if (m && (m.type === "agency" || m.type === "organization") && !m.key.endsWith("-delegation")) return m.key;
    }
    return undefined;
  }

  /** "Ian Bremmer, president of the Eurasia Group", "William Reinsch from the Center for ...". */
  private appositions(): void {
    for (const p of this.mentions) {
      if (p.type !== "person") continue;
      let k = p.to;
      const before = this.tok(p.from - 1);
      // "trade expert William Reinsch from the Center ..."
      if (before && ROLE_NOUNS.has(before.normal) && ["from", "at", "of", "with"].includes(this.norm(k))) {
        const body = this.bodyAfterPrep(k);
        if (body) this.add(p.key, "member-of", body.key, p.from - 2, body.to);
        continue;
      }
      if (this.tok(k)?.text !== ",") continue;
      k++;
      const roleStart = k;
      let sawFormer = false;
      let role: string | undefined;
      let modifiers = 0;
      let possessiveBody: SentenceMention | undefined;
      for (; k < this.toks.length && k - roleStart < 9; k++) {
        const t = this.tok(k) as Token;
        if (t.normal === "former" || t.normal === "ex") sawFormer = true;
        if (["a", "an", "the"].includes(t.normal)) continue;
        const bm = this.mentionAt(k);
        if (bm && (bm.type === "agency" || bm.type === "organization") && /^['’][sS]?$/.test(this.tok(bm.to)?.text ?? "")) {
          possessiveBody = bm;
          k = bm.to;
          modifiers++;
          continue;
        }
        if (this.mentionAt(k) && this.mentionAt(k)?.type !== "country") break;
        if (ROLE_NOUNS.has(t.normal)) {
          // "executive vice-president", "deputy director general": the last role word heads it
          while (ROLE_NOUNS.has(this.norm(k + 1)) || this.norm(k + 1) === "-" || this.norm(k + 1) === "vice" || this.norm(k + 1) === "general") {
            if (["vice", "deputy", "assistant", "under"].includes(this.norm(k + 1))) modifiers++;
            k++;
          }
          if (["vice", "deputy", "assistant", "executive", "senior", "former"].includes(t.normal)) modifiers++;
          role = this.norm(k);
          if (!["of", "at", "from", "with", "for"].includes(this.norm(k + 1))) {
            // "research director at", "trade partner at": look one further for the preposition
            if (ROLE_NOUNS.has(this.norm(k + 1))) continue;
          }
          k++;
          break;
        }
        if (/^\p{Ll}/u.test(t.text) || this.mentionAt(k)?.type === "country") {
          modifiers++;
          continue;
        }
        break;
      }
      if (!role || sawFormer) continue;
      if (possessiveBody) {
        this.add(p.key, HEAD_ROLES.has(role) && modifiers <= 1 ? "leads" : "member-of", possessiveBody.key, p.from, k);
        continue;
      }
      const prep = this.norm(k);
      if (!["of", "at", "from", "with", "for"].includes(prep)) continue;
      const body = this.bodyAfterPrep(k);
      if (!body) continue;
      const predicate: EdgeType = HEAD_ROLES.has(role) && prep === "of" && modifiers === 0 && this.directlyAfter(k, body) ? "leads" : "member-of";
      this.add(p.key, predicate, body.key, p.from, body.to);
    }
  }

  /** The body follows the preposition at `k` with nothing but "the" between. */
  private directlyAfter(k: number, body: SentenceMention): boolean {
    // "president of the German car industry association VDA": descriptors of the same body
    for (let j = k + 1; j < body.from; j++) {
      const t = this.tok(j) as Token;
      if (["at", "of", "in", "for"].includes(t.normal)) return false;
      if (/^\p{Lu}/u.test(t.text) && this.mentionAt(j)?.type !== "country") return false;
    }
    return true;
  }

  private bodyAfterPrep(k: number): SentenceMention | undefined {
    for (let j = k + 1; j < Math.min(this.toks.length, k + 14); j++) {
      // "director of the Critical Minerals Security Program at the Center for ...": skip a
      // unit with no entry of its own and take the body it belongs to
      const t = this.tok(j);
      if (t && /^\p{Lu}/u.test(t.text) && !this.mentionAt(j)) continue;
      if (this.mentionAt(j)?.type === "commodity" && /^\p{Lu}/u.test(t?.text ?? "")) {
        j = (this.mentionAt(j) as SentenceMention).to - 1;
        continue;
      }
      if (t && ["at", "of", "in", "and"].includes(t.normal)) continue;
      const m = this.mentionAt(j);
      if (m && (m.type === "agency" || m.type === "organization")) {
        // "the White House's National Economic Council": the last body of a possessive chain
        const next = /^['’][sS]?$/.test(this.tok(m.to)?.text ?? "") ? this.mentionAt(m.to + 1) : undefined;
        return next && (next.type === "agency" || next.type === "organization") ? next : m;
      }
      if (m && m.type !== "country") return undefined;
      const n = this.norm(j);
      if (!["the", "a", "an", "'s", "’s"].includes(n) && !(m?.type === "country") && !/^\p{Ll}/u.test(this.tok(j)?.text ?? "")) return undefined;
    }
    return undefined;
  }

  /** People listed from `i` on: "A, B and C", with titles and country modifiers between. */
  private personList(i: number, dir: 1 | -1 = 1): SentenceMention[] {
    const out: SentenceMention[] = [];
    let k = i;
    let gap = 0;
    while (k >= 0 && k < this.toks.length && gap <= 8) {
      const m = this.mentionAt(k);
      if (m?.type === "person") {
        if (!out.includes(m)) out.push(m);
        k = dir === 1 ? m.to : Math.min(m.from, m.titleFrom ?? m.from) - 1;
        gap = 0;
        continue;
      }
      const t = this.tok(k) as Token;
      if (t.text === "." || t.text === ";" || t.text === ":" || t.pos === "VERB" || this.isClauseBreak(k)) {
        if (!(t.pos === "VERB" && this.inTitle(k))) break;
      }
      k += dir;
      // titles and their capitalised words ("Representative for International Trade
      // Negotiations and Deputy Minister of Commerce X") do not count against the gap
      if (!this.inTitle(k - dir) && !/^\p{Lu}/u.test(t.text)) gap++;
    }
    return out;
  }

  private inTitle(k: number): boolean {
    return this.mentions.some((m) => m.type === "person" && m.titleFrom !== undefined && m.titleTo !== undefined && k >= m.titleFrom && k < m.titleTo);
  }

  private delegationAt(k: number, person?: SentenceMention): { key: string; from: number; to: number } | undefined {
    while (["the", "a", "an"].includes(this.norm(k)) && this.mentionAt(k + 1)?.key.endsWith("-delegation")) k++;
    const m = this.mentionAt(k);
    if (m && m.key.endsWith("-delegation")) return { key: m.key, from: m.from, to: m.to };
    // "the delegation", "the team", "a delegation": the delegation of the person's country
    let j = k;
    while (["the", "a", "an", "negotiating", "negotiation", "trade", "its", "his", "her", "their"].includes(this.norm(j))) j++;
    if (["delegation", "team", "contingent", "delegations", "teams"].includes(this.norm(j)) && person?.country) {
      const lex = lexiconIndex();
      const ce = lex.countries.get(person.country);
      if (!ce) return undefined;
      const key = this.derive({ key: delegationKey(ce.id), type: "agency", label: `${ce.label} delegation`, country: ce.id });
      return { key, from: k, to: j + 1 };
    }
    return undefined;
  }

  private delegations(): void {
    const n = this.toks.length;
    for (let v = 0; v < n; v++) {
      const w = this.norm(v);
      // "Leading the US delegation were A, B and C"
      if ((w === "participating" || w === "taking") && (v === 0 || this.norm(v - 1) === ",")) {
        this.rule = "delegation-fronted";
        let k = v + 1;
        if (w === "taking" && this.norm(k) === "part") k++;
        if (this.norm(k) !== "in") continue;
        let d = this.delegationAt(k + 1) ?? this.delegationAt(k + 2);
        if (!d) {
          // "the delegation": the delegation of the people listed
          let b = k + 1;
          while (b < this.toks.length && !BE.has(this.norm(b)) && b - k < 6) b++;
          const first = this.personList(b + 1)[0];
          d = this.delegationAt(k + 1, first);
        }
        if (d && BE.has(this.norm(d.to))) for (const p of this.personList(d.to + 1)) this.add(p.key, "member-of", d.key, v, p.to);
        continue;
      }
      if ((w === "leading" || w === "heading") && (v === 0 || this.norm(v - 1) === ",")) {
        this.rule = "delegation-fronted";
        const d = this.delegationAt(v + 1) ?? this.delegationAt(v + 2);
        if (d && BE.has(this.norm(d.to))) {
          for (const p of this.personList(d.to + 1)) this.add(p.key, "leads", d.key, v, p.to);
        }
        continue;
      }
      if (LEAD_VERBS.has(w)) {
        // passive / reduced relative: "the Chinese delegation (was) led by He Lifeng"
        if (this.norm(v + 1) === "by") {
          this.rule = "led-by";
          let j = v - 1;
          if (BE.has(this.norm(j))) j--;
          if (this.norm(j) === ",") j--;
          const dm = this.mentionAt(j);
          const p = this.personList(v + 2)[0];
          if (dm && (dm.type === "agency" || dm.type === "organization") && p) this.add(p.key, "leads", dm.key, dm.from, p.to);
          continue;
        }
        // relative: "the negotiation team of Japan which Akazawa minister leads"
        {
          let q = v - 1;
          while (q >= 0 && ADVERBS.has(this.norm(q))) q--;
          const leader = this.mentionAt(q)?.type === "person" ? this.mentionAt(q) : this.inTitle(q) ? this.mentions.find((m) => m.type === "person" && m.titleTo === q + 1) : undefined;
          if (leader && ["which", "that", "whom"].includes(this.norm(leader.from - 1))) {
            const d = this.mentionAt(leader.from - 2);
            if (d?.key.endsWith("-delegation")) {
              this.rule = "leads-relative";
              this.add(leader.key, "leads", d.key, d.from, v + 1);
              continue;
            }
          }
        }
        // active: "A, B and C are leading the US delegation"; "He Lifeng led the delegation with X and Y"
        let j = v - 1;
        while (j >= 0 && (AUX.has(this.norm(j)) || ADVERBS.has(this.norm(j)))) j--;
        // "Geraldo Alckmin, who also heads the MDIC": a body led, named in a relative clause
        if (this.norm(j) === "who" && this.norm(j - 1) === ",") {
          const who = [...this.mentions].reverse().find((m) => m.type === "person" && m.to <= j - 1 && m.to >= j - 12);
          const body = this.mentionAt(v + 1) ?? this.mentionAt(v + 2);
          if (who && body && (body.type === "agency" || body.type === "organization") && !body.key.endsWith("-delegation")) {
            this.rule = "who-heads";
            this.add(who.key, "leads", body.key, who.from, body.to);
            continue;
          }
        }
        const subj = this.mentionAt(j);
        if (subj?.type !== "person") continue;
        const d = this.delegationAt(v + 1, subj);
        if (!d) continue;
        this.rule = "lead-verb";
        const subjects = [subj, ...this.personList(j - 1, -1).filter((p) => p !== subj)];
        const listStart = Math.min(...subjects.map((p) => p.titleFrom ?? p.from));
        // "He Lifeng and Scott Bessent led their delegations": each leads their own
        const each = ["their", "respective"].includes(this.norm(v + 1));
        for (const p of subjects) {
          const own = each ? this.delegationAt(v + 1, p) : d;
          if (own) this.add(p.key, "leads", own.key, listStart, own.to);
        }
        // "... with Minister of Commerce X and Head of ... Y", "which included X and Y"
        let k = d.to;
        // skip a comma or a venue ("in Madrid") before "with ..."
        while (k < n) {
          const venue = ["in", "at"].includes(this.norm(k)) ? this.mentionAt(k + 1) : undefined;
          if (this.norm(k) === ",") k++;
          else if (venue?.type === "place") k = venue.to;
          else break;
        }
        if (this.norm(k) === "with" || this.norm(k) === "which" && INCLUDE_VERBS.has(this.norm(k + 1))) {
          for (const p of this.personList(k + 1 + (this.norm(k) === "which" ? 1 : 0))) this.add(p.key, "member-of", d.key, d.from, p.to);
        }
        // the same with a place or time between: "heading the team in London, which included ..."
        for (let q = d.to; q < n - 1; q++) {
          if (this.norm(q) === "which" && INCLUDE_VERBS.has(this.norm(q + 1))) {
            for (const p of this.personList(q + 2)) this.add(p.key, "member-of", d.key, d.from, p.to);
            break;
          }
          if (this.isClauseBreak(q) || this.tok(q)?.text === ".") break;
        }
        continue;
      }
      // "The US delegation ... includes A, B and C"; "the Chinese contingent led by X includes Y"
      const madeOf = (["made", "composed", "consisting", "comprised"].includes(w) && (this.norm(v + 1) === "of" || this.norm(v + 1) === "up" && this.norm(v + 2) === "of"));
      if (INCLUDE_VERBS.has(w) || w === "consists" && this.norm(v + 1) === "of" || madeOf) {
        let d: { key: string; from: number; to: number } | undefined;
        for (let j = v - 1; j >= 0 && v - j < 25; j--) {
          if (this.isClauseBreak(j)) break;
          const m = this.mentionAt(j);
          if (m?.key.endsWith("-delegation")) {
            d = { key: m.key, from: m.from, to: m.to };
            break;
          }
          if (this.norm(j) === "which") break;
        }
        if (!d) continue;
        this.rule = "delegation-includes";
        const leader = this.claims.find((c) => c.predicate === "leads" && c.object === d?.key);
        const listAt = madeOf ? v + (this.norm(v + 1) === "up" ? 3 : 2) : v + (w === "consists" ? 2 : 1);
        for (const p of this.personList(listAt)) {
          if (leader && leader.subject === p.key) continue;
          this.add(p.key, "member-of", d.key, d.from, p.to);
        }
        continue;
      }
      // "Mr. Lutnick ... joining the US delegation"
      if (JOIN_VERBS.has(w)) {
        this.rule = "joins-delegation";
        const d = this.delegationAt(v + 1);
        if (!d) continue;
        let subj: SentenceMention | undefined;
        for (let j = v - 1; j >= 0 && v - j < 15; j--) {
          const m = this.mentionAt(j);
          if (m?.type === "person") {
            subj = m;
            break;
          }
        }
        if (subj) this.add(subj.key, "member-of", d.key, subj.from, d.to);
        continue;
      }
      // "the U.S. participants in the talks were A and B"
      if (w === "participants" || w === "members" || w === "negotiators" || w === "delegates") {
        const owner = this.mentionAt(v - 1);
        if (owner?.type !== "country" || !owner.country) continue;
        let k = v + 1;
        while (k < n && !BE.has(this.norm(k)) && k - v < 8) k++;
        if (!BE.has(this.norm(k))) continue;
        const lex = lexiconIndex();
        const ce = lex.countries.get(owner.country);
        if (!ce) continue;
        this.rule = "participants-were";
        const key = this.derive({ key: delegationKey(ce.id), type: "agency", label: `${ce.label} delegation`, country: ce.id });
        for (const p of this.personList(k + 1)) this.add(p.key, "member-of", key, owner.from, p.to);
      }
    }
  }

  // ---- lifting -------------------------------------------------------------------------------

  private isLiftVerb(i: number): boolean {
    const t = this.tok(i);
    if (!t) return false;
    if (LIFT_PARTICLES.get(t.normal) === this.norm(i + 1)) return true;
    if (!LIFT_VERBS.has(t.normal)) return false;
    // "would lower its duties": wink tags some verbs as adjectives; a modal or "to" before them says verb
    const verbSlot = MODALS.has(this.norm(i - 1)) || this.norm(i - 1) === "to" || ADVERBS.has(this.norm(i - 1)) && MODALS.has(this.norm(i - 2));
    return t.pos === "VERB" || t.normal.endsWith("ing") || t.pos === "AUX" || verbSlot;
  }

  private lifting(): void {
    for (let v = 0; v < this.toks.length; v++) {
      const resume = RESUME_VERBS.has(this.norm(v)) && (this.tok(v)?.pos === "VERB" || this.norm(v).endsWith("ing"));
      if (!this.isLiftVerb(v) && !resume) continue;
      const particle = LIFT_PARTICLES.get(this.norm(v)) === this.norm(v + 1) ? 1 : 0;
      const after = v + 1 + particle;

      // Objects: measure phrases after the verb, or the goods whose flow resumes.
      let objects: MeasurePhrase[];
      let passive = false;
      this.rule = resume ? "resume-flow" : "lift-verb";
      if (resume) {
        const p = this.flowObject(after);
        if (!p) continue;
        objects = [p];
      } else {
        objects = this.measuresAfter(after);
        if (objects.length === 0 && BE.has(this.norm(v - 1))) {
          // passive: "export controls from the U.S. will be eased"
          // "Duties on Australian wine, imposed by Beijing in 2020, were removed"
          const left = [...this.measures].reverse().find((m) => m.to <= v - 1 && v - 1 - m.to <= 12 && this.onlyParticipialBetween(m.to, v - 1));
          if (left) {
            objects = [left];
            passive = true;
            this.rule = "lift-passive";
            if (!left.imposer) {
              for (let q = left.to; q < v - 1; q++) {
                if (this.norm(q) === "by" && this.isAgent(this.mentionAt(q + 1))) left.imposer = this.mentionAt(q + 1);
              }
            }
          }
        }
      }
      if (objects.length === 0) continue;
      if (objects.every((o) => o.head.measureKind === undefined && o.goods.length === 0 && o.excluded.length === 0)) continue;

      // The chain to the left: modals, "to", offers ("is prepared to"), negation, the lifter.
      let j = v - 1;
      let sawOffer = false;
      let sawModal = false;
      let negated = false;
      let lifter: SentenceMention | undefined;
      if (passive) {
        const by = this.norm(v + 1) === "by" ? this.mentionAt(v + 2) ?? this.mentionAt(v + 3) : undefined;
        const first = objects[0];
        // "The wine duties were lifted in March": the duties the article has been talking about
        const definite = first !== undefined && ["the", "these", "those"].includes(this.norm(first.from) === "the" ? "the" : this.norm(first.from - 1));
        lifter = this.isAgent(by) ? by : (first?.imposer ?? (definite ? this.discourse.lastImposer : undefined));
        j = (objects[0]?.from ?? v) - 1;
        for (let q = (objects[0]?.to ?? v); q < v; q++) {
          if (MODALS.has(this.norm(q))) sawModal = true;
          if (NEGATORS.has(this.norm(q))) negated = true;
        }
      } else {
        for (; j >= 0; j--) {
          const n = this.norm(j);
          // "... to open up its markets and cut duties on X": read the chain of the first verb
          if ((n === "and" || n === "or") && !this.mentionAt(j - 1)) {
            const first = this.previousVerb(j - 1);
            if (first !== undefined) {
              j = first;
              continue;
            }
          }
          if (NEGATORS.has(n) || REFUSAL_WORDS.has(n)) {
            negated = true;
            continue;
          }
          if (MODALS.has(n)) {
            sawModal = true;
            continue;
          }
          if (OFFER_WORDS.has(n) || CHAIN_OFFER_NOUNS.has(n) && n !== "to") {
            sawOffer = true;
            continue;
          }
          if (AUX.has(n) || ADVERBS.has(n) || n === "able") continue;
          // "The Trump administration last week lifted ...", "Beijing on Tuesday eased ..."
          const time = this.timeAdverbialEndingAt(j);
          if (time > 0) {
            j -= time - 1;
            continue;
          }
          break;
        }
        let subj = this.mentionAt(j);
        // "Beijing said it would suspend ...": the pronoun is the speaker
        if (!subj && ["it", "they", "he", "she"].includes(this.norm(j))) {
          let q = j - 1;
          while (q >= 0 && ["that", ","].includes(this.norm(q))) q--;
          if (SPEECH_VERBS.has(this.norm(q))) {
            const speaker = this.agentLeft(q - 1, { maxGap: 4 });
            if (speaker) subj = { ...speaker, from: j, to: j + 1 };
          }
        }
        if (this.isAgent(subj)) {
          lifter = subj;
          j = Math.min(subj.from, subj.titleFrom ?? subj.from) - 1;
          // "US President Trump": the country modifier belongs to the subject
          if (this.mentionAt(j)?.type === "country") j = (this.mentionAt(j) as SentenceMention).from - 1;
        }
      }

      // A governing demand: "urged the US to lift", "hopes China will lift", "ensure that China relaxes".
      let k = j;
      while (k >= 0 && (["that", ",", "the"].includes(this.norm(k)) || ADVERBS.has(this.norm(k)))) k--;
      let demander: SentenceMention | undefined;
      let demandAt = -1;
      if (DEMAND_VERBS.has(this.norm(k)) || ["on", "for"].includes(this.norm(k)) && DEMAND_VERBS.has(this.norm(k - 1))) {
        demandAt = ["on", "for"].includes(this.norm(k)) ? k - 1 : k;
        let q = demandAt - 1;
        let demandNegated = false;
        while (q >= 0 && (AUX.has(this.norm(q)) || MODALS.has(this.norm(q)) || ADVERBS.has(this.norm(q)) || NEGATORS.has(this.norm(q)))) {
          if (NEGATORS.has(this.norm(q))) demandNegated = true;
          q--;
        }
        demander = this.agentLeft(q, { exclude: lifter });
        // "Brussels, which had pushed for ...": the relative pronoun's antecedent (agentLeft skips it)
        if (demandNegated) negated = true;
      }
      // "did not say Washington will loosen ...": a negated verb governing the clause
      if (!passive && lifter) {
        for (let q = j; q >= 0 && j - q <= 4; q--) {
          if (this.isClauseBreak(q) || this.norm(q) === ",") break;
          if (NEGATORS.has(this.norm(q))) negated = true;
        }
      }
      if (negated) {
        // still record who imposes what: a refusal to lift a measure says the measure exists
        for (const o of objects) this.emitMeasure(o, o.imposer ?? lifter, o.from, o.to);
        continue;
      }

      // "... if Washington rolled back its restrictions": the condition is not a lift
      let inCondition = false;
      for (let q = (lifter?.from ?? v) - 1; q >= 0 && (lifter?.from ?? v) - q <= 3; q--) if (CONDITION_WORDS.has(this.norm(q))) inCondition = true;
      if (inCondition) {
        for (const o of objects) this.emitMeasure(o, o.imposer ?? lifter, o.from, o.to);
        continue;
      }
      const conditional = this.toks.slice(v).some((t, i) => CONDITION_WORDS.has(t.normal) && !(t.normal === "as" && this.norm(v + i + 1) !== "long"));
      let predicate: EdgeType | undefined;
      let actor: SentenceMention | undefined;
      let modality: Modality = "asserted";
      if (demander && demander !== lifter && !(sawOffer && lifter)) {
        predicate = "demands-lift";
        actor = demander;
        modality = "asserted";
      } else if (demandAt >= 0 && !demander && !sawOffer) {
        // someone unnamed wants it lifted: no offer by the one asked
        predicate = undefined;
      } else if (lifter) {
        actor = lifter;
        const past = /ed$/.test(this.norm(v)) || ["cut", "withdrew", "withdrawn", "rethought"].includes(this.norm(v));
        if (sawOffer || sawModal || conditional || this.norm(v - 1) === "to" || this.norm(v).endsWith("ing") || demandAt >= 0) {
          predicate = "offers-to-lift";
          modality = conditional ? "conditional" : sawModal || demandAt >= 0 ? "expected" : "asserted";
        } else if (past || /s$/.test(this.norm(v))) {
          predicate = "lifts";
        } else {
          predicate = "offers-to-lift";
          modality = "expected";
        }
      }
      for (const o of objects) {
        const imposer = o.imposer ?? (predicate === "demands-lift" || o.imposerPronoun || !o.imposer ? lifter : undefined);
        // "the U.S. would expect export controls to be eased": whose controls is unsaid
        if (predicate === "demands-lift" && !imposer && o.goods.length === 0) continue;
        const keys = this.emitMeasure(o, imposer, o.from, o.to);
        if (o.excluded.length > 0) this.emitMeasure(o, imposer, o.from, o.to, { includeExcluded: true });
        if (!predicate || !actor) continue;
        const from = actor.from >= 0 ? Math.min(actor.titleFrom ?? actor.from, actor.from, o.from) : o.from;
        for (const key of keys) this.add(actor.key, predicate, key, from, Math.max(o.to, v + 1), modality);
      }
    }
  }

  private lastPersonBefore(k: number): SentenceMention | undefined {
    return [...this.mentions].reverse().find((m) => m.type === "person" && m.to <= k && !m.surname);
  }

  /** The nearest main verb at or before `j` in the clause (the first conjunct of "X and Y"). */
  private previousVerb(j: number): number | undefined {
    for (let q = j; q >= 0 && j - q <= 25; q--) {
      if (this.isClauseBreak(q) || this.norm(q) === ",") return undefined;
      const t = this.tok(q) as Token;
      if ((t.pos === "VERB" || LIFT_VERBS.has(t.normal)) && !this.mentionAt(q)) return q;
    }
    return undefined;
  }

  /** Length of a time adverbial ending at `j` ("last week", "on Tuesday", "in April", "earlier this month"), or 0. */
  private timeAdverbialEndingAt(j: number): number {
    const n = this.norm(j);
    const prev = this.norm(j - 1);
    if (["yesterday", "today", "earlier", "later", "recently", "previously", "again", "subsequently"].includes(n)) return 1;
    if (TIME_UNITS.has(n) && ["last", "next", "this", "that", "same", "the"].includes(prev)) {
      return this.norm(j - 2) === "earlier" || this.norm(j - 2) === "later" ? 3 : 2;
    }
    if ((WEEKDAYS.has(n) || MONTHS.has(n)) && ["on", "in", "since", "last", "this"].includes(prev)) return 2;
    if (this.tok(j)?.pos === "NUM" && MONTHS.has(prev) && ["on", "in", "since"].includes(this.norm(j - 2))) return 3;
    if (this.tok(j)?.pos === "NUM" && ["in", "since"].includes(prev)) return 2;
    return 0;
  }

  /**
   * "requested ... the reduction of the automobile tariff", "called for the removal of the duties":
   * a lift named as a noun, under a verb of demand. The one asked is whoever imposed the measure.
   */
  private nominalLifts(): void {
    for (let v = 0; v < this.toks.length; v++) {
      if (!LIFT_NOUNS.has(this.norm(v)) || this.norm(v + 1) !== "of") continue;
      const objects = this.measuresAfter(v + 2);
      if (objects.length === 0) continue;
      let demandAt = -1;
      for (let q = v - 1; q >= 0 && v - q <= 10; q--) {
        if (this.isClauseBreak(q)) break;
        if (DEMAND_VERBS.has(this.norm(q))) {
          demandAt = q;
          break;
        }
      }
      if (demandAt < 0) continue;
      let negated = false;
      for (let q = demandAt - 1; q >= 0 && demandAt - q <= 3; q--) if (NEGATORS.has(this.norm(q))) negated = true;
      const demander = this.agentLeft(demandAt - 1);
      for (const o of objects) {
        const keys = this.emitMeasure(o, o.imposer, o.from, o.to);
        if (!demander || negated || (!o.imposer && o.goods.length === 0)) continue;
        if (o.imposer && this.imposerKey(o.imposer) === this.imposerKey(demander)) continue;
        for (const key of keys) this.add(demander.key, "demands-lift", key, Math.min(demander.from, demandAt), o.to, "asserted");
      }
    }
  }

  /** Measure phrases that are the object of a verb at `i`, coordinated ("curbs on X, restrictions on Y"). */
  private measuresAfter(i: number): MeasurePhrase[] {
    const out: MeasurePhrase[] = [];
    let k = i;
    for (let guard = 0; guard < 4; guard++) {
      const next = this.measures.find((m) => m.from >= k && m.from - k <= 6 && this.onlyModifiersBetween(k, m.from));
      if (!next) break;
      out.push(next);
      k = next.to;
      while (this.norm(k) === "," || this.norm(k) === "and") k++;
    }
    return out;
  }

  /** Between a subject and its verb: modals, adverbs, or a comma-delimited participle phrase. */
  private onlyParticipialBetween(a: number, b: number): boolean {
    if (b - a <= 2) return true;
    if (this.norm(a) !== "," ) return false;
    for (let k = a + 1; k < b; k++) {
      const t = this.tok(k) as Token;
      if (this.isClauseBreak(k) || t.text === ".") return false;
      if (t.pos === "VERB" && !/(ed|en)$/.test(t.normal)) return false;
    }
    return true;
  }

  private onlyModifiersBetween(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const t = this.tok(k) as Token;
      if (t.pos === "VERB" && !/ed$/.test(t.normal)) return false;
      if ([";", ".", "that", "which", "if", "but", "to", "while", "whereas", "although", "though"].includes(t.normal)) return false;
    }
    return true;
  }

  /** "shipments to the U.S. of rare earths", "rare earth exports", "China's exports of X". */
  private flowObject(i: number): MeasurePhrase | undefined {
    let k = i;
    let imposer: SentenceMention | undefined;
    while (k < this.toks.length && k - i < 4) {
      const m = this.mentionAt(k);
      if (m?.type === "country" && !m.modifier) imposer = m;
      else if (m?.type === "country" && m.possessive) imposer = m;
      else if (m?.type === "commodity") break;
      else if (!["the", "a", "more", "its", "their", "'s", "’s"].includes(this.norm(k)) && !m && !FLOW_NOUNS.has(this.norm(k))) break;
      if (FLOW_NOUNS.has(this.norm(k))) break;
      k = m ? m.to : k + 1;
    }
    if (this.mentionAt(k)?.type === "commodity") {
      // "rare earth exports"
      const m = this.mentionAt(k) as SentenceMention;
      if (!FLOW_NOUNS.has(this.norm(m.to))) return undefined;
      const list = this.parseGoods(k);
      return this.syntheticMeasure(i, list.to, imposer, list.goods);
    }
    if (!FLOW_NOUNS.has(this.norm(k))) return undefined;
    k++;
    // "to the U.S." before "of ..."
    if (this.norm(k) === "to") {
      k++;
      while (this.norm(k) === "the") k++;
      const m = this.mentionAt(k);
      if (m) k = m.to;
    }
    if (this.norm(k) !== "of") return undefined;
    const list = this.parseGoods(k + 1);
    if (list.goods.length === 0) return undefined;
    return this.syntheticMeasure(i, list.to, imposer, list.goods);
  }

  private syntheticMeasure(from: number, to: number, imposer: SentenceMention | undefined, goods: SentenceMention[]): MeasurePhrase | undefined {
    if (goods.length === 0) return undefined;
    const head = { ...(goods[0] as SentenceMention), type: "measure" as const, measureKind: KIND_EXPORT, label: "export controls" };
    return { from, to, kind: KIND_EXPORT, kindLabel: "export controls", imposer, goods, excluded: [], head };
  }

  // ---- restricting and imposing ---------------------------------------------------------------

  private restrictingVerbs(): void {
    for (let v = 0; v < this.toks.length; v++) {
      const t = this.tok(v) as Token;
      const nounHalt = (t.normal === "halt" || t.normal === "ban" || t.normal === "freeze") && ["a", "the"].includes(this.norm(v - 1));
      if (!RESTRICT_VERBS.has(t.normal) || !(t.pos === "VERB" || nounHalt || t.normal.endsWith("ing"))) continue;
      // "suspend tariffs" lifts a measure: leave that to lifting()
      if (this.measures.some((m) => m.from >= v + 1 && m.from <= v + 3)) continue;
      if (BE.has(this.norm(v - 1)) && /(ed|en|pped|nned)$/.test(t.normal)) {
        this.rule = "restrict-passive";
        this.passiveRestriction(v);
        continue;
      }
      this.rule = "restrict-verb";
      let k = v + 1;
      if (nounHalt && (this.norm(k) === "to" || this.norm(k) === "on")) k++;
      let obj = this.flowObject(k) ?? this.directGoods(k);
      // "required licences since September 2023 for exports of ..."
      for (let q = k + 1; !obj && q < Math.min(this.toks.length, k + 10); q++) {
        if (this.isClauseBreak(q) || this.tok(q)?.pos === "VERB" || this.norm(q) === ".") break;
        if (FLOW_NOUNS.has(this.norm(q)) && this.norm(q + 1) === "of") obj = this.flowObject(q);
      }
      if (!obj) continue;
      // subject: nearest agent to the left in the clause
      let negated = false;
      for (let q = v - 1; q >= 0 && v - q <= 4; q--) if (NEGATORS.has(this.norm(q))) negated = true;
      if (negated) continue;
      const subj = obj.imposer ?? this.agentLeft(v - 1);
      // "until China does more to curb shipments of ...": not (yet) a restriction
      if (subj && this.toks.slice(Math.max(0, subj.from - 2), v).some((t) => CONDITION_WORDS.has(t.normal) || t.normal === "until")) continue;
      if (!subj) continue;
      this.emitMeasure({ ...obj, kind: obj.kind }, subj, Math.min(subj.from, v), obj.to);
    }
  }

  /**
   * "shipments of live lobster were stopped at Chinese ports", "exports of gallium were banned by
   * Beijing": the flow is the subject; the one restricting is the agent, or the state whose ports
   * or customs are named.
   */
  private passiveRestriction(v: number): void {
    let start = v - 2;
    while (start > 0 && !FLOW_NOUNS.has(this.norm(start)) && v - start <= 8) start--;
    if (!FLOW_NOUNS.has(this.norm(start))) return;
    const obj = this.flowObject(start);
    if (!obj || obj.to > v - 1) return;
    let imposer: SentenceMention | undefined;
    for (let q = v + 1; q < Math.min(this.toks.length, v + 6); q++) {
      const m = this.mentionAt(q);
      if (this.norm(q) === "by" && this.isAgent(this.mentionAt(q + 1))) imposer = this.mentionAt(q + 1);
      else if (m?.type === "country" && ["ports", "port", "border", "borders", "customs"].includes(this.norm(m.to))) imposer = { ...m, modifier: false };
      if (imposer) break;
    }
    if (imposer) this.emitMeasure(obj, imposer, obj.from, v + 1);
  }

  private directGoods(k: number): MeasurePhrase | undefined {
    const list = this.parseGoods(k);
    if (list.goods.length === 0 || list.goods[0] && list.goods[0].from - k > 3) return undefined;
    const m = this.syntheticMeasure(k, list.to, undefined, list.goods);
    return m ? { ...m, kind: "restrictions", kindLabel: "restrictions" } : undefined;
  }

  private imposingVerbs(): void {
    for (let v = 0; v < this.toks.length; v++) {
      if (!IMPOSE_VERBS.has(this.norm(v)) || this.tok(v)?.pos !== "VERB") continue;
      this.rule = "impose-verb";
      let objects = this.measuresAfter(v + 1);
      // "the 30% levy that Trump had threatened to slap on European goods": the measure is the
      // antecedent of a relative clause, its goods follow the verb
      if (objects.length === 0) {
        const rel = this.relativeMeasure(v);
        if (rel) objects = [rel];
        this.rule = "impose-relative";
      }
      if (objects.length === 0) continue;
      let negated = false;
      for (let q = v - 1; q >= 0 && v - q <= 3; q--) if (NEGATORS.has(this.norm(q))) negated = true;
      if (negated) continue;
      const subj = this.agentLeft(v - 1);
      for (const o of objects) {
        const imposer = o.imposer ?? subj;
        if (imposer) this.emitMeasure(o, imposer, Math.min(imposer.from >= 0 ? imposer.from : v, v, o.from), o.to);
      }
    }
  }

  /**
   * "US tariffs on European cars, currently 27.5%, are set to fall to 15%": a measure as the
   * subject of an intransitive verb of decline is lifted (in part) by whoever imposed it.
   */
  private fallingMeasures(): void {
    for (let v = 1; v < this.toks.length; v++) {
      const n = this.norm(v);
      if (!FALL_VERBS.has(n)) continue;
      let j = v - 1;
      let modal = false;
      while (j >= 0 && (AUX.has(this.norm(j)) || MODALS.has(this.norm(j)) || ADVERBS.has(this.norm(j)) || ["set", "expected", "due", "likely", "poised"].includes(this.norm(j)))) {
        if (!AUX.has(this.norm(j)) || this.norm(j) === "to") modal = true;
        j--;
      }
      const m = [...this.measures].reverse().find((x) => x.to <= j + 1 && this.onlyParticipialBetween(x.to, j + 1));
      if (!m?.imposer || m.goods.length === 0) continue;
      let negated = false;
      for (let q = m.to; q < v; q++) if (NEGATORS.has(this.norm(q))) negated = true;
      const keys = this.emitMeasure(m, m.imposer, m.from, m.to);
      if (negated) continue;
      const past = /ed$/.test(n) || ["fell", "dropped", "ended", "lapsed", "expired"].includes(n);
      const actor = this.imposerKey(m.imposer);
      if (!actor) continue;
      for (const key of keys) this.add(actor, past && !modal ? "lifts" : "offers-to-lift", key, m.from, v + 1, past && !modal ? "asserted" : "expected");
    }
  }

  /** A measure followed by "that|which AGENT (modal|threatened to)* VERB on GOODS", for the verb at `v`. */
  private relativeMeasure(v: number): MeasurePhrase | undefined {
    let q = v - 1;
    while (q >= 0 && v - q <= 6 && !["that", "which"].includes(this.norm(q))) q--;
    if (!["that", "which"].includes(this.norm(q))) return undefined;
    const m = this.measures.find((x) => x.to === q || x.head.to === q);
    if (!m || !["on", "against"].includes(this.norm(v + 1))) return undefined;
    const list = this.parseGoods(v + 2);
    if (list.goods.length === 0) return undefined;
    const subj = this.mentionAt(q + 1);
    return { ...m, goods: [...m.goods, ...list.goods], to: list.to, imposer: m.imposer ?? (this.isAgent(subj) ? subj : undefined) };
  }

  /** "magnets, which Beijing placed under export licensing": goods put under a measure. */
  private placedUnder(): void {
    for (let v = 2; v < this.toks.length - 2; v++) {
      if (!["placed", "put", "brought", "places", "puts"].includes(this.norm(v)) || this.norm(v + 1) !== "under") continue;
      const m = this.measures.find((x) => x.head.from >= v + 2 && x.head.from <= v + 5);
      const subj = this.agentLeft(v - 1, { maxGap: 4 });
      if (!m || !subj) continue;
      // the goods: before "which"/"that" (relative clause) or right after the verb ("placed X under")
      let goods: SentenceMention[] = [];
      const rel = this.toks.slice(0, subj.from).map((t) => t.normal).lastIndexOf("which");
      if (rel > 0) {
        const g = this.mentionAt(rel - 1) ?? this.mentionAt(rel - 2);
        if (g?.type === "commodity") goods = [g];
      }
      if (goods.length === 0) continue;
      this.emitMeasure({ ...m, goods: [...m.goods, ...goods] }, m.imposer ?? subj, Math.min(goods[0]?.from ?? v, subj.from), m.to);
      this.attributed.add(m);
    }
  }

  /**
   * "The controls cover the relevant metals ... as well as rare earth magnets": a measure as the
   * subject of a verb of scope. "The controls" with no owner are the ones the article spoke of last.
   */
  private coveringVerbs(): void {
    for (let v = 1; v < this.toks.length; v++) {
      if (!COVER_VERBS.has(this.norm(v))) continue;
      let j = v - 1;
      while (j >= 0 && (AUX.has(this.norm(j)) || MODALS.has(this.norm(j)) || ADVERBS.has(this.norm(j)))) j--;
      const m = this.measures.find((x) => x.to === j + 1 || x.head.to === j + 1);
      if (!m) continue;
      const list = this.parseGoods(this.norm(v + 1) === "to" ? v + 2 : v + 1);
      if (list.goods.length === 0) continue;
      const definite = ["the", "these", "those", "such"].includes(this.norm(m.from - 1)) || ["the", "these", "those"].includes(this.norm(m.from));
      const imposer = m.imposer ?? (definite ? this.discourse.lastImposer : undefined);
      this.emitMeasure({ ...m, goods: [...m.goods, ...list.goods], to: list.to }, imposer, m.from, list.to);
      this.attributed.add(m);
    }
  }

  /** A measure phrase that names its imposer and its goods: "China's export controls on rare earths". */
  private plainMeasures(): void {
    for (const m of this.measures) {
      if (this.attributed.has(m)) continue;
      if (m.imposer && (m.goods.length > 0 || m.excluded.length > 0)) {
        this.emitMeasure(m, m.imposer, m.from, m.to);
        if (m.excluded.length > 0) this.emitMeasure(m, m.imposer, m.from, m.to, { includeExcluded: true });
      } else if (m.goods.length > 0) {
        this.emitMeasure(m, undefined, m.from, m.to);
      }
    }
  }

  // ---- attribution ---------------------------------------------------------------------------

  /** Who says the sentence: "Hassett said", "said Shaw", "according to Reuters". */
  private speaker(): string | undefined {
    for (let v = 0; v < this.toks.length; v++) {
      const n = this.norm(v);
      if (n === "according" && this.norm(v + 1) === "to") {
        const m = this.mentionAt(v + 2) ?? this.mentionAt(v + 3);
        if (this.isAgent(m)) return m.key;
      }
      if (!SPEECH_VERBS.has(n)) continue;
      const next = this.mentionAt(v + 1);
      if (this.isAgent(next) && (next.type === "person" || next.type === "organization")) return next.key;
      let j = v - 1;
      while (j >= 0 && (AUX.has(this.norm(j)) || ADVERBS.has(this.norm(j)) || MODALS.has(this.norm(j)))) j--;
      // "Hassett, director of the National Economic Council, told CNBC"
      if (this.norm(j) === ",") {
        const subjectPerson = this.mentions.find((m) => m.type === "person" && m.to < j && this.tok(m.to)?.text === ",");
        if (subjectPerson) return subjectPerson.key;
      }
      const m = this.mentionAt(j);
      if (this.isAgent(m) && m.type !== "country") return m.key;
    }
    return undefined;
  }
}

function pickTitle(titles: TitleEntry[], country: string | undefined): TitleEntry | undefined {
  if (country) {
    const exact = titles.find((t) => t.countries?.includes(country));
    if (exact) return exact;
    const open = titles.find((t) => !t.countries || t.countries.length === 0);
    if (open) return open;
    return undefined;
  }
  return titles.find((t) => t.countries?.length === 1) ?? titles[0];
}
