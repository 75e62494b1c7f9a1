// Closed classes of English words that extraction, questions (query/ask) and page-furniture removal
// reason with: honorifics, role nouns, auxiliaries and adverbs, verbs of speech, demand, offer,
// lifting, restricting and imposing, calendar words, and the heads that type a proper name. Every
// such class lives here only (with its inflections): the lexicons hold names, not grammar.
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
  counterpart counterparts
`);

export const SPEECH_VERBS: ReadonlySet<string> = verbs(
  ["say", ["said", "says"]],
  ["tell", ["told", "tells"]],
  "state", "add", "note", "remark", "warn", "argue", "explain", "comment", "insist", "announce",
  "report", "predict", "write", "wrote", "claim", "acknowledge", "confirm", "observe", "stress",
  "emphasise", "emphasize", "reiterate",
);

/** Verbs that name a demand on their own ("what does China demand"), the core of DEMAND_VERBS. */
export const DEMAND_CORE_VERBS = verbs(
  "want", "hope", "urge", "demand", "press", "push", "ask", "insist", "seek", ["seek", ["sought"]],
  "expect", "call", "request",
);

/** Forms news attributes a statement with: "the ministry said", "says", "told reporters", "warned". */
export const REPORTING_FORMS: ReadonlySet<string> = new Set([...SPEECH_VERBS].filter((w) => /(?:ed|said|told|wrote|says|tells)$/.test(w)));

/** Verbs whose subject wants someone else to act ("urged the US to lift", "got Seoul to ease"). */
export const DEMAND_VERBS = new Set([
  ...DEMAND_CORE_VERBS,
  ...verbs("ensure", "require", "pressure", "wait", "need", "implore", "lobby", "appeal", ["get", ["got", "getting", "gets"]], "persuade", "convince", "force", "encourage", "prod", "challenge", "lean"),
]);

/** Verbs and adjectives of offering proper: "offered to remove", "is prepared to lift". */
export const OFFER_VERBS = set(`
  prepared willing ready open offer offers offered offering agree agrees agreed agreeing
  consider considers considered considering propose proposes proposed proposing plan plans planned
  planning pledge pledges pledged promise promises promised commit commits committed intend intends
  intended mull mulls mulled weigh weighs weighed
