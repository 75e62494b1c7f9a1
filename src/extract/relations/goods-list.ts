// A list of goods after a measure or a verb: "chip design software, jet engine parts, chemicals, and
// nuclear materials", "seven rare earths, including dysprosium (Dy)", "ASML's most advanced machines",
// "some new export curbs, not longstanding ones such as for advanced AI chips". The reader steps
// over what qualifies an item (makers, origins, fillers, glosses) and what joins items, collects
// known goods and unknown noun phrases with a commodity head ("superhard materials"), and moves
// goods named after "not" into `excluded`.

import type { Token } from "../../model/types.ts";
import { fold, slug } from "../../text/fold.ts";
import { goodsBase, goodsClassOfWord, isCollectiveNoun, singularNoun } from "../../lexicon/wordnet.ts";
import { COMMODITY_HEADS, FLOW_NOUNS, GOODS_HOLDERS, LIST_FILLERS, MEASURE_HEAD_EXTENSIONS, MEASURE_PREPS, NEGATORS, NOT_GOODS, POSSESSIVE_PRONOUNS, TRAILING_HEADS } from "../../text/words.ts";
import type { SentenceMention } from "../mentions/types.ts";
import { isPossessiveMark, type SentenceScope } from "./scope.ts";

export interface GoodsList {
  goods: SentenceMention[];
  excluded: SentenceMention[];
  to: number;
}

/** What a step did: moved on to the next token, ended the list, or did not apply. */
type Step = "next" | "stop" | "skip";

const JOINERS = new Set(["and", "or", "including", "especially", "particularly", "notably", "like", "plus", ":"]);
const INTRODUCERS = new Set(["namely", "specifically", "i.e.", "e.g."]);
/** Nouns that name kinds of the goods after "of": "some varieties of almonds", "all types of steel". */
const KIND_NOUNS = new Set(["variety", "varieties", "kind", "kinds", "type", "types", "sort", "sorts", "grade", "grades", "form", "forms"]);
/** Participles of goods coming from somewhere: "goods imported from". */
const SHIPPED = new Set(["imported", "shipped", "sourced", "coming", "originating", "exported"]);
const MADE = new Set(["made", "built", "produced", "origin", "assembled"]);

class GoodsReader {
  readonly goods: SentenceMention[] = [];
  readonly excluded: SentenceMention[] = [];
  private negated = false;
  private lastWasItem = false;
  /** Where a run of classifying modifiers before the next known good started. */
  private modifierFrom: number | undefined;
  k: number;
  to: number;

  constructor(private readonly s: SentenceScope, i: number) {
    this.k = i;
    this.to = i;
  }

  read(): GoodsList {
    const steps: ((t: Token, m: SentenceMention | undefined) => Step)[] = [
      this.anaphor,
      this.item,
      this.maker,
      this.origin,
      this.destination,
      this.demonymLike,
      this.negator,
      this.gloss,
      this.reducedRelative,
      this.dashAside,
      this.joiner,
      this.phraseJoiner,
      this.flowOf,
      this.leadIn,
      this.filler,
      this.genericHead,
      this.modifierBeforeGood,
      this.unknownPhrase,
      this.glossedItem,
      this.adjective,
      this.unknownItem,
    ];
    outer: while (this.k < this.s.length) {
      const t = this.s.tok(this.k) as Token;
      const m = this.s.mentionAt(this.k);
      for (const step of steps) {
        const r = step.call(this, t, m);
        if (r === "next") continue outer;
        if (r === "stop") break outer;
      }
      break;
    }
    return { goods: this.goods, excluded: this.excluded, to: this.to };
  }

  /**
   * "the commodity", "the fruit": the one good the sentences before named last; with none, or
   * several, the word names no good of its own.
   */
  private anaphor(t: Token): Step {
    const s = this.s;
    if (t.normal !== "the" || !GOODS_ANAPHORS.has(s.norm(this.k + 1)) || s.mentionAt(this.k + 1)) return "skip";
    if (["of", "-"].includes(s.norm(this.k + 2)) || /^\p{Lu}/u.test(s.tok(this.k + 2)?.text ?? "")) return "skip";
    // the goods this sentence named before it, else the ones the sentences before named last; a word
    // of a kind ("the fruit", "the metal") takes only a good of that kind
    const noun = s.norm(this.k + 1);
    // (food, plants and animals are one kind here: WordNet files "fruit" under plants, "tomatoes" under food)
    const kind = (w: string): string | undefined => {
      const c = goodsClassOfWord(w);
      return c === "food" || c === "plant" || c === "animal" ? "farm" : c;
    };
    const fits = (g: SentenceMention): boolean => ANY_GOOD_ANAPHORS.has(noun) || kind(fold(g.label).split(/\s+/).at(-1) ?? "") === kind(noun);
    const here = [...s.mentions, ...s.goodsRead].filter((m) => m.type === "commodity" && m.to <= this.k && m.source !== "origin-goods");
    const pool = (here.length > 0 ? here : s.previousGoods).filter(fits);
    const keys = new Set(pool.map((g) => g.key));
    const ref = pool[0];
    if (keys.size !== 1 || !ref || this.goods.length > 0) return "stop";
    const from = this.k;
    const to = this.k + 2;
    const start = s.tok(from)?.start ?? 0;
    const end = s.tok(to - 1)?.end ?? start;
    this.goods.push({ ...ref, from, to, start, end, text: s.text.slice(start, end), source: "anaphor" });
    this.k = to;
    this.to = to;
    this.lastWasItem = true;
    return "next";
  }

