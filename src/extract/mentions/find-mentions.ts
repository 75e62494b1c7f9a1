// Mentions of one sentence: each finder in turn over a shared workspace, then sorted by position.

import type { Sentence } from "../../model/types.ts";
import { DEFAULT_EXTRACT_SETTINGS, type ExtractSettings } from "../settings.ts";
import type { MentionFinder } from "./finder.ts";
import { MENTION_FINDERS } from "./finders.ts";
import { MentionState } from "./state.ts";
import type { SentenceContext, SentenceMention } from "./types.ts";

export interface MentionOptions {
  settings?: ExtractSettings;
  finders?: readonly MentionFinder[];
}

export function findMentions(text: string, sentence: Sentence, ctx: SentenceContext, opts: MentionOptions = {}): SentenceMention[] {
  const st = new MentionState(text, sentence, opts.settings ?? DEFAULT_EXTRACT_SETTINGS);
  for (const finder of opts.finders ?? MENTION_FINDERS) finder.run(st, ctx);
  return st.sorted();
}