`);
/** Expressions of readiness in a verb chain: the offers, and "decided to" / "announced it would". */
export const OFFER_WORDS = new Set([...OFFER_VERBS, ...set("decide decides decided announce announces announced")]);

/** Verbs that end or soften a measure. */
export const LIFT_VERBS = verbs(
  "lift", "ease", "remove", "relax", "scrap", "drop", "loosen", "revoke", "rescind", "withdraw",
  ["withdraw", ["withdrew", "withdrawn"]], "suspend", "pause", "waive", "cancel", "end", "reverse",
  "unwind", "lower", "reduce", "cut", ["cut", ["cut", "cutting"]], "rethink", ["rethink", ["rethought"]],
  "reconsider", "abolish", "terminate", "repeal", "halve",
  // from WordNet 3.1, reviewed: 00801460-v "cancel officially" (revoke, annul, lift, countermand,
  // reverse, repeal, overturn, rescind, vacate): the two news uses of trade measures not listed above
  "annul", "overturn",
  // a measure replaced ("replace the Section 232 duties with tariff-rate quotas") is ended
  "replace",
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
  // from WordNet 3.1, reviewed: 00237442-v "place restrictions on" (restrict, curtail, curb, cut back)
  // and 00797525-v "command against" (forbid, prohibit, interdict, proscribe, veto, disallow); not
  // "veto" (a bill, not goods) or "cut back" (a lift when its object is a measure)
  "curtail", "forbid", ["forbid", ["forbade", "forbidden"]], "interdict", "proscribe", "disallow",
);

/** What a question may ask a restriction with: the restricting verbs and "control" ("what does China control"). */
export const RESTRICT_QUESTION_VERBS: ReadonlySet<string> = new Set([...RESTRICT_VERBS, ...set("control controls controlled controlling")]);

/** Verbs that create a measure: "introduced export controls", "slapped tariffs". */
export const IMPOSE_VERBS = verbs(
  "impose", "introduce", "slap", "place", "levy", "announce", "implement", "expand", "tighten",
  "order", "adopt", "enforce", "extend", "raise", "hike", "apply", "unveil", "issue", "add",
  "broaden", "step", "threaten", "keep", ["keep", ["kept"]], "maintain", "retain", "charge", "widen",
  "require", "reimpose", "formalize", "formalise",
  // keeping a measure in force is imposing it again: "renewed fertilizer export quotas", "set a quota for"
  "renew", "prolong", "reinstate", "reintroduce", "set", ["set", ["set"]], "approve", "establish",
);

/**
 * Verbs of making a decision public or putting it into force, whose subject imposes a measure its
 * clause goes on to name ("the ministry named goods that would carry higher taxes"): WordNet's
 * announce (00974367-v), issue, name, decide, make (a requirement), reviewed one by one.
 */
export const ENACT_VERBS = verbs(
  "announce", "publish", "issue", "unveil", "name", "list", "approve", "adopt", "decide", "order",
  ["make", ["made"]], "finalize", "finalise", "sign", "enact", "declare", "notify", "decree", "specify",
);

/** Nouns for those who hold or carry goods, after a good: "gas cylinders", "oil companies", "grain silos". */
export const GOODS_HOLDERS = set("cylinder cylinders tank tanks container containers silo silos company companies firm firms producer producers farmer farmers");

/** Verbs that close a market to goods, or open one: "closed its market to", "reopened its market". */
export const CLOSE_VERBS = verbs("close", "shut", ["shut", ["shut", "shuts", "shutting"]]);
export const OPEN_VERBS = verbs("open");
/** Participles that make goods banned goods: "the forbidden items", "the banned products included". */
export const BANNED_PARTICIPLES = set("banned forbidden prohibited restricted embargoed sanctioned barred blocked halted suspended blacklisted");

/** Verbs of letting goods in, which negated ban them: "does not accept molluscs", "no longer allows". */
export const ADMIT_VERBS = verbs("accept", "allow", "permit", "admit", ["admit", ["admitted", "admitting"]]);
/** "phase out": a flow of goods ended by stages. */
export const PHASE_VERBS = verbs("phase");
/** Verbs that keep a state as "be" states it: "remain banned", "stayed prohibited". */
export const REMAIN_VERBS = verbs("remain", "stay");

/** Nouns for the flow of goods that a restriction acts on: "exports of", "rare earth shipments". */
export const FLOW_NOUNS = set(`
  export exports exportation shipment shipments sale sales supply supplies import imports importation delivery deliveries
  consignment consignments cargo cargoes cargos
  access flow flows trade exporters exporter importers importer
  entry entries transit transport transportation movement movements purchase purchases inflow inflows
`);

/** Flows of goods into a state: a measure on them is an import measure of that state. */
export const IMPORT_FLOWS = set("import imports importing importation purchase purchases entry");

/** Verbs that restart a flow, so end a restriction: "resume shipments of rare earths". */
/** Verbs of answering a measure with one's own: "China retaliated with tariffs on soybeans", "hit back with duties". */
export const RESPONSE_VERBS = verbs("retaliate", "respond", "react", "counter", "answer", ["hit", ["hits", "hitting"]], ["strike", ["strikes", "struck", "striking"]], ["fight", ["fights", "fought", "fighting"]]);

export const RESUME_VERBS = verbs("resume", "reopen", "restore", "restart", "unblock", "allow", "permit");

export const NEGATORS = set("not n't never no neither nor without");
/** Verbs that deny the clause they govern: "The minister denied that Russia had imposed restrictions". */
export const DENIAL_VERBS = set("deny denies denied denying refute refutes refuted");
export const REFUSAL_WORDS = set("refuse refuses refused refusing decline declines declined declining reject rejects rejected rejecting rule ruled");
export const MODALS = set("will would could might may can should shall must 'll wo ca");
export const CONDITION_WORDS = set("if unless provided providing as long once");

/**
 * Whether the token at `i` opens a condition: "if", "unless", "once", "as long as", "provided
 * (that)"; not the "as" of "set as 225,000 tonnes" nor the verb of "provided no documents".
 */
export function opensCondition(toks: readonly { normal: string }[], i: number): boolean {
  const w = toks[i]?.normal;
  const next = toks[i + 1]?.normal;
  if (w === "as") return next === "long";
  if (w === "long") return toks[i - 1]?.normal === "as";
  if (w === "provided" || w === "providing") return next === "that" || toks[i - 1]?.normal === ",";
  return w !== undefined && CONDITION_WORDS.has(w);
}

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
  agency network broadcaster lobby
`);