  /** A known good; a one-word generic good right after it is its head ("rare earths minerals"). */
  private item(_t: Token, m: SentenceMention | undefined): Step {
    const s = this.s;
    if (m?.type !== "commodity") return "skip";
    const good = this.compound(m);
    // "gas cylinders", "soybean farmers", "oil companies": a good before a noun for the people, firms
    // or vessels that deal in it names what that noun is for, not an item; the list goes on after it
    // (a noun for a form of the good, "steel billets", keeps the good)
    const after = s.tok(good.to);
    const dealers = after !== undefined && (GOODS_HOLDERS.has(after.normal) || /^\p{Ll}+(?:ers|ists)$/u.test(after.text) || (isCollectiveNoun(after.normal) && !goodsClassOfWord(after.normal)));
    if (after && dealers && after.pos === "NOUN" && !s.mentionAt(good.to) && !FLOW_NOUNS.has(after.normal) && !TRAILING_HEADS.has(after.normal) && !COMMODITY_HEADS.has(after.normal) && !MEASURE_HEAD_EXTENSIONS.has(after.normal) && [",", "and", "or", "."].includes(s.norm(good.to + 1))) {
      this.k = good.to + 1;
      this.to = this.k;
      this.modifierFrom = undefined;
      this.lastWasItem = false;
      return "next";
    }
    this.modifierFrom = undefined;
    (this.negated ? this.excluded : this.goods).push(good);
    this.k = good.to;
    const next = s.mentionAt(this.k);
    if (next?.type === "commodity" && next.from === this.k && (s.tok(this.k)?.start ?? 0) - (s.tok(this.k - 1)?.end ?? 0) <= 1 && next.to - next.from === 1) this.k = next.to;
    this.to = this.k;
    this.lastWasItem = true;
    // "chip sales", "rare earth exports", "rare earth items"
    while (FLOW_NOUNS.has(s.norm(this.k)) || TRAILING_HEADS.has(s.norm(this.k))) this.k++;
    return "next";
  }

  /** "ASML's most advanced machines": the maker qualifies the good. */
  private maker(_t: Token, m: SentenceMention | undefined): Step {
    if (!m || !(m.type === "organization" || m.type === "agency" || m.type === "country") || !isPossessiveMark(this.s.tok(m.to)?.text)) return "skip";
    this.k = m.to + 1;
    return "next";
  }

  /** "Chinese goods", "Chinese-made EVs": a demonym that qualifies the good. */
  private origin(_t: Token, m: SentenceMention | undefined): Step {
    // (a state's name hyphened to "made" qualifies as its demonym does: "Japan-made stainless steel bars")
    const made = m?.type === "country" && this.s.norm(m.to) === "-" && MADE.has(this.s.norm(m.to + 1));
    if (m?.type !== "country" || (!m.modifier && !made)) return "skip";
    this.k = m.to;
    if (this.s.norm(this.k) === "-" && MADE.has(this.s.norm(this.k + 1))) this.k += 2;
    return "next";
  }

  /**
   * "fifty Ecuadorian products into Colombia, including beans": where the goods named go, between
   * them and the list that names them one by one.
   */
  private destination(t: Token): Step {
    const s = this.s;
    // (or where they come from: "several fresh fruits from Chile, including nectarines")
    if (!this.lastWasItem || !(t.normal === "into" || t.normal === "to" || t.normal === "from")) return "skip";
    // (the state, perhaps as "the Chinese mainland")
    let q = this.k + 1;
    if (s.norm(q) === "the") q++;
    const place = s.mentionAt(q);
    if (place?.type !== "country") return "skip";
    let end = place.to;
    if (place.modifier && s.tok(end)?.pos === "NOUN" && /^\p{Ll}/u.test(s.tok(end)?.text ?? "") && !s.mentionAt(end)) end++;
    const listGoesOn = s.norm(end) === "," && ["including", "such", "like", "namely"].includes(s.norm(end + 1));
    // ("hairy crabs from the Chinese mainland and mangosteens from Thailand": an origin between items)
    const nextItem = t.normal === "from" && ["and", "or", ","].includes(s.norm(end)) && !s.mentionAt(end + 1) && /^\p{Ll}/u.test(s.tok(end + 1)?.text ?? "") && s.tok(end + 1)?.pos !== "VERB";
    if (!listGoesOn && !nextItem) return "skip";
    this.k = end;
    return "next";
  }

