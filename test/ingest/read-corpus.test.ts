import { mkdir, mkdtemp, open, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCorpus } from "../../src/ingest/read-corpus.ts";

const ARTICLE = "The central bank of Ghana raised its policy rate by 150 basis points on Monday to curb inflation.\n";
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsgraph-ingest-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, content);
  return path;
}

describe("readCorpus: bad inputs are problems, never crashes", () => {
  it.each([
    ["an empty file", "empty.txt", new Uint8Array(0), "empty", /empty/],
    ["a whitespace-only file", "blank.txt", " \n\t\n", "empty", /only whitespace/],
    ["a binary file (NUL bytes)", "image.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49]), "binary", /binary.*NUL byte at offset 4/],
    ["a file of control bytes", "junk.txt", new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 2 ? 0x01 : 0x41))), "binary", /binary/],
    ["invalid UTF-8 (Latin-1 é)", "latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), "invalid_utf8", /not valid UTF-8.*offset 3.*UTF-8/],
    ["a truncated UTF-8 sequence", "cut.txt", new Uint8Array([0x61, 0x62, 0xe2, 0x80]), "invalid_utf8", /offset 2/],
    ["an overlong UTF-8 encoding", "overlong.txt", new Uint8Array([0x61, 0xc0, 0xaf]), "invalid_utf8", /offset 1/],
    ["a page that is all furniture", "furniture.html", "<html><body><nav>Home World</nav><p>Subscribe now</p></body></html>", "no_text", /no article text/],
  ])("%s", async (_name, file, content, code, message) => {
    const path = await put(`bad/${file}`, content);
    const { documents, problems } = await readCorpus([path]);
    expect(documents).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path, code });
    expect(problems[0]?.message).toMatch(message);
  });

  it("a file over the size limit names the limit and how to raise it", async () => {
    const path = await put("big/long.txt", ARTICLE.repeat(40));
    const { documents, problems } = await readCorpus([path], { maxFileBytes: 1024 });
    expect(documents).toEqual([]);
    expect(problems).toEqual([
      { path, code: "too_large", message: expect.stringMatching(/3\.\d KB, over the 1 KB limit.*--max-file-size/) },
    ]);
  });

  it("refuses a real 50 MB file quickly, without reading it, under the default 20 MB limit", async () => {
    const path = join(tmpdir(), `newsgraph-50mb-${process.pid}.txt`);
    const fh = await open(path, "w");
    try {
      const chunk = Buffer.alloc(1024 * 1024, "a");
      for (let i = 0; i < 50; i++) await fh.write(chunk);
      await fh.close();
      expect((await stat(path)).size).toBe(50 * 1024 * 1024);
      const started = performance.now();
      const { documents, problems } = await readCorpus([path]);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(documents).toEqual([]);
      expect(problems).toEqual([
        { path, code: "too_large", message: expect.stringMatching(/50 MB, over the 20 MB limit.*--max-file-size/) },
      ]);
    } finally {
      await fh.close().catch(() => undefined);
      await rm(path, { force: true });
    }
    await expect(stat(path)).rejects.toThrow();
  });

  it("a missing path", async () => {
    const path = join(dir, "does-not-exist.txt");
    expect(await readCorpus([path])).toEqual({ documents: [], problems: [{ path, code: "not_found", message: "no such file or folder" }] });
  });

  it("a folder without articles (other files are skipped silently)", async () => {
    await put("noarticles/photo.jpg", "jpeg");
    await put("noarticles/sub/data.json", "{}");
    const path = join(dir, "noarticles");
    const { documents, problems } = await readCorpus([path]);
    expect(documents).toEqual([]);
    expect(problems).toEqual([{ path, code: "no_articles", message: expect.stringMatching(/no \.txt, \.md, \.html or \.htm files/) }]);
  });

  it("a file named explicitly with an unsupported extension", async () => {
    const path = await put("report.pdf", "%PDF-1.4");
    const { problems } = await readCorpus([path]);
    expect(problems).toEqual([{ path, code: "unsupported_type", message: expect.stringMatching(/\.pdf.*\.txt, \.md, \.html or \.htm/) }]);
  });

  it("one good and one bad file: the good one is read", async () => {
    const good = await put("mixed/good.txt", ARTICLE);
    const bad = await put("mixed/bad.txt", new Uint8Array([0xff, 0x41]));
    const { documents, problems } = await readCorpus([join(dir, "mixed")]);
    expect(documents.map((d) => [d.id, d.source, d.text])).toEqual([["good", good, ARTICLE.trim()]]);
    expect(problems).toEqual([{ path: bad, code: "invalid_utf8", message: expect.any(String) }]);
  });
});

describe("readCorpus: files, folders and ids", () => {
  it("reads folders recursively in sorted order, skipping hidden entries and other extensions", async () => {
    await put("tree/b.txt", ARTICLE);
    await put("tree/a.md", `# Ghana raises rates\n\n${ARTICLE}`);
    await put("tree/sub/c.html", `<html><head><title>Cedi slides</title></head><body><p>${ARTICLE}</p></body></html>`);
    await put("tree/sub/d.htm", `<p>${ARTICLE}</p>`);
    await put("tree/.hidden/e.txt", ARTICLE);
    await put("tree/notes.csv", "a,b");
    const { documents, problems } = await readCorpus([join(dir, "tree")]);
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(["a", "b", "c", "d"]);
    expect(documents.map((d) => d.title)).toEqual(["Ghana raises rates", expect.stringMatching(/^The central bank/), "Cedi slides", expect.any(String)]);
    for (const d of documents) expect(d.text).toBe(ARTICLE.trim());
  });

  it("gives duplicate stems from different folders a deterministic suffix, in input order", async () => {
    const one = await put("dup1/story.txt", ARTICLE);
    const two = await put("dup2/story.txt", ARTICLE);
    const three = await put("dup3/story.html", `<p>${ARTICLE}</p>`);
    const read = async () => (await readCorpus([join(dir, "dup1"), join(dir, "dup2"), three])).documents.map((d) => [d.id, d.source]);
    const first = await read();
    expect(first).toEqual([
      ["story", one],
      ["story-2", two],
      ["story-3", three],
    ]);
    expect(await read()).toEqual(first);
  });

  it("reads a file named twice only once", async () => {
    const path = await put("twice/once.txt", ARTICLE);
    const { documents } = await readCorpus([path, join(dir, "twice"), path]);
    expect(documents.map((d) => d.id)).toEqual(["once"]);
  });

  it("decodes UTF-16 with a byte-order mark", async () => {
    const path = await put("utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, "utf16le")]));
    const { documents, problems } = await readCorpus([path]);
    expect(problems).toEqual([]);
    expect(documents[0]?.text).toBe(ARTICLE.trim());
  });

  it("strips a UTF-8 byte-order mark and normalises CRLF", async () => {
    const path = await put("bom.txt", `\ufeff${ARTICLE.trim()}\r\nSecond line of the story ends here.\r\n`);
    const { documents } = await readCorpus([path]);
    expect(documents[0]?.text).toBe(`${ARTICLE.trim()}\nSecond line of the story ends here.`);
  });
});
