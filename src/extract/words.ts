// Closed classes of English words the extractors reason with: honorifics, role nouns, verbs of
// speech, demand, offer, lifting and restricting, and the heads that type a proper name. The verb
// classes live here only (with their inflections): the lexicons hold names, not grammar.
// These describe the language of news, not any particular story.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Inflected forms of regular verbs (and the irregular ones we list), lower case. */
export function inflect(base: string, irregular: string[] = []): string[] {
  const forms = new Set([base, ...irregular]);
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  forms.add(base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") ? `${base}es` : base.endsWith("y") && !/[aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`);
  // one-syllable verbs ending consonant-vowel-consonant double it: ban -> banned, stop -> stopping
  const doubled = /^[^aeiou]*[aeiou][bdgmnprt]$/.test(base) ? base + base.slice(-1) : undefined;
  if (base.endsWith("y") && !/[aeiou]y$/.test(base)) forms.add(`${base.slice(0, -1)}ied`);
  else forms.add(doubled ? `${doubled}ed` : base.endsWith("e") ? `${base}d` : `${base}ed`);
  forms.add(doubled ? `${doubled}ing` : `${stem}ing`);
  return [...forms];
}

const verbs = (...groups: (string | [string, string[]])[]): ReadonlySet<string> =>
  new Set(groups.flatMap((g) => (typeof g === "string" ? inflect(g) : inflect(g[0], g[1]))));

export const HONORIFICS = set("mr mr. mrs mrs. ms ms. dr dr. sir dame madam mme messrs messrs.");

/** Nouns that name a person's role: a name next to one is a person. */
export const ROLE_NOUNS = set(`
  expert analyst economist adviser advisor spokesman spokeswoman spokesperson official officials
  negotiator envoy ambassador lawmaker legislator senator congressman congresswoman chairman
  chairwoman chair professor researcher strategist director president partner fellow executive
  ceo founder head chief minister secretary representative governor commissioner premier leader
  diplomat trader manager lawyer attorney correspondent editor scientist consultant deputy
  mayor chancellor commentator investor economist historian aide counsellor counselor vice
`);

export const SPEECH_VERBS = verbs(
  ["say", ["said", "says"]],
  ["tell", ["told", "tells"]],
  "state", "add", "note", "remark", "warn", "argue", "explain", "comment", "insist", "announce",
  "report", "predict", "write", "wrote", "claim", "acknowledge", "confirm", "observe", "stress",
  "emphasise", "emphasize", "reiterate",
);

/** Verbs whose subject wants someone else to act ("urged the US to lift"). */
export const DEMAND_VERBS = verbs(
  "want", "hope", "urge", "demand", "press", "push", "ask", "insist", "seek", ["seek", ["sought"]],
  "ensure", "expect", "call", "require", "pressure", "pressure", "wait", "need", "implore",
  "request", "lobby", "appeal", ["get", ["got", "getting", "gets"]], "persuade", "convince", "force",
  "encourage", "prod", "challenge", "lean",
);

/** Expressions of readiness: "is prepared to lift", "agreed to ease", "offered to remove". */
export const OFFER_WORDS = set(`
  prepared willing ready open offer offers offered offering agree agrees agreed agreeing
  consider considers considered considering propose proposes proposed proposing plan plans planned
  planning pledge pledges pledged promise promises promised commit commits committed intend intends
  intended mull mulls mulled weigh weighs weighed decide decides decided announce announces announced
`);

/** Verbs that end or soften a measure. */
export const LIFT_VERBS = verbs(
  "lift", "ease", "remove", "relax", "scrap", "drop", "loosen", "revoke", "rescind", "withdraw",
  ["withdraw", ["withdrew", "withdrawn"]], "suspend", "pause", "waive", "cancel", "end", "reverse",
  "unwind", "lower", "reduce", "cut", ["cut", ["cut", "cutting"]], "rethink", ["rethink", ["rethought"]],
  "reconsider", "review", "abolish", "terminate", "repeal", "halve",
);

/** "roll back", "phase out", "back down from": a verb and its particle. */
export const LIFT_PARTICLES: ReadonlyMap<string, string> = new Map([
  ["roll", "back"],
  ["rolled", "back"],
  ["rolling", "back"],
  ["rolls", "back"],
  ["phase", "out"],
  ["phased", "out"],
  ["scale", "back"],
  ["scaled", "back"],
]);

/** Verbs that restrict trade in a good: "suspended exports of", "halted shipments of". */
export const RESTRICT_VERBS = verbs(
  "restrict", "curb", "ban", "halt", "block", "limit", "withhold", ["withhold", ["withheld"]],
  "suspend", "stop", "bar", "embargo", "throttle", "choke", "freeze", ["freeze", ["froze", "frozen"]],
  "prohibit", "cap", "require",
);

/** Verbs that create a measure: "introduced export controls", "slapped tariffs". */
export const IMPOSE_VERBS = verbs(
  "impose", "introduce", "slap", "place", "levy", "announce", "implement", "expand", "tighten",
  "order", "adopt", "enforce", "extend", "raise", "hike", "apply", "unveil", "issue", "add",
  "broaden", "step", "threaten", "keep", ["keep", ["kept"]], "maintain", "retain", "charge", "widen",
  "require",
);

/** Nouns for the flow of goods that a restriction acts on: "exports of", "rare earth shipments". */
export const FLOW_NOUNS = set(`
  export exports shipment shipments sale sales supply supplies import imports delivery deliveries
  access flow flows trade exporters exporter importers importer
`);

/** Verbs that restart a flow, so end a restriction: "resume shipments of rare earths". */
export const RESUME_VERBS = verbs("resume", "reopen", "restore", "restart", "unblock", "allow", "permit");

export const NEGATORS = set("not n't never no neither nor without");
export const REFUSAL_WORDS = set("refuse refuses refused refusing decline declines declined declining reject rejects rejected rejecting rule ruled");
export const MODALS = set("will would could might may can should shall must 'll wo ca");
export const CONDITION_WORDS = set("if unless provided providing as long once");

/** Heads that make a capitalised name a government body. */
export const GOV_HEADS = set(`
  Ministry Department Office Commission Court Authority Bureau Council Agency Administration
  Parliament Congress Senate Committee Cabinet Service Directorate Secretariat Customs Guard
  Assembly Tribunal Treasury Chamber
`);

/** Heads that make a capitalised name an organisation. */
export const ORG_HEADS = set(`
  Group Institute Institution Foundation Bank Capital Partners Corporation Corp Corp. Inc Inc.
  Ltd Ltd. Company Co Co. Holdings Association University Party Forum Organization Organisation
  Federation Fund Network Media News Times Post Journal Securities Research Advisors Advisers
  Consulting Associates Economics Technologies Motors Airlines Industries LLP LLC Centre Center
  Estates Energy Steel Mining Metals Resources Airways Electronics Pharmaceuticals Foods Wines
  Systems Semiconductor Semiconductors Chemicals Logistics Shipping Shipbuilding Petroleum Telecom
`);

/** Common nouns that introduce an organisation's name: "trading group XTB", "law firm Akin Gump". */
export const ORG_DESCRIPTORS = set(`
  group firm company bank broker brokerage tank consultancy lender insurer automaker carmaker
  chipmaker manufacturer outlet newspaper startup maker giant operator platform fund exchange
  agency network broadcaster
`);

/** Heads of a country's negotiating party: "the Chinese delegation", "the US team". */
export const DELEGATION_HEADS = set("delegation delegations team teams contingent side negotiators delegates");

export const LOCATIVE_PREPS = set("in at near outside inside");

/** Words that make a locative a venue: talks in London. */
export const MEETING_WORDS = set(`
  talks meeting meet met meets negotiations negotiation negotiate summit visit visited visiting
  held hold hosted host gathered gathering conference round convened reconvened session discussions
`);

/** Heads of a commodity phrase not in the lexicon: "superhard materials", "dual-use items". */
export const COMMODITY_HEADS = set(`
  material materials product products goods equipment parts components software technology
  technologies machines machinery tools devices items metals minerals chemicals vehicles
  commodities crops produce
`);

/** Determiners and quantities to skip inside a list of goods. */
export const LIST_FILLERS = set(`
  a an the some all many several most more less few various other certain its their his her our
  seven six five four three two one eight nine ten dozens dozen types type kinds kind forms form
  range wide broad number series variety list of new recent key critical such categories category
  medium heavy light relevant live fresh frozen processed raw refined finished bottled
`);