  /**
   * "Georgian and Moldovan wines": an adjective of origin the lexicon does not read as a state (it
   * leaves "Georgian" to the US state) still qualifies the goods after it.
   */
  private demonymLike(t: Token, m: SentenceMention | undefined): Step {
    if (m || !/^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ic)$/u.test(t.text) || !(t.pos === "ADJ" || t.pos === "PROPN")) return "skip";
    const next = this.s.tok(this.k + 1);
    if (!next || !(next.normal === "and" || next.normal === "," || /^\p{Ll}/u.test(next.text) || this.s.mentionAt(this.k + 1)?.type === "country")) return "skip";
    this.k++;
    return "next";
  }

  /** ", not ..." / "but not ...": the goods after it are excluded. */
  private negator(t: Token): Step {
    if (!NEGATORS.has(t.normal) || !(this.s.norm(this.k - 1) === "," || this.s.norm(this.k - 1) === "but")) return "skip";
    this.negated = true;
    this.k++;
    return "next";
  }

  /** "holmium (Ho), erbium (Er)": a symbol or gloss in brackets after an item. */
  private gloss(t: Token): Step {
    const s = this.s;
    if (t.text !== "(" || !this.lastWasItem) return "skip";
    let close = this.k + 1;
    while (close < s.length && close - this.k <= s.settings.glossMaxTokens && s.tok(close)?.text !== ")") close++;
    if (s.tok(close)?.text !== ")") return "skip";
    // (a list in the brackets names the kinds of the item: "steel (skewers, rolls, and rods)")
    const inside = s.toks.slice(this.k + 1, close);
    const listed = inside.some((u) => u.text === "," || u.normal === "and") && inside.every((u) => [",", "and", "or"].includes(u.normal) || (/^\p{Ll}/u.test(u.text) && ["NOUN", "ADJ", "VERB"].includes(u.pos)));
    if (listed && !this.negated) {
      const kinds = new GoodsReader(s, this.k + 1).read().goods.filter((g) => g.to <= close);
      this.goods.push(...kinds);
    }
    this.k = close + 1;
    return "next";
  }

  /**
   * "refined flour used in bakery items and fine atta": a participle clause after an item says what
   * the good is for or where it is made, up to the next comma or conjunction; the list goes on after.
   */
  private reducedRelative(t: Token): Step {
    const s = this.s;
    if (!this.lastWasItem || t.pos !== "VERB" || !(/(?:ed|en)$/.test(t.normal) || IRREGULAR_PARTICIPLES.has(t.normal)) || s.tok(this.k + 1)?.pos !== "ADP") return "skip";
    let q = this.k + 2;
    while (q < s.length && q - this.k <= 6 && ![",", "and", "or", ";", "."].includes(s.norm(q)) && s.tok(q)?.pos !== "VERB") q++;
    if (![",", "and", "or"].includes(s.norm(q))) return "skip";
    this.k = q;
    return "next";
  }

  /** "turbines -- except those used in civil aviation -- machinery": an aside between dashes after an item. */
  private dashAside(): Step {
    const s = this.s;
    // (an em or en dash, a double hyphen, or a hyphen with a space before it)
    const dash = (k: number): number => {
      const d = s.tok(k);
      if (d?.text === "—" || d?.text === "–") return 1;
      if (d?.text !== "-") return 0;
      if (s.tok(k + 1)?.text === "-") return 2;
      return d.start > (s.tok(k - 1)?.end ?? d.start) ? 1 : 0;
    };
    const open = dash(this.k);
    if (!this.lastWasItem || open === 0) return "skip";
    // (an aside that names the goods one by one goes on with the list: "molluscs – including mussels,
    // oysters, clams and cockles – from Class B waters")
    // (or a list of names glossed in brackets: "four other products – Momordica (bitter gourd), ...")
    const glossedNext = /^\p{Lu}\p{Ll}+$/u.test(s.tok(this.k + open)?.text ?? "") && (s.tok(this.k + open + 1)?.text === "(" || s.tok(this.k + open + 2)?.text === "(");
    if (["including", "especially", "notably", "namely"].includes(s.norm(this.k + open)) || (s.norm(this.k + open) === "such" && s.norm(this.k + open + 1) === "as") || glossedNext) {
      this.k += open;
      this.lastWasItem = false;
      return "next";
    }
    for (let q = this.k + open; q < s.length && q - this.k <= 20; q++) {
      if (s.norm(q) === "." || s.norm(q) === ";") return "skip";
      const close = dash(q);
      if (close > 0) {
        this.k = q + close;
        // (the list goes on after the aside: "-- machinery, ...")
        if (s.norm(this.k) === ",") this.k++;
        this.lastWasItem = false;
        return "next";
      }
    }
    return "skip";
  }

  /** Commas and conjunctions between items; "dysprosium, an essential ingredient" is an apposition. */
  private joiner(t: Token): Step {
    const s = this.s;
    if (t.text === "," && ["a", "an"].includes(s.norm(this.k + 1))) return "stop";
    if (t.text !== "," && !JOINERS.has(t.normal)) return "skip";
    if (t.normal === "and" && s.norm(this.k + 1) === "to") return "stop";
    this.k++;
    this.lastWasItem = false;
    return "next";
  }

  /** "namely", "such as", "as well as". */
  private phraseJoiner(t: Token): Step {
    const s = this.s;
    if (INTRODUCERS.has(t.normal)) {
      this.k++;
      this.lastWasItem = false;
      return "next";
    }
    // (what follows is a new item, as after a comma: a good known by its meaning may start there)
    if (t.normal === "such" && s.norm(this.k + 1) === "as") {
      this.k += 2;
      this.lastWasItem = false;
      return "next";
    }
    if (t.normal === "as" && s.norm(this.k + 1) === "well" && s.norm(this.k + 2) === "as") {
      this.k += 3;
      this.lastWasItem = false;
      return "next";
    }
    return "skip";
  }

  /** "access to", "exports of", "some varieties of": the flow or kind whose goods follow. */
  private flowOf(t: Token): Step {
    // "a requirement for exporting photoresist": the gerund of a flow, then its goods
    if (FLOW_GERUNDS.has(t.normal) && !this.lastWasItem && this.goods.length === 0) {
      this.k += this.s.norm(this.k + 1) === "of" ? 2 : 1;
      return "next";
    }
    // "the growing and importing of GM food": another gerund coordinated with the flow's
    if (/ing$/.test(t.normal) && ["and", "or"].includes(this.s.norm(this.k + 1)) && FLOW_GERUNDS.has(this.s.norm(this.k + 2)) && !this.lastWasItem && this.goods.length === 0) {
      this.k += 2;
      return "next";
    }
    // (or a quantity or group of them: "a large basket of Indian goods", "a range of steel products")
    const measured = t.pos === "NOUN" && isCollectiveNoun(t.normal) && !COMMODITY_HEADS.has(t.normal) && !TRAILING_HEADS.has(t.normal);
    const kindOf = (KIND_NOUNS.has(t.normal) || measured) && this.s.norm(this.k + 1) === "of" && !this.lastWasItem;
    if (!kindOf && (!(t.normal === "access" || FLOW_NOUNS.has(t.normal)) || !["to", "of"].includes(this.s.norm(this.k + 1)))) return "skip";
    this.k += 2;
    return "next";
  }

  /** A preposition or "ones"/"those" before the first item ("not longstanding ones such as for ..."). */
  private leadIn(t: Token): Step {
    const lead = MEASURE_PREPS.has(t.normal) || t.normal === "ones" || t.normal === "those" || t.normal === "one";
    if (!lead || this.lastWasItem || !(this.goods.length === 0 || this.negated) || this.excluded.length > 0) return "skip";
    this.k++;
    return "next";
  }

  /** Determiners, numbers and quantity words. */
  private filler(t: Token): Step {
    // (and an adverb that grades a quantity: "nearly all food imports", "almost all goods")
    const grading = t.pos === "ADV" && ["DET", "NUM"].includes(this.s.tok(this.k + 1)?.pos ?? "");
    // (and whose goods they are, by a pronoun: "his country's fruit and vegetable exports")
    const owner = POSSESSIVE_PRONOUNS.has(t.normal) && ["country", "nation", "state"].includes(this.s.norm(this.k + 1)) && isPossessiveMark(this.s.tok(this.k + 2)?.text);
    if (owner) {
      this.k += 3;
      return "next";
    }
    if (!(LIST_FILLERS.has(t.normal) || t.pos === "NUM" || t.pos === "DET" || grading)) return "skip";
    this.k++;
    return "next";
  }

  /**
   * "106 items made in the US, including soybeans ...", "products from China such as": a generic head
   * that the goods are named after; step over it, and over where the goods are made or come from.
   */
  private genericHead(t: Token): Step {
    const s = this.s;
    if (this.lastWasItem || this.goods.length > 0 || !(COMMODITY_HEADS.has(t.normal) || TRAILING_HEADS.has(t.normal))) return "skip";
    let j = this.k + 1;
    if (MADE.has(s.norm(j)) && ["in", "by"].includes(s.norm(j + 1))) j += 2;
    // ("all goods imported from the neighbouring country, including ...")
    else if (SHIPPED.has(s.norm(j)) && s.norm(j + 1) === "from") j += 2;
    else if (s.norm(j) === "from") j += 1;
    // ("four other products – Momordica (bitter gourd), ... –": a dash opening the list that names them)
    else if (["–", "—"].includes(s.tok(j)?.text ?? "") && /^\p{Lu}/u.test(s.tok(j + 1)?.text ?? "")) {
      this.k = j + 1;
      return "next";
    } else if (![",", "including", "such", "like", "especially", "notably", ":"].includes(s.norm(j))) return "skip";
    while (s.norm(j) === "the") j++;
    const origin = s.mentionAt(j);
    if (j > this.k + 1 && origin) j = origin.to;
    else if (j > this.k + 1) {
      // a place no finder named ("the neighbouring country"), when the goods are listed after it
      let q = j;
      while (q < s.length && q - j < 4 && /^\p{L}/u.test(s.tok(q)?.text ?? "") && s.tok(q)?.pos !== "VERB") q++;
      if (!(s.norm(q) === "," && ["including", "such", "like", "especially", "notably"].includes(s.norm(q + 1)))) return "skip";
      j = q;
    }
    this.k = j;
    return "next";
  }

  /** A lower-case modifier with a known good a few words on ("advanced semiconductor equipment"). */
  private modifierBeforeGood(t: Token, m: SentenceMention | undefined): Step {
    const modifier = t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "PROPN" || t.pos === "ADV" || (t.pos === "VERB" && /(?:ed|en)$/.test(t.normal)) || STATE_CLASSIFIERS.has(t.normal);
    // an acronym right before the good classifies it ("NPK fertilizers", "DUV lithography systems")
    const acronym = !m && /^\p{Lu}{2,5}$/u.test(t.text) && this.s.mentionAt(this.k + 1)?.type === "commodity" && this.s.mentionAt(this.k + 1)?.from === this.k + 1;
    if (acronym) {
      this.modifierFrom ??= this.k;
      this.k++;
      return "next";
    }
    // a hyphen inside a run of classifiers ("semi-finished steel"); a word hyphened to a participle
    // classifies with it ("cold-rolled steel")
    if (t.text === "-" && /^\p{Ll}/u.test(this.s.tok(this.k - 1)?.text ?? "") && commoditySoon(this.s, this.k)) {
      const next = this.s.tok(this.k + 1);
      // (a word hyphened to a present participle describes the good and makes no kind of it:
      // "life-saving medicines", "energy-saving appliances")
      if (next && /^\p{Ll}+ing$/u.test(next.text) && next.end === (this.s.tok(this.k + 2)?.start ?? 0) - 1 && this.s.mentionAt(this.k + 2)?.type === "commodity") {
        this.modifierFrom = undefined;
        this.k += 2;
        return "next";
      }
      if (next && isClassifier(next)) this.modifierFrom ??= this.k - 1;
      this.k++;
      return "next";
    }
    if (m || !modifier || !/^\p{Ll}/u.test(t.text) || !commoditySoon(this.s, this.k)) return "skip";
    // a run of classifiers right before the good makes a kind of it ("broken rice", "hot-rolled steel");
    // a word that grades or counts ("advanced chips", "more soybeans") does not
    if (isClassifier(t) || gradesParticiple(this.s, this.k)) this.modifierFrom ??= this.k;
    else this.modifierFrom = undefined;
    this.k++;
    return "next";
  }

  /** An unknown noun phrase with a commodity head: "superhard materials", "dual-use items". */
  private unknownPhrase(): Step {
    const s = this.s;
    const np = nounPhrase(s, this.k);
    // a good known by its meaning only starts the list or follows a joiner ("magnets upended the
    // supply chains" is no list)
    if (!np || this.negated || (np.byMeaning && this.lastWasItem)) return "skip";
    const start = s.tok(np.from)?.start ?? 0;
    const end = s.tok(np.to - 1)?.end ?? 0;
    const label = s.text.slice(start, end);
    const key = goodKey(label, np.head);
    s.derive({ key, type: "commodity", label, alias: label });
    this.goods.push({ from: np.from, to: np.to, start, end, text: label, type: "commodity", key, label, source: "np:commodity-head" });
    this.k = np.to;
    this.to = this.k;
    this.lastWasItem = true;
    return "next";
  }

  /**
   * "fine atta (flour)", "suji (semolina)": a word we cannot place, glossed in brackets by a good, is
   * a good of that kind, named as the text names it.
   */
  private glossedItem(t: Token): Step {
    const s = this.s;
    if (this.lastWasItem || this.negated || !["NOUN", "ADJ", "PROPN", "VERB"].includes(t.pos)) return "skip";
    // "Momordica (bitter gourd)", "Solanum melongena (aubergine)": a scientific name glossed by the
    // common name of a good is that good, named as the gloss names it
    if (/^\p{Lu}\p{Ll}+$/u.test(t.text) && !s.mentionAt(this.k)) {
      let q = this.k + 1;
      if (/^\p{Ll}+$/u.test(s.tok(q)?.text ?? "") && s.tok(q + 1)?.text === "(") q++;
      if (s.tok(q)?.text === "(") {
        let close = q + 1;
        while (close < s.length && close - q <= 4 && s.tok(close)?.text !== ")") close++;
        const words = s.toks.slice(q + 1, close);
        const head = words.at(-1);
        if (s.tok(close)?.text === ")" && words.length > 0 && words.every((u) => /^\p{Ll}[\p{Ll}-]*$/u.test(u.text)) && head && goodsClassOfWord(head.normal) !== undefined && !NOT_GOODS.has(head.normal)) {
          const start = words[0]?.start ?? 0;
          const end = head.end;
          const label = s.text.slice(start, end);
          const key = goodKey(label, head.normal);
          s.derive({ key, type: "commodity", label, alias: label });
          this.goods.push({ from: q + 1, to: close, start, end, text: label, type: "commodity", key, label, source: "np:commodity-head" });
          this.k = close + 1;
          this.to = this.k;
          this.lastWasItem = true;
          return "next";
        }
      }
    }
    if (!/^\p{Ll}/u.test(t.text)) return "skip";
    let q = this.k;
    while (q < s.length && q - this.k < 3 && /^\p{Ll}+$/u.test(s.tok(q)?.text ?? "") && !s.mentionAt(q)) q++;
    const open = q;
    if (open === this.k || s.tok(open)?.text !== "(" || s.tok(open + 2)?.text !== ")") return "skip";
    const gloss = s.tok(open + 1);
    const known = s.mentionAt(open + 1)?.type === "commodity" || (gloss !== undefined && gloss.pos === "NOUN" && goodsClassOfWord(gloss.normal) !== undefined && !NOT_GOODS.has(gloss.normal));
    if (!known) return "skip";
    const start = s.tok(this.k)?.start ?? 0;
    const end = s.tok(open - 1)?.end ?? start;
    const label = s.text.slice(start, end);
    const key = goodKey(label, s.norm(open - 1));
    s.derive({ key, type: "commodity", label, alias: label });
    this.goods.push({ from: this.k, to: open, start, end, text: label, type: "commodity", key, label, source: "np:commodity-head" });
    this.k = open + 3;
    this.to = this.k;
    this.lastWasItem = true;
    return "next";
  }

  private adjective(t: Token): Step {
    if (t.pos !== "ADJ" || !/^\p{Ll}/u.test(t.text)) return "skip";
    this.k++;
    return "next";
  }

  /**
   * An item we have no entry for ("alloys, oxides and compounds"): step over it to the rest. Once the
   * list has named a good, an unknown item may be a phrase of a few lower-case words ("tires, gas
   * cylinders and bottles, ethyl alcohols"), since a joiner follows it.
   */
  private unknownItem(t: Token): Step {
    const s = this.s;
    if (t.pos !== "NOUN" || !/^\p{Ll}/u.test(t.text) || this.lastWasItem) return "skip";
    let j = this.k + 1;
    if (this.goods.length > 0) {
      while (j < s.length && j - this.k < 4 && (s.tok(j)?.pos === "NOUN" || s.tok(j)?.pos === "ADJ") && /^\p{Ll}/u.test(s.tok(j)?.text ?? "") && !s.mentionAt(j)) j++;
    }
    if (![",", "and", "or"].includes(s.norm(j))) return "skip";
    this.k = j;
    return "next";
  }

  /**
   * A known good as the phrase names it: with the classifiers right before it ("broken rice",
   * "stainless steel") and a head noun right after it that is itself a good ("nickel ore", "canola
   * meal", "sunflower oil"), it is a kind of that good, a commodity of its own under it.
   */
  private compound(m: SentenceMention): SentenceMention {
    const s = this.s;
    // (goods named by their origin, "flat products from Indonesia", take no classifiers: the words
    // before them qualify the generic noun, not a good)
    const from = m.source !== "origin-goods" && this.modifierFrom !== undefined && this.modifierFrom === firstModifier(s, this.modifierFrom, m.from) ? this.modifierFrom : m.from;
    let to = m.to;
    while (to < s.length && to - m.to < 2 && !s.mentionAt(to) && isGoodHead(s.tok(to))) to++;
    if (from === m.from && to === m.to) return m;
    const start = s.tok(from)?.start ?? m.start;
    const end = s.tok(to - 1)?.end ?? m.end;
    const label = s.text.slice(start, end);
    // classifiers before a known good name a kind of the good as the lexicon names it: "semi-finished
    // steel products" and "semi-finished steel" are one kind of steel
    // (the shorter of the two names: "processed foods" is processed food, not processed "food products")
    const name = m.label.split(" ").length <= m.text.split(/\s+/).length ? m.label : m.text.toLowerCase();
    const key = to === m.to ? goodKey(`${s.text.slice(start, m.start)}${name}`, name.split(" ").at(-1) ?? name) : goodKey(label, s.norm(to - 1));
    const parent = m.key.replace(/^commodity:/, "");
    s.derive({ key, type: "commodity", label, alias: label });
    return { from, to, start, end, text: label, type: "commodity", key, label, source: "np:commodity-head", parent };
  }
}

