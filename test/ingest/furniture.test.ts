import { describe, expect, it } from "vitest";
import { removeFurniture } from "../../src/ingest/furniture.ts";

// Two sentences of news around the line under test, so every case has real prose next to it.
const BEFORE = "The trade ministers of Chile and Peru met in Lima on Tuesday to discuss copper export quotas.";
const AFTER = "Both governments said they expected a joint statement by the end of the week.";
const around = (line: string): string => `${BEFORE}\n\n${line}\n\n${AFTER}`;

describe("removeFurniture: each rule drops furniture and keeps the news sentence that looks like it", () => {
  it.each([
    // [rule, furniture line, reason, a news sentence with the same words that must stay]
    ["sign-up prompt", "Sign up now: Get our newsletters delivered to your inbox", "sign-up",
      "Farmers rushed to sign up for the subsidy scheme before the deadline, the ministry said."],
    ["subscribe call", "Subscribe to read the full story", "sign-up",
      "More than 40,000 readers subscribe to the bank's monthly bulletin on trade flows."],
    ["newsletter box", "Never miss a story: get our free newsletter every morning", "sign-up",
      "“You should register before Friday,” the customs agency told exporters on Monday."],
    ["download the app", "Get Started Now: Download the App", "app-promo",
      "Apple's App Store faces an antitrust probe in the European Union, regulators said."],
    ["download an app with a multi-word name", "Download the BBT News App to get Daily Market Updates & Live Business News.", "app-promo",
      "Exporters said they had to download the customs agency's new app to file declarations."],
    ["a plug for the site's coverage", "Catch all the Business News, Breaking News Events and Latest News Updates on Daily Post.", "news-promo",
      "Catch-up talks on the latest tariff news are expected next week, officials said."],
    ["app-store block", "Available on the App Store and Google Play for your phone.", "app-promo",
      "Users were told to download the app to vote, officials said on Monday."],
    ["photo credit line", "PHOTO: AFP", "photo-credit",
      "A photographer for AFP was injured during the protest, the agency said."],
    ["caption with an agency/name credit", "Ministers arrive for talks in Lima, Peru, March 4, 2025. REUTERS/Jane Doe", "photo-credit",
      "Reuters reported that Chile has granted temporary export licences to two smelters."],
    ["(Photo by ...) credit", "Delegates pose at the summit. (Photo by John Smith / AFP)", "photo-credit",
      "The photo, taken by a local journalist, showed lorries queuing at the border."],
    ["mandatory credit block", "RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT \"AFP PHOTO / HANDOUT\"", "photo-credit",
      "The court ruled that the credit agreement was binding on both banks."],
    ["caption starting with a position cue", "(From left) Chilean minister Ana Soto and Peruvian minister Luis Vera at the talks.", "photo-credit",
      "From left-wing parties came a call to suspend the quotas."],
    ["related coverage link", "Related coverage: Chile eyes new lithium rules", "related-link",
      "Related talks on lithium will take place in Santiago next month, officials said."],
    ["read more link", "Read more: Why copper prices are rising", "related-link",
      "Read more carefully, the draft suggests a slower phase-in of quotas."],
    ["follow-topic widget", "Follow topic:", "social",
      "Officials said they would follow the topic closely in the coming months."],
    ["see-more widget", "See more on", "social",
      "Analysts expect to see more on tariffs from both governments this year."],
    ["share widget", "Share this article", "social",
      "Chile will share this article of the treaty with its neighbours, the minister said."],
    ["comments widget", "No comments yet...", "comments",
      "The ministry had no comments yet on the proposal, a spokesperson said."],
    ["copyright line", "© 2025 Andes Daily. All rights reserved.", "copyright",
      "Copyright holders sued the platform over piracy, court filings showed."],
    ["logo", "logo", "logo",
      "The company unveiled a new logo for its copper brand on Tuesday."],
    ["byline", "By Kate Holton, Maria Lopez and Ian Brown", "byline",
      "By Monday, the two sides had agreed to extend the quota talks."],
    ["wire credit line", "Reporting by Ana Soto; Editing by Ian Brown", "byline",
      "Reporting by the national broadcaster found that exports had doubled."],
    ["relative timestamp", "Andes Daily 6 hours ago", "timestamp",
      "The ceasefire on the border began two days ago."],
    ["published line", "Published: 4 March 2025, 10:32", "timestamp",
      "Published figures showed copper output fell 3 percent in February."],
    ["cookie banner", "We use cookies to improve your experience. By continuing you accept our cookie policy.", "cookie-banner",
      "Exports of biscuits and cookies rose 12 percent, the statistics office said."],
    ["advert marker", "Advertisement", "advert",
      "The advertisement campaign was paid for by the mining association."],
    ["headline-like fragment", "Orange background", "fragment",
      "Talks resume Tuesday."],
    ["menu item / feature promo", "Try Our AI Features", "fragment",
      "Chile will try new AI features in its customs system, the minister said."],
    ["ALL-CAPS crosshead", "POSITIVE CONCLUSION", "heading",
      "The talks reached a positive conclusion, both ministers said."],
    ["one-line question crosshead", "Quotas to ease?", "crosshead",
      "“Will the quotas ease?” one trader asked on Tuesday."],
  ])("%s", (_name, furniture, reason, keep) => {
    const gone = removeFurniture(around(furniture));
    expect(gone.text).toBe(`${BEFORE}\n\n${AFTER}`);
    expect(gone.removed.map((r) => r.reason)).toContain(reason);

    const stays = removeFurniture(around(keep));
    expect(stays.text).toBe(`${BEFORE}\n\n${keep}\n\n${AFTER}`);
  });
});

