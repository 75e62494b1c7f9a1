// `newsgraph ask`: human-readable answers with quotes and article ids, --json equal to the API's answer,
// and a helpful error for questions it cannot parse. Runs the command in-process on a fresh program.
import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerAsk } from "../../src/cli/commands/ask.ts";
import { InvalidInputError, NotFoundError } from "../../src/model/errors.ts";
import { ask } from "../../src/query/index.ts";
import { MINI_PATH, loadMini } from "../fixtures/graph/load-mini.ts";

async function run(args: string[]): Promise<string> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void lines.push(a.join(" ")));
  try {
    const program = new Command().exitOverride();
    registerAsk(program);
    await program.parseAsync(["ask", ...args], { from: "user" });
  } finally {
    spy.mockRestore();
  }
  return lines.join("\n");
}

afterEach(() => vi.restoreAllMocks());

describe("newsgraph ask", () => {
  it("lists what the US offers to lift, each with the sentence and the article", async () => {
    const out = await run(["what does the US offer to lift", "--graph", MINI_PATH]);
    for (const label of ["chip design software", "jet engine parts", "chemicals", "nuclear materials"])
      expect(out).toContain(label);
    expect(out).not.toContain("advanced AI chips");
    expect(out).toContain("prepared to lift a series of recent export control measures");
    expect(out).toContain("doc-bloomberg");
    expect(out).toContain("pattern: (country:us) -offers-to-lift-> (?measure)");
  });

  it.each([
    ["who leads the Chinese delegation", "He Lifeng"],
    ["who is He Lap Phong", "He Lifeng [person] via Chinese delegation"],
    ["what does China want lifted", "chips [commodity]"],
  ])("%s", async (q, expected) => {
    expect(await run([q, "--graph", MINI_PATH])).toContain(expected);
  });

  it("--json prints exactly the API's answer", async () => {
    const q = "what does the US offer to lift";
    expect(JSON.parse(await run([q, "--graph", MINI_PATH, "--json"]))).toEqual(
      JSON.parse(JSON.stringify(ask(loadMini(), q))),
    );
  });

  it("an unparseable question fails with the supported forms", async () => {
    await expect(run(["tell me a story", "--graph", MINI_PATH])).rejects.toThrow(/who leads X/);
    await expect(run(["", "--graph", MINI_PATH])).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("a missing graph file says how to build one", async () => {
    await expect(run(["who is Lutnick", "--graph", "/nonexistent/graph.json"])).rejects.toBeInstanceOf(NotFoundError);
  });
});