/** One node for "tomato" and "tomatoes": a good's key is its phrase with the head in the singular. */
function goodKey(label: string, head: string): string {
  return `commodity:${slug(label.slice(0, label.length - head.length) + (goodsBase(head) ?? singularNoun(head)))}`;
}

/**
 * A participle ("broken", "hot-rolled", "frozen") or a noun that is itself a good ("sunflower", "palm")
 * in front of a good says what kind it is; "white", "advanced" or "immersion" do not.
 */
function isClassifier(t: Token): boolean {
  if (STATE_CLASSIFIERS.has(t.normal)) return true;
  // an acronym that names a grade or type ("NPK", "DUV", "HBM")
  if (/^\p{Lu}{2,5}$/u.test(t.text)) return true;
  if (t.pos === "NOUN") return isGoodHead(t);
  if ((t.pos === "VERB" || t.pos === "ADJ") && /(?:ed|en)$/.test(t.normal)) return !GRADING_PARTICIPLES.has(t.normal);
  // an adjective that says what kind ("white corn", "renewable diesel", "hybrid cars"), not one that
  // grades, counts or places ("cheap steel", "more soybeans", "foreign cars")
  return t.pos === "ADJ" && !GRADING_ADJECTIVES.has(t.normal) && !VAGUE_QUALIFIERS.has(t.normal) && !/(?:er|est)$/.test(t.normal) && /^\p{Ll}+$/u.test(t.text);
}