describe("removeFurniture: sentences broken across lines", () => {
  it.each([
    [
      "a quote split by an embedded link",
      "This issue was raised last week in Chilean President Gabriel Boric's\n\nfirst publicly announced telephone talks\n\nwith Peruvian President Dina Boluarte since the election.",
      "This issue was raised last week in Chilean President Gabriel Boric's first publicly announced telephone talks with Peruvian President Dina Boluarte since the election.",
    ],
    [
      "a quotation in the middle",
      "The minister said he\n\nexpected “a swift and fair outcome”\n\nat the talks.",
      "The minister said he expected “a swift and fair outcome” at the talks.",
    ],
    [
      "a hard-wrapped paragraph",
      "Chile's finance ministry said on Tuesday that copper export\nQuotas would be reviewed in April.",
      "Chile's finance ministry said on Tuesday that copper export Quotas would be reviewed in April.",
    ],
  ])("re-joins %s", (_name, input, joined) => {
    const { text } = removeFurniture(`${BEFORE}\n\n${input}\n\n${AFTER}`);
    expect(text).toBe(`${BEFORE}\n\n${joined}\n\n${AFTER}`);
  });

  it.each([
    ["a headline followed by a sentence", "Copper talks stall\nThe ministers met in Lima on Tuesday."],
    ["a fragment whose continuation never ends a sentence", "Trade news\n\nlatest updates"],
  ])("does not join %s", (_name, input) => {
    const { text } = removeFurniture(`${BEFORE}\n\n${input}\n\n${AFTER}`);
    expect(text).not.toMatch(/stall The|news latest/);
  });
});

