// HTML -> plain text paragraphs through a real parser (linkedom), never regexes over markup.
// Readability picks the main article; when it cannot (short or unusual pages) we fall back to the
// cleaned body. Either way block elements become paragraphs separated by blank lines, so the
// plain-text furniture rules downstream see the same shape of input as a copied web page.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { RemovedBlock } from "../model/types.ts";

export interface HtmlText {
  title: string;
  /** Paragraphs separated by blank lines; not yet normalised or cleaned of furniture. */
  text: string;
  removed: RemovedBlock[];
}

/** Elements that never hold article prose. Script-like ones are dropped without a record. */
const SILENT_TAGS = ["script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "link", "meta"];
/** Page chrome: navigation, site header/footer, sidebars, forms (search, sign-up), figure credits. */
const CHROME_TAGS = ["nav", "header", "footer", "aside", "form", "button", "select", "figcaption", "dialog", "menu"];
/** ARIA roles that mark the same chrome when a site uses generic <div>s. */
const CHROME_ROLES = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar"];
/**
 * Words in class/id names that sites use for furniture. Matched as whole hyphen/underscore-separated
 * parts so "share" hits "social-share" but not "shareholders".
 */
const CHROME_NAME_PARTS = new Set([
  "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup",
  "paywall", "related", "recommended", "promo", "advert", "advertisement", "ad", "ads", "sponsor",
  "sponsored", "share", "sharing", "social", "comments", "comment", "breadcrumb", "breadcrumbs",
  "nav", "navbar", "menu", "sidebar", "footer", "masthead", "banner", "popup", "modal", "outbrain",
  "taboola", "byline", "credit", "credits", "caption", "tags", "toolbar", "trending", "mostread",
]);

/** Largest share of the page's text an element may hold and still be dropped for its class/id. */
const MAX_NAMED_SHARE = 0.4;

/** Elements after which a paragraph ends. */
const BLOCK_TAGS = new Set([
  "address", "article", "blockquote", "dd", "div", "dl", "dt", "figure", "h1", "h2", "h3", "h4", "h5",
  "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul",
  "body", "html",
]);

/** Readability below this many characters has probably picked a fragment, so use the body instead. */
const MIN_READABLE_CHARS = 200;

export function htmlToText(html: string): HtmlText {
  const document = parse(withBody(html));
  const title = pageTitle(document);
  const removed: RemovedBlock[] = [];

  for (const el of [...document.querySelectorAll(SILENT_TAGS.join(","))]) el.remove();
  const pageChars = (document.body?.textContent ?? "").trim().length;
  for (const el of [...document.querySelectorAll("*")]) {
    if (!el.isConnected) continue;
    const reason = chromeReason(el, pageChars);
    if (reason === undefined) continue;
    const text = blockText(el).trim();
    if (text !== "") removed.push({ reason, text });
    el.remove();
  }

  let root: ParentLike = document.body ?? document.documentElement;
  try {
    // Readability mutates the document it is given, so give it a copy.
    const copy = parseHTML(document.toString()).document;
    const article = new Readability(copy).parse();
    if (article?.content && (article.textContent ?? "").trim().length >= MIN_READABLE_CHARS) {
      root = parse(`<!doctype html><html><body>${article.content}</body></html>`).body ?? root;
    }
  } catch {
    // Readability gives up on some pages; the body text is a sound fallback.
  }

  return { title, text: blockText(root), removed };
}

// linkedom's typings lean on the DOM lib, which this Node project does not load; these are the
// few members we use, so the rest of the file stays typed.
interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}
interface ParentLike {
  childNodes: ArrayLike<NodeLike>;
}
interface ElementLike extends NodeLike {
  tagName: string;
  isConnected: boolean;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  closest(selector: string): ElementLike | null;
  remove(): void;
}
interface DocumentLike extends ParentLike {
  body: ElementLike | null;
  documentElement: ElementLike;
  querySelector(selector: string): ElementLike | null;
  querySelectorAll(selector: string): Iterable<ElementLike>;
  toString(): string;
}

function parse(html: string): DocumentLike {
  return parseHTML(html).document as unknown as DocumentLike;
}

/**
 * linkedom builds the tree as written and, unlike a browser, does not invent a missing <body>:
 * "<p>text</p>" or "<html><head>..</head><p>..</p></html>" would leave the text outside
 * document.body. Saved pages and fragments often lack it, so we add the skeleton a browser would.
 * This only moves the head-only tags; the content itself is still parsed by linkedom.
 */
function withBody(html: string): string {
  if (/<body[\s>]/i.test(html)) return html;
  const headTags = /<head[\s>][\s\S]*?<\/head>|<title[\s>][\s\S]*?<\/title>|<meta\b[^>]*>|<link\b[^>]*>|<base\b[^>]*>/gi;
  const head = (html.match(headTags) ?? []).map((t) => t.replace(/^<head[^>]*>|<\/head>$/gi, "")).join("");
  const body = html.replace(headTags, "").replace(/<!doctype[^>]*>|<\/?html\b[^>]*>/gi, "");
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

/** Text of an element with block boundaries as blank lines and <br> as a newline. */
function blockText(root: ParentLike): string {
  const out: string[] = [];
  const walk = (node: NodeLike): void => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toLowerCase();
    if (tag === "br") {
      out.push("\n");
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) out.push("\n\n");
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) out.push("\n\n");
  };
  for (const child of Array.from(root.childNodes)) walk(child);
  return out
    .join("")
    .split(/\n{2,}/)
    .map((p) =>
      p
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== "")
        .join("\n"),
    )
    .filter((p) => p !== "")
    .join("\n\n");
}

function chromeReason(el: ElementLike, pageChars: number): string | undefined {
  const tag = el.tagName.toLowerCase();
  if (CHROME_TAGS.includes(tag)) {
    // <header> inside an <article> usually holds the headline, which we want as the title.
    if (tag === "header" && el.closest("article") !== null) return undefined;
    return `html:${tag}`;
  }
  const role = (el.getAttribute("role") ?? "").toLowerCase();
  if (CHROME_ROLES.includes(role)) return `html:role=${role}`;
  if (el.getAttribute("aria-hidden") === "true" || el.hasAttribute("hidden")) return "html:hidden";
  if (tag === "article" || tag === "main" || tag === "body" || tag === "html") return undefined;
  // Class names are a weak signal: a wrapper called "story share-enabled" may hold the whole
  // article, so never drop by name an element that holds most of the page's text.
  if ((el.textContent ?? "").trim().length > MAX_NAMED_SHARE * pageChars) return undefined;
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase();
  for (const part of names.split(/[\s_-]+/)) {
    if (CHROME_NAME_PARTS.has(part)) return `html:${part}`;
  }
  return undefined;
}

/** og:title, then the first <h1>, then <title> without its " | Site name" tail. */
function pageTitle(document: DocumentLike): string {
  const clean = (s: string | null | undefined): string => (s ?? "").replace(/\s+/g, " ").trim();
  const og = clean(document.querySelector('meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"]')?.getAttribute("content"));
  if (og !== "") return og;
  const h1 = clean(document.querySelector("h1")?.textContent);
  if (h1 !== "") return h1;
  const title = clean(document.querySelector("title")?.textContent);
  // Site names trail the headline after a separator; drop a short last segment.
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && (parts[parts.length - 1] ?? "").split(" ").length <= 4) parts.pop();
  return parts.join(" - ");
}