/**
 * Adjectives that grade, value, count, place or own goods rather than name a kind of them (one word
 * each: the tokeniser splits at hyphens; participles are judged by GRADING_PARTICIPLES).
 */
const GRADING_ADJECTIVES = new Set(
  `cheap costly expensive premium quality old key main major minor important essential crucial vital strategic
  sensitive critical basic large small big huge massive tiny local foreign domestic global international overseas
  regional national unfair illegal legal popular same entire total annual monthly daily own particular specific
  general numerous several many few much all most significant substantial considerable excess surplus extra
  leading top primary secondary final`.split(/\s+/),
);

/** Nouns that refer back to a good named before: "the commodity", "the fruit", "the metal". */
const GOODS_ANAPHORS = new Set(["commodity", "product", "fruit", "grain", "metal", "fuel", "crop", "mineral", "ore", "cereal", "staple", "nut", "meat", "fish"]);
const ANY_GOOD_ANAPHORS = new Set(["commodity", "product", "staple"]);

/** Gerunds of a trade flow, before the goods that flow: "for exporting photoresist". */
const FLOW_GERUNDS = new Set(["exporting", "importing", "shipping", "selling", "buying", "purchasing", "transporting"]);

/** Adjectives that point at goods without saying what they are: "other related products". */
const VAGUE_QUALIFIERS = new Set(["other", "related", "similar", "certain", "various", "some", "such", "relevant", "associated", "affected", "different", "more", "further", "new", "additional"]);