describe("removeFurniture: related-articles sections", () => {
  const teasers = [
    "Related Articles",
    "Peru bans raw copper exports",
    "Peru bans raw copper exports",
    "Andes Daily",
    "time17 minutes ago",
    "Peru bans raw copper exports",
    "LIMA -- Peru on Monday banned exports of unprocessed copper ore, the mining ministry said in a statement.",
    "Bolivia eyes lithium deal",
    "Pacific Wire",
    "2 hours ago",
  ];

  it("drops the heading and every teaser after it", () => {
    const { text, removed } = removeFurniture([BEFORE, AFTER, ...teasers].join("\n\n"));
    expect(text).toBe(`${BEFORE}\n\n${AFTER}`);
    expect(removed.filter((r) => r.reason === "related-articles")).toHaveLength(1);
  });

  it("ends the section where the article resumes with consecutive prose", () => {
    const resume = [
      "Related stories",
      "Peru bans raw copper exports",
      "Bolivia eyes lithium deal",
      "The two ministers are expected to meet again in Santiago next month to finalise the quota system.",
      "Chile is the world's largest copper producer, accounting for about a quarter of global output.",
    ];
    const { text } = removeFurniture([BEFORE, ...resume].join("\n\n"));
    expect(text).toBe([BEFORE, resume[3], resume[4]].join("\n\n"));
  });

  it("drops only the heading when no teasers follow it", () => {
    const { text } = removeFurniture(
      [BEFORE, "Read more", "Officials said the two ministers would meet again in Santiago next month to finalise quotas.", AFTER].join("\n\n"),
    );
    expect(text).toContain("Officials said the two ministers");
    expect(text).not.toContain("Read more");
  });
});

describe("removeFurniture: title, duplicates, datelines and sign-offs", () => {
  it("takes a leading headline as the title and drops its repetition", () => {
    const r = removeFurniture(`Chile and Peru agree copper quotas\n\nChile and Peru agree copper quotas\n\n${BEFORE}`);
    expect(r.title).toBe("Chile and Peru agree copper quotas");
    expect(r.text).toBe(BEFORE);
  });

  it("drops body lines repeating a known (HTML) title", () => {
    const r = removeFurniture(`Chile and Peru agree copper quotas\n\n${BEFORE}`, { title: "Chile and Peru agree copper quotas" });
    expect(r.text).toBe(BEFORE);
  });

  it("uses the first sentence as the title when there is no headline, and keeps it in the body", () => {
    const r = removeFurniture(`${BEFORE}\n${AFTER}`);
    expect(r.title).toBe(BEFORE);
    expect(r.text).toBe(`${BEFORE}\n${AFTER}`);
  });

  it("drops a repeated line", () => {
    expect(removeFurniture(`${BEFORE}\n\n${AFTER}\n\n${AFTER}`).text).toBe(`${BEFORE}\n\n${AFTER}`);
  });

  it.each([
    ["LIMA (Reuters) - ", "LIMA (Reuters) -"],
    ["SANTIAGO/LIMA -- ", "SANTIAGO/LIMA --"],
    ["LIMA, March 4 (Andes Wire) - ", "LIMA, March 4 (Andes Wire) -"],
    ["LIMA: ", "LIMA:"],
    ["SANTIAGO, March 4. /ANDES/. ", "SANTIAGO, March 4. /ANDES/."],
    ["date 2024-03-04 LIMA: ", "date 2024-03-04 LIMA:"],
    ["date 2024-03-04 ", "date 2024-03-04"],
  ])("strips the dateline %j before the first sentence", (dateline, recorded) => {
    const r = removeFurniture(`${dateline}${BEFORE}`);
    expect(r.text).toBe(BEFORE);
    expect(r.removed).toContainEqual({ reason: "dateline", text: recorded });
  });

  it("keeps a sentence that opens with a capitalised word and a colon of its own", () => {
    const text = "Peru: the ministry said copper exports to Chile would resume in March after talks.";
    expect(removeFurniture(text).text).toBe(text);
  });

  it.each([
    [" AFP", "AFP"],
    [" - Andes", "- Andes"],
    [" -Agence France-Presse", "-Agence France-Presse"],
  ])("strips a trailing agency sign-off %j", (signOff, recorded) => {
    const r = removeFurniture(`${BEFORE}${signOff}`);
    expect(r.text).toBe(BEFORE);
    expect(r.removed).toContainEqual({ reason: "sign-off", text: recorded });
  });

  it("keeps a last sentence that ends in a name after a dash of its own", () => {
    const text = `${BEFORE} The talks were led by the trade minister - Ana Soto.`;
    expect(removeFurniture(text).text).toBe(text);
  });

  it("keeps the input's paragraph layout where nothing was removed", () => {
    expect(removeFurniture(`${BEFORE}\n${AFTER}`).text).toBe(`${BEFORE}\n${AFTER}`);
    expect(removeFurniture(`${BEFORE}\nlogo\n${AFTER}`).text).toBe(`${BEFORE}\n\n${AFTER}`);
  });

  it("removes a caption that sits above its credit line, but not prose above a credit", () => {
    const caption = "Ministers Ana Soto (left) and Luis Vera pose for a photo in Lima.";
    const r = removeFurniture([BEFORE, caption, "PHOTO: EPA", AFTER].join("\n\n"));
    expect(r.text).toBe(`${BEFORE}\n\n${AFTER}`);
    const r2 = removeFurniture([BEFORE, AFTER, "PHOTO: EPA"].join("\n\n"));
    expect(r2.text).toBe(`${BEFORE}\n\n${AFTER}`);
  });

  it("returns empty text when everything is furniture", () => {
    expect(removeFurniture("logo\n\nSubscribe now\n\nHome\n\nWorld").text).toBe("");
  });
});

