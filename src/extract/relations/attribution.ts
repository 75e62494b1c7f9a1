// Who says the sentence: "Hassett said", "said Shaw", "according to Reuters", "Hassett, director of
// the National Economic Council, told CNBC". The speaker turns an asserted claim into a reported one.

import type { SentenceScope } from "./scope.ts";
import { SPEECH_VERBS } from "../../text/words.ts";

export function speakerOf(s: SentenceScope): string | undefined {
  for (let v = 0; v < s.length; v++) {
    const n = s.norm(v);
    if (n === "according" && s.norm(v + 1) === "to") {
      const m = s.mentionAt(v + 2) ?? s.mentionAt(v + 3);
      if (s.isAgent(m)) return m.key;
    }
    if (!SPEECH_VERBS.has(n)) continue;
    const next = s.mentionAt(v + 1);
    if (s.isAgent(next) && (next.type === "person" || next.type === "organization")) return next.key;
    let j = v - 1;
    while (j >= 0 && s.isVerbChainWord(j)) j--;
    // "Hassett, director of the National Economic Council, told CNBC"
    if (s.norm(j) === ",") {
      const subjectPerson = s.mentions.find((m) => m.type === "person" && m.to < j && s.tok(m.to)?.text === ",");
      if (subjectPerson) return subjectPerson.key;
    }
    const m = s.mentionAt(j);
    if (s.isAgent(m) && m.type !== "country") return m.key;
  }
  return undefined;
}