/** Past participles not in -ed or -en: "made", "used" (regular) aside, "grown", "sold", "bought". */
const IRREGULAR_PARTICIPLES = new Set(["made", "grown", "sold", "bought", "built", "brought", "kept", "held", "sent", "spent", "set", "put"]);

/** Participles that grade or date goods rather than say what kind they are. */
const GRADING_PARTICIPLES = new Set(["advanced", "sophisticated", "restricted", "sanctioned", "targeted", "affected", "listed", "selected", "imported", "exported", "manufactured", "produced", "made", "used", "unspecified", "specified", "named", "related", "given", "proposed", "increased", "reduced", "approved", "unapproved", "banned", "prohibited", "permitted", "licensed", "unlicensed", "registered", "unregistered", "authorized", "unauthorized", "authorised", "unauthorised"]);

/**
 * Words of a good's state or stage of processing, which make a traded kind of it ("frozen shrimp",
 * "live chicken", "refined palm oil", "semi-finished steel", "raw lithium").
 */
const STATE_CLASSIFIERS = new Set(["raw", "live", "fresh", "frozen", "chilled", "dried", "refined", "crude", "processed", "unprocessed", "semi-processed", "finished", "unfinished", "semi-finished", "enriched", "unwrought", "rough", "polished", "semi"]);