/** Lower-case words that make the capitalised name after them a public body: "consumer watchdog Rospotrebnadzor". */
export const GOV_DESCRIPTORS = set("watchdog regulator inspectorate authority ministry department commission");

/** Heads of a country's negotiating party: "the Chinese delegation", "the US team". */
export const DELEGATION_HEADS = set("delegation delegations team teams contingent side negotiators delegates");

export const LOCATIVE_PREPS = set("in at near outside inside");
/** Prepositions before a place something goes to or comes from: "headed for Egypt", "exports to China". */
export const DESTINATION_PREPS = set("to for into from towards toward");
/** Determiners that name something already known: "the duties", "these curbs", "such tariffs". */
export const DEFINITE_DETERMINERS = set("the this these that those such");

/** Words that make a locative a venue: talks in London. */
export const MEETING_WORDS = set(`
  talks meeting meet met meets negotiations negotiation negotiate summit visit visited visiting
  held hold hosted host gathered gathering conference round convened reconvened session discussions
`);

/**
 * Words of negotiating, narrower than MEETING_WORDS (a visit or a conference has no negotiating
 * sides): an article with none of them has no negotiating parties ("the Chinese side" is China).
 */
export const NEGOTIATION_WORDS = set("talks negotiation negotiations negotiator negotiators negotiating negotiate negotiated delegation delegations consultations summit");

/** Heads of a commodity phrase not in the lexicon: "superhard materials", "dual-use items". */
export const COMMODITY_HEADS = set(`
  material materials product products goods equipment parts components software technology
  technologies machines machinery tools devices items metals minerals chemicals vehicles
  commodities crops produce food foods
`);

/** Determiners and quantities to skip inside a list of goods. */
export const LIST_FILLERS = set(`
  a an the some all many several most more less few various other certain its their his her our
  seven six five four three two one eight nine ten dozens dozen types type kinds kind forms form
  range wide broad number series variety list of new recent key critical such categories category
  medium heavy light relevant bottled following
  listed above below said these those
`);


// ---- function words and calendar ---------------------------------------------------------------

export const BE = set("be is are was were been being 's 're");
/** Auxiliaries and "to" that stand between a subject and its verb. */
export const AUX = new Set([...BE, "has", "have", "had", "do", "does", "did", "to", "get", "got"]);
/** Adverbs a verb chain steps over ("will also eventually lift"). */
export const ADVERBS = set(`
  only also eventually further gradually partially partly fully quickly soon then now still even
  finally immediately promptly formally temporarily significantly substantially swiftly largely just
  reportedly likely already possibly at least first ultimately duly broadly
`);

export const WEEKDAYS = set("monday tuesday wednesday thursday friday saturday sunday");
export const MONTH_NAMES = set("january february march april may june july august september october november december");
export const MONTH_ABBREVIATIONS = set("jan feb mar apr jun jul aug sep sept oct nov dec");
/** Nouns of a span of time: "last week", "earlier this month". */
export const TIME_UNITS = set("week month year day weekend morning evening night summer spring autumn fall winter quarter");

// ---- people and bodies -------------------------------------------------------------------------