describe("removeFurniture: menus and trailing credits", () => {
  it.each([
    ["a pipe-separated menu", "Markets | Technology | Commodities | Opinion", "menu"],
    ["a breadcrumb", "Home › World › Americas", "menu"],
    ["a caption ending in a credit", "A worker walks past a copper smelter in Antofagasta, Chile. File photo: Reuters", "photo-credit"],
  ])("drops %s", (_name, line, reason) => {
    const r = removeFurniture(`${line}\n\nChile and Peru agree copper quotas\n\n${BEFORE}`);
    expect(r.text).toBe(BEFORE);
    expect(r.title).toBe("Chile and Peru agree copper quotas");
    expect(r.removed.map((x) => x.reason)).toContain(reason);
  });

  it("keeps a sentence that lists items with separators inside prose", () => {
    const s = "Prices for copper | zinc | lead all rose on Monday, traders said.";
    expect(removeFurniture(`${BEFORE}\n\n${s}`).text).toContain(s);
  });
});

describe("removeFurniture: quotations and short acronyms are prose", () => {
  it.each([
    "“You have to register every shipment with the ministry before it leaves port.”",
    "“Download the app and you will see the queue at the border,” is what drivers hear.",
    "EU – China trade rose 5 percent in the first quarter, customs data showed.",
  ])("keeps %j", (line) => {
    expect(removeFurniture(`${BEFORE}\n\n${line}\n\n${AFTER}`).text).toBe(`${BEFORE}\n\n${line}\n\n${AFTER}`);
  });
});

describe("removeFurniture: lists introduced by a colon", () => {
  it("joins a colon line and the bulleted or numbered items after it into one sentence", () => {
    const page = `${BEFORE}\n\nChina will impose tariffs of 25% on the following goods:\n- soybeans\n- frozen pork;\n- cotton\n\n${AFTER}`;
    expect(removeFurniture(page).text).toContain("China will impose tariffs of 25% on the following goods: soybeans, frozen pork, cotton.");
    const numbered = `${BEFORE}\n\nThe decree covers three products:\n1. nickel ore\n2. bauxite\n\n${AFTER}`;
    expect(removeFurniture(numbered).text).toContain("The decree covers three products: nickel ore, bauxite.");
  });

  it("leaves a related-stories menu as furniture and unbulleted lines after a colon alone", () => {
    const menu = `${BEFORE}\n\nRelated:\n- Harvest of potatoes below last year\n- Price of buckwheat in retail\n\n${AFTER}`;
    const text = removeFurniture(menu).text;
    expect(text).not.toContain("potatoes");
    const plain = `${BEFORE}\n\nThe ministry said on Friday:\nExports will resume in June.\n\n${AFTER}`;
    expect(removeFurniture(plain).text).not.toContain("Friday: Exports");
  });
});
