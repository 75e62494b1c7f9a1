// Developer aid: shows the tokens, mentions and relations the extractor finds in a sentence.
// usage: node bin/run-ts.js scripts/explain.ts "Some sentence."
import { extractDocument } from "../src/extract/pipeline.ts";
import { findMentions } from "../src/extract/mentions.ts";
import { splitSentences } from "../src/extract/sentences.ts";

const text = process.argv.slice(2).join(" ");
for (const s of splitSentences(text)) {
  console.log(s.tokens.map((t, i) => `${i}:${t.text}/${t.pos}`).join(" "));
  for (const m of findMentions(text, s, { docCountries: () => [], docSurnames: new Map() })) {
    console.log(`  mention ${m.from}-${m.to} ${m.type} ${m.key} "${m.text}"${m.titleText ? ` title="${m.titleText}"` : ""}${m.country ? ` cc=${m.country}` : ""}`);
  }
}
const x = extractDocument({ id: "x", title: "", source: "", text, removed: [] });
for (const c of x.claims) console.log(`  ${c.subject} -${c.predicate}-> ${c.object}  [${c.evidence.modality ?? ""}] "${c.evidence.quote}"`);