/** Chinese surnames spelt like English words: "Vice Premier He". */
export const PRONOUN_SURNAMES = new Set(["He", "Hu", "Ma", "Yu", "Fan", "Bai", "Gao", "Lin", "Long", "Yang"]);
/** Lower-case particles inside personal names: "Ursula von der Leyen". */
export const NAME_PARTICLES = set("de da van von bin al le la del der du dos ter zu");
/** Capitalised words that never start or make a name (sentence-initial function words, months, bylines). */
export const NOT_NAMES = new Set([
  ...set(`
    the a an on in at for and but or of to by with as from this that these those it its he she they
    we i you his her their our my your there here when while after before since during
    mr mr. ms ms. mrs mrs. dr dr. photo reuters afp however meanwhile although though if also both
    all some many most other last next
  `),
  ...WEEKDAYS,
  ...MONTH_NAMES,
]);
/** Roles that head a body: "president of", "chief executive of". */
export const HEAD_ROLES = set("president director head chief chairman chairwoman chair ceo founder leader secretary minister governor commissioner");
/** Roles after an acronym that make it an organisation: "FIEO president". */
export const ORG_ROLE_WORDS = set("president chairman chairwoman chair chief ceo director spokesperson spokesman spokeswoman head secretary-general founder");
/** Nouns that refer back to a body: "the ministry", "the Commission". */
export const BODY_NOUNS = set("ministry commission department council agency bureau office court administration");
/** Nouns after a country that make it act: "US officials pressed Beijing". */
export const ACTING_NOUNS = set("officials official negotiators authorities government leaders diplomats lawmakers regulators envoys ministers policymakers");
/** Words after a country that do not make it a modifier: "Washington last year". */
export const TIME_NOUNS = set("year week month day time morning evening night weekend last next this");
/** Words that join the parts of an institution's name: "Academy of Trade and Economic Cooperation". */
export const INSTITUTION_JOINERS = set("of for and & on de");
/** Heads of institutions named "X of Y". */
export const INSTITUTION_HEADS = set(`
  Academy Federation Association Chamber Confederation Society Forum Council Institute Center Centre
  Foundation School University College Organisation Organization Organisations Organizations
  Federations Alliance Coalition Union Fund Bank Agency Office Board Commission Committee Authority
`);
export const LEAD_VERBS = set("lead leads led leading head heads headed heading chair chairs chaired chairing");
export const INCLUDE_VERBS = set("include includes included including comprise comprises comprised comprising feature features featured");
export const JOIN_VERBS = set("join joins joined joining");

// ---- measures and goods ------------------------------------------------------------------------

/** Prepositions that attach goods to a measure: "controls on", "tariffs targeting". */
export const MEASURE_PREPS = set("on targeting against over covering affecting for of regarding concerning involving");
/** Verbs after which "controls to X" means the controls now cover X: "extended controls to graphite". */
export const EXTEND_VERBS = set("extend extends extended extending expand expands expanded expanding widen widens widened widening apply applies applied applying broaden broadened");
/** Intransitive verbs of decline: "tariffs are set to fall to 15%". */
export const FALL_VERBS = set("fall falls fell drop drops dropped decline declines declined expire expires expired lapse lapses lapsed");
/** Nouns of lifting: "called for the removal of the duties". */
export const LIFT_NOUNS = set("removal lifting elimination easing withdrawal suspension repeal reduction rollback relaxation scrapping cancellation abolition loosening lowering");
/** Verbs of scope: "the controls cover ...". */
export const COVER_VERBS = set("cover covers covered covering target targets targeted include includes included affect affects affected hit hits apply applies encompass encompasses encompassed encompassing");
/** Verbs of scope only with "to" after them: "the measures were extended to hybrid cars" (not "extended the ban"). */
export const COVER_TO_VERBS = set("extend extends extended extending");
/** Nouns after a good that keep it the same good: "rare earth items", "chip sector". */
/**
 * Nouns WordNet files as things (artifacts, substances) that a trade phrase uses for something else:
 * measures ("curbs", "controls"), places and installations ("ports", "plants", "borders"), and
 * arrangements ("deals", "lines", "systems"). The goods reader never takes them for goods.
 */
export const NOT_GOODS = set(`
  curb curbs control controls quota quotas barrier barriers border borders plant plants facility facilities
  port ports site sites line lines system systems network networks deal deals way ways route routes
  channel channels platform platforms stock stocks bond bonds security securities
  ground grounds basis behalf account accounts order orders farm farms
`);

/** Possessive determiners: "its ban", "their president". */
export const POSSESSIVE_PRONOUNS = set("its their his her our my your whose");

/** Words before a title that make its holder a deputy: "Deputy Agriculture Minister", "Vice-Minister". */
export const DEPUTY_WORDS = set("deputy vice assistant junior under");

/** Words that put a title in the past: "former President X", "the then minister", "ex-premier". */
export const FORMER_WORDS = set("former ex ex- then late erstwhile onetime one-time previous past");

