// Markdown -> plain lines. Articles saved as .md are mostly prose; we only remove the syntax that
// would otherwise leak into sentences (link targets, emphasis marks, image embeds) and read the
// title from front matter or the first level-1 heading. Line structure is kept for furniture.ts.

export interface MarkdownText {
  title: string;
  text: string;
}

export function markdownToText(md: string): MarkdownText {
  let body = md;
  let title = "";

  // YAML front matter: only its title matters to us.
  const front = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(body);
  if (front) {
    const t = /^title:\s*["']?(.*?)["']?\s*$/m.exec(front[1] ?? "");
    if (t?.[1]) title = t[1];
    body = body.slice(front[0].length);
  }

  const lines: string[] = [];
  let fenced = false;
  for (const raw of body.split("\n")) {
    // Code blocks are not article prose.
    if (/^\s*(?:```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    let line = raw;
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      if (h[1] === "#" && title === "") title = inline(h[2] ?? "");
      line = h[2] ?? "";
    }
    if (/^\s{0,3}(?:[-*_]\s*){3,}$/.test(line)) line = ""; // horizontal rule
    line = line.replace(/^\s{0,3}>\s?/, ""); // block quote marker
    line = line.replace(/^\s*\d+[.)]\s+/, ""); // ordered list marker (bullets are handled later)
    lines.push(inline(line));
  }
  return { title, text: lines.join("\n") };
}

function inline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "") // images: their alt text is a caption at best
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1") // links keep their words
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/, "") // link reference definitions
    .replace(/<\/?[a-z][^>]*>/gi, "") // stray inline HTML tags
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(?<![\p{L}\d])([*_])(?=\S)(.+?)(?<=\S)\1(?![\p{L}\d])/gu, "$2")
    .replace(/`([^`]*)`/g, "$1");
}