/** The run of classifiers reaches the good without a gap: every token from `from` to `to` classifies. */
/** An -ly adverb grading the participle after it, which classifies with it: "genetically modified maize". */
function gradesParticiple(s: SentenceScope, j: number): boolean {
  const t = s.tok(j);
  const next = s.tok(j + 1);
  return t?.pos === "ADV" && /ly$/.test(t.normal) && next !== undefined && /(?:ed|en)$/.test(next.normal) && isClassifier(next);
}

function firstModifier(s: SentenceScope, from: number, to: number): number | undefined {
  for (let j = from; j < to; j++) {
    const t = s.tok(j);
    if (!t || !(isClassifier(t) || t.text === "-" || (j + 1 < to && gradesParticiple(s, j)))) return undefined;
  }
  return from;
}

/** A lower-case noun right after a good that names what of it is traded: "ore", "meal", "oil". */
function isGoodHead(t: Token | undefined): boolean {
  if (!t || t.pos !== "NOUN" || !/^\p{Ll}+$/u.test(t.text)) return false;
  if (FLOW_NOUNS.has(t.normal) || TRAILING_HEADS.has(t.normal) || COMMODITY_HEADS.has(t.normal) || NOT_GOODS.has(t.normal)) return false;
  return goodsClassOfWord(t.normal) !== undefined;
}

/**
 * A one-word good the lexicon does not know, by what WordNet says the word is, before a measure word
 * ("tomato export quotas", "onion ban"); undefined for any other word.
 */
export function goodBeforeMeasure(s: SentenceScope, k: number): SentenceMention | undefined {
  const t = s.tok(k);
  if (!t || s.mentionAt(k) || t.pos !== "NOUN" || !/^\p{Ll}+$/u.test(t.text)) return undefined;
  // a noun after another noun is no modifier of the measure ("rules cap safeguard measures")
  const prev = s.tok(k - 1);
  if (prev && (prev.pos === "NOUN" || prev.pos === "PROPN") && s.mentionAt(k - 1)?.type !== "country") return undefined;
  if (FLOW_NOUNS.has(t.normal) || NOT_GOODS.has(t.normal) || TRAILING_HEADS.has(t.normal) || COMMODITY_HEADS.has(t.normal) || !goodsClassOfWord(t.normal)) return undefined;
  const label = t.text;
  const key = goodKey(label, t.normal);
  s.derive({ key, type: "commodity", label, alias: label });
  return { from: k, to: k + 1, start: t.start, end: t.end, text: label, type: "commodity", key, label, source: "np:commodity-head" };
}

/** A list of goods from `i`. */
export function parseGoods(s: SentenceScope, i: number): GoodsList {
  const list = new GoodsReader(s, i).read();
  for (const g of list.goods) if (g.source !== "anaphor" && !s.goodsRead.some((x) => x.from === g.from && x.key === g.key)) s.goodsRead.push(g);
  return list;
}

const COORDINATORS = new Set(["and", "or", "nor", "but"]);

/** A known good starts within the next few words, with only lower-case words between. */
function commoditySoon(s: SentenceScope, k: number): boolean {
  for (let j = k + 1; j <= k + s.settings.commodityLookahead && j < s.length; j++) {
    const m = s.mentionAt(j);
    if (m?.type === "commodity") return true;
    // (a conjunction or a preposition ends the modifiers: "caviar and wine" are two goods, not a kind
    // of wine; "talks on fish" are no kind of fish)
    if (COORDINATORS.has(s.norm(j)) || s.tok(j)?.pos === "ADP") return false;
    if (m || !(/^\p{Ll}/u.test(s.tok(j)?.text ?? "") || s.tok(j)?.text === "-")) return false;
  }
  return false;
}

