import { describe, expect, it } from "vitest";
import { markdownToText } from "../../src/ingest/markdown.ts";

describe("markdownToText", () => {
  it.each([
    ["links keep their words", "Ghana [raised rates](https://x.example) on Monday.", "Ghana raised rates on Monday."],
    ["images are dropped", "![Governor at the podium](img.jpg)", ""],
    ["emphasis marks go", "The **central bank** said *inflation* was _easing_.", "The central bank said inflation was easing."],
    ["snake_case words are left alone", "The file_name stays.", "The file_name stays."],
    ["block quotes lose their marker", "> “We will act,” he said.", "“We will act,” he said."],
    ["ordered list markers go", "1. First point ends here.", "First point ends here."],
    ["code fences are dropped", "```\ncode();\n```", ""],
  ])("%s", (_name, md, text) => {
    expect(markdownToText(md).text.trim()).toBe(text);
  });

  it.each([
    ["front matter", "---\ntitle: \"Cedi slides\"\ndate: 2025-01-01\n---\nBody.", "Cedi slides"],
    ["the first # heading", "# Cedi slides\n\nBody.\n\n# Later", "Cedi slides"],
  ])("takes the title from %s", (_name, md, title) => {
    expect(markdownToText(md).title).toBe(title);
  });
});