/** Cabinet portfolios (title functions) and the ministry that runs each in any government. */
export const PORTFOLIO_MINISTRIES: ReadonlyMap<string, string> = new Map([
  ["agriculture", "Agriculture"],
  ["trade", "Trade"],
  ["commerce", "Commerce"],
  ["economy", "Economy"],
  ["industry", "Industry"],
  ["energy", "Energy"],
  ["finance", "Finance"],
  ["foreign", "Foreign Affairs"],
  ["mines", "Mines"],
  ["fisheries", "Fisheries"],
  ["environment", "Environment"],
  ["health", "Health"],
  ["defense", "Defence"],
]);

/**
 * Words governments name cabinet portfolios with ("Minister of Export Promotion, International Trade
 * and Economic Development", "minister for development and technology"), in any government.
 */
export const PORTFOLIO_WORDS = set(`
  trade commerce industry industries industrial investment investments finance finances budget planning treasury revenue
  economy economic development export exports promotion international foreign affairs cooperation relations
  agriculture agricultural food rural livestock fisheries fishery forestry forests water land lands
  environment climate energy mines mining minerals mineral natural resources petroleum oil gas
  technology technologies innovation science digital small medium business businesses enterprise enterprises
  tourism transport transportation infrastructure labour labor employment health defence defense
  communications information consumer competition markets regional national growth utilities
  interior justice education culture housing welfare social security home internal
`);

/** The title function of a portfolio word ("Budget" is finance's); the first such word of a list names the portfolio. */
export const PORTFOLIO_FUNCTIONS: ReadonlyMap<string, string> = new Map([
  ...["trade"].map((w) => [w, "trade"] as const),
  ...["commerce"].map((w) => [w, "commerce"] as const),
  ...["industry", "industries", "industrial"].map((w) => [w, "industry"] as const),
  ...["finance", "finances", "budget", "treasury"].map((w) => [w, "finance"] as const),
  ...["economy", "economic"].map((w) => [w, "economy"] as const),
  ...["agriculture", "agricultural", "livestock"].map((w) => [w, "agriculture"] as const),
  ...["energy", "petroleum"].map((w) => [w, "energy"] as const),
  ...["mines", "mining", "minerals"].map((w) => [w, "mines"] as const),
  ...["fisheries", "fishery"].map((w) => [w, "fisheries"] as const),
  ...["environment", "climate"].map((w) => [w, "environment"] as const),
  ...["health"].map((w) => [w, "health"] as const),
  ...["foreign"].map((w) => [w, "foreign"] as const),
  ...["defence", "defense"].map((w) => [w, "defense"] as const),
]);

export const TRAILING_HEADS = set("items item products categories category sector industry");
/** Measure words that say nothing about exports on their own. */
export const GENERIC_RESTRICTIONS = set("curbs curb restrictions restriction controls control limits bans ban");
/** Nouns that extend a measure's head: "export control measures", "tariff rates". */
export const MEASURE_HEAD_EXTENSIONS = set("measures measure restrictions rules regime regimes orders order requirements rates rate hikes increases policies policy regulations guidance list lists licensing");
/** Nouns of commitment in an offer chain: "made a firm commitment to lift". */
export const CHAIN_OFFER_NOUNS = set("make made making a an specific firm clear concrete commitment pledge promise to");
/** Generic nouns of measure that need a good or a trade adjective: "the brandy measures". */
export const GENERIC_MEASURE_NOUNS = set("measures measure duties probe investigation restrictions curbs ban bans prohibition prohibitions veto vetoes");
/**
 * Nouns of a ban: WordNet's "ban, prohibition, proscription" (a decree that prohibits something),
 * and "veto" as machine translation renders the Spanish and Portuguese "veto"/"veda" ("lifts the veto
 * on imports of Argentine lemons").
 */
export const BAN_NOUNS = set("ban bans prohibition prohibitions proscription veto vetoes");
/** Adjectives that make a generic noun a trade measure: "anti-dumping measures". */
export const TRADE_ADJECTIVES = set("anti-dumping antidumping anti-subsidy countervailing retaliatory protectionist protective discriminatory punitive trade reciprocal dumping subsidy restrictive");