/**
 * A lower-case noun phrase naming goods, from `k`: one that ends in a commodity head noun ("dual-use
 * items", two words at least), or whose head, its last noun, is a good by what WordNet says it is
 * ("bauxite", "broken rice", "canola meal", "hot-rolled coil"). Nouns of trade flow and measure
 * words are never goods here ("exports", "curbs").
 */
function nounPhrase(s: SentenceScope, k: number): { from: number; to: number; head: string; byMeaning: boolean } | undefined {
  if (s.tok(k)?.text === "-") return undefined; // "US-origin goods": the hyphen belongs to a name
  let j = k;
  let lastNoun = -1;
  while (j < s.length && j - k < s.settings.nounPhraseMaxTokens) {
    const t = s.tok(j) as Token;
    // a brand before the good ("Borjomi mineral water"): a capitalised word no finder took
    // (or an acronym of the material or grade: "PVC pipes", "LNG cargoes")
    const brand = j === k && t.pos === "PROPN" && /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,5})$/u.test(t.text) && /^\p{Ll}/u.test(s.tok(j + 1)?.text ?? "");
    // (the sentence's first word, capitalised and perhaps read as a name: "Tomatoes and onions remain banned")
    const initialNoun = j === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && goodsClassOfWord(t.normal) !== undefined;
    if (s.mentionAt(j) || (!/^\p{Ll}/u.test(t.text) && t.text !== "-" && !brand && !initialNoun)) break;
    // a plural the tagger read as a verb ("a ban on logs") is a noun where a noun phrase starts
    const nounSlot = ["ADP", "DET"].includes(s.tok(j - 1)?.pos ?? "") || [",", "and", "or"].includes(s.norm(j - 1));
    // (or where it ends a compound: "animal feeds")
    // (only once the sentence has had its verb: "Its ban on flour stays." ends with the verb)
    const endsCompound = j > k && s.tok(j - 1)?.pos === "NOUN" && [",", ".", "and", "or", ";", ")"].includes(s.norm(j + 1)) && s.toks.slice(0, k).some((u) => u.pos === "VERB");
    const pluralNoun = t.pos === "VERB" && /s$/.test(t.normal) && ((j === k && nounSlot) || endsCompound) && goodsClassOfWord(t.normal) !== undefined;
    // (a word of state the tagger reads as a verb still classifies: "live cattle")
    // (an adverb that grades a participle belongs to the phrase: "genetically modified food")
    const adverb = gradesParticiple(s, j);
    if (!brand && !pluralNoun && !adverb && !initialNoun && !STATE_CLASSIFIERS.has(t.normal) && !(t.pos === "ADJ" || t.pos === "NOUN" || t.text === "-" || (t.pos === "VERB" && /(?:ed|en)$/.test(t.normal)))) break;
    // a flow after the goods ends their phrase ("banned ore exports last year": not "ore exports last year")
    if (j > k && FLOW_NOUNS.has(t.normal) && lastNoun === j - 1) {
      lastNoun = j;
      break;
    }
    if (t.pos === "NOUN" || pluralNoun || initialNoun) lastNoun = j;
    j++;
    // a category head with a word that says what kind ("lithium-based products"), not one that only
    // grades or relates it ("related products", "other selected goods")
    if (COMMODITY_HEADS.has(t.normal) && !COMMODITY_HEADS.has(s.norm(j)) && j - k >= 2) {
      const kinds = s.toks.slice(k, j - 1).filter((u) => u.text !== "-" && !GRADING_PARTICIPLES.has(u.normal) && !VAGUE_QUALIFIERS.has(u.normal));
      return kinds.length > 0 ? { from: k, to: j, head: t.normal, byMeaning: false } : undefined;
    }
  }
  // "pineapple imports", "grouper exports": the flow is no part of the good
  if (lastNoun > k && FLOW_NOUNS.has(s.norm(lastNoun)) && s.tok(lastNoun - 1)?.pos === "NOUN") lastNoun--;
  // the phrase ends at its last noun ("frozen shrimp", not "frozen shrimp worth")
  // (a hyphen joined to the noun continues a compound; a spaced dash opens an aside)
  const after = s.tok(lastNoun + 1);
  if (lastNoun < 0 || (after?.text === "-" && after.start === s.tok(lastNoun)?.end)) return undefined;
  const head = s.norm(lastNoun);
  if (FLOW_NOUNS.has(head) || NOT_GOODS.has(head) || !goodsClassOfWord(head)) return undefined;
  // a quantity or group of what follows "of" is no good itself ("a large basket of Indian goods")
  if (s.norm(lastNoun + 1) === "of" && isCollectiveNoun(head)) return undefined;
  // a category word alone names no good ("rice, poultry and other products")
  if (lastNoun === k && (COMMODITY_HEADS.has(head) || TRAILING_HEADS.has(head))) return undefined;
  return { from: k, to: lastNoun + 1, head, byMeaning: true };
}
