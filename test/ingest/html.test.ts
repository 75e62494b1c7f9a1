import { describe, expect, it } from "vitest";
import { htmlToText } from "../../src/ingest/html.ts";

const PROSE = [
  "The finance ministers of Kenya and Tanzania agreed on Monday to remove duties on maize traded across their border.",
  "The agreement ends a dispute that had left hundreds of lorries waiting at the Namanga crossing for more than a week.",
  "Officials said the new rules would take effect at the start of next month, after both parliaments approve them.",
];
const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const article = `<article>${PROSE.map((p) => `<p>${p}</p>`).join("\n")}</article>`;

describe("htmlToText", () => {
  it("keeps the article paragraphs, separated by blank lines", () => {
    const { text } = htmlToText(page("<title>t</title>", article));
    expect(text).toBe(PROSE.join("\n\n"));
  });

  it.each([
    ["script", "<script>var tracking = 'do not keep me';</script>", "do not keep me"],
    ["style", "<style>.x { content: 'do not keep me' }</style>", "do not keep me"],
    ["nav", "<nav><a>Home</a> <a>do not keep me</a></nav>", "do not keep me"],
    ["site header", "<header><a>do not keep me</a></header>", "do not keep me"],
    ["footer", "<footer>do not keep me © 2025</footer>", "do not keep me"],
    ["aside", "<aside><h3>Most read</h3><a>do not keep me</a></aside>", "do not keep me"],
    ["form", "<form><label>do not keep me</label><input></form>", "do not keep me"],
    ["figcaption", "<figure><img><figcaption>do not keep me. Photo: AFP</figcaption></figure>", "do not keep me"],
    ["role=navigation", '<div role="navigation">do not keep me</div>', "do not keep me"],
    ["cookie banner by class", '<div class="cookie-banner">do not keep me</div>', "do not keep me"],
    ["newsletter box by id", '<div id="newsletter-signup">do not keep me</div>', "do not keep me"],
    ["hidden element", "<div hidden>do not keep me</div>", "do not keep me"],
  ])("drops %s", (_name, chrome, marker) => {
    const { text } = htmlToText(page("", chrome + article));
    expect(text).not.toContain(marker);
    for (const p of PROSE) expect(text).toContain(p);
  });

  it("does not drop the article because a wrapper's class name sounds like furniture", () => {
    const { text } = htmlToText(page("", `<div class="story share-enabled">${article}</div>`));
    for (const p of PROSE) expect(text).toContain(p);
  });

  it.each([
    ["og:title first", '<meta property="og:title" content="Maize deal agreed"><title>Other | Site</title>', "<h1>Heading</h1>", "Maize deal agreed"],
    ["then the h1", "<title>Other | Site</title>", "<h1>Maize deal agreed</h1>", "Maize deal agreed"],
    ["then <title> without the site name", "<title>Maize deal agreed | East Africa Times</title>", "", "Maize deal agreed"],
    ["a <title> with a dash and a site name", "<title>Maize deal agreed - EAT</title>", "", "Maize deal agreed"],
  ])("takes the title: %s", (_name, head, h1, expected) => {
    expect(htmlToText(page(head, h1 + article)).title).toBe(expected);
  });

  it("falls back to the body on a page too short for readability", () => {
    const { text } = htmlToText(page("", "<p>Talks resume on Tuesday.</p><nav>Home</nav>"));
    expect(text).toBe("Talks resume on Tuesday.");
  });

  it("turns <br> into a line break and inline elements into running text", () => {
    const { text } = htmlToText(page("", "<p>Line <b>one</b> <a href='#'>here</a><br>line two.</p>"));
    expect(text).toBe("Line one here\nline two.");
  });

  it("records dropped chrome in removed, but not scripts", () => {
    const { removed } = htmlToText(page("", "<script>x()</script><nav>Home World</nav>" + article));
    expect(removed).toContainEqual({ reason: "html:nav", text: "Home World" });
    expect(removed.some((r) => r.text.includes("x()"))).toBe(false);
  });
});

describe("htmlToText on pages without a <body>", () => {
  it.each([
    ["a bare fragment", "<p>Talks resume on Tuesday.</p>", ""],
    ["<html> without <body>", "<html><head><title>Maize talks</title></head><p>Talks resume on Tuesday.</p></html>", "Maize talks"],
    ["a doctype, a title and paragraphs", "<!doctype html><title>Maize talks</title><p>Talks resume on Tuesday.</p>", "Maize talks"],
  ])("%s", (_name, html, title) => {
    const r = htmlToText(html);
    expect(r.text).toBe("Talks resume on Tuesday.");
    expect(r.title).toBe(title);
  });
});
