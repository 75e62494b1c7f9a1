// Permits withheld restrict what they would have let through: "permits covering the export of live
// chicken ... would no longer be issued", "the ministry stopped issuing import licences for garlic",
// "Kenyan authorities are not issuing export permits for powder milk". The one restricting is the
// agent ("by the Kenya Dairy Board") or the subject that stops issuing them; else the article may say.

import { FLOW_NOUNS, IMPORT_FLOWS, NEGATORS } from "../../../text/words.ts";
import type { SentenceMention } from "../../mentions/types.ts";
import { emitMeasure } from "../emit.ts";
import { parseGoods, syntheticMeasure } from "../measure-phrase.ts";
import type { SentenceScope } from "../scope.ts";
import { defineRule } from "../types.ts";

const DENIAL_VERBS = new Set(["deny", "denies", "denied", "denying", "refute", "refuted", "rejects", "rejected", "dismissed"]);
const PERMIT_NOUNS = new Set(["permit", "permits", "licence", "licences", "license", "licenses"]);
const ISSUE_VERBS = new Set(["issue", "issued", "issuing", "issues", "grant", "granted", "granting", "grants"]);
const STOP_VERBS = new Set(["stop", "stopped", "stopping", "stops", "suspend", "suspended", "suspending", "suspends", "halt", "halted", "halting", "halts", "cease", "ceased", "ceasing"]);

/** The goods a permit noun at `p` is for: "permits covering the export of X", "export permits for X". */
function permitGoods(s: SentenceScope, p: number): { goods: SentenceMention[]; to: number; flow?: string } | undefined {
  let k = p + 1;
  if (!["for", "covering", "to", "on"].includes(s.norm(k))) return undefined;
  k++;
  if (s.norm(k) === "the") k++;
  let flow = FLOW_NOUNS.has(s.norm(k)) && s.norm(k + 1) === "of" ? s.norm(k) : undefined;
  if (flow) k += 2;
  // ("export permits", "import licences": the flow before the noun)
  flow ??= ["export", "import"].includes(s.norm(p - 1)) ? s.norm(p - 1) : undefined;
  const list = parseGoods(s, k);
  return list.goods.length > 0 ? { goods: list.goods, to: list.to, ...(flow ? { flow } : {}) } : undefined;
}

function kindOf(flow: string | undefined): readonly [string, string] {
  if (flow && IMPORT_FLOWS.has(flow)) return ["import-bans", "import bans"];
  if (flow && /^export/.test(flow)) return ["export-controls", "export controls"];
  return ["restrictions", "restrictions"];
}

export const permitsWithheld = defineRule({
  id: "permits-withheld",
  description: "permits for goods no longer issued / stopped issuing permits for goods: the goods are restricted",
  emits: ["imposes", "restricts"],
  reads: [],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "Malaysia banned chicken exports. Permits covering the export of live chicken and chicken meat cuts would no longer be issued.", yields: ["measure:unattributed-export-controls-on-live-chicken restricts commodity:live-chicken"] },
    { text: "The Kenya Dairy Board stopped issuing export permits for powder milk.", yields: ["agency:kenya-dairy-board imposes measure:ke-export-controls-on-powder-milk"] },
    { text: "Kenyan authorities are not issuing import permits for powder milk.", yields: ["measure:ke-import-bans-on-powder-milk restricts commodity:powder-milk"] },
  ],
  nearMisses: [
    { text: "Permits covering the export of live chicken will be issued from Monday.", notYields: ["measure:unattributed-export-controls-on-live-chicken restricts commodity:live-chicken"], why: "permits issued let the goods through" },
    { text: "The ministry resumed issuing export permits for powder milk.", notYields: ["measure:unattributed-export-controls-on-powder-milk restricts commodity:powder-milk"], why: "resuming is letting through" },
    { text: "Argentina denied that it had stopped issuing export permits for beef.", notYields: ["country:ar imposes measure:ar-export-controls-on-beef"], why: "a stop denied" },
    { text: "Cargill stopped issuing export permits for soybeans to farmers, traders said.", notYields: ["organization:cargill imposes measure:us-export-controls-on-soybeans"], why: "a company is no state" },
    { text: "The ministry did not stop issuing export permits for powder milk.", notYields: ["measure:unattributed-export-controls-on-powder-milk restricts commodity:powder-milk"], why: "a stop denied" },
  ],
  run(ctx) {
    const s = ctx.scope;
    for (let p = 0; p < s.length; p++) {
      if (!PERMIT_NOUNS.has(s.norm(p))) continue;
      const what = permitGoods(s, p);
      if (!what) continue;
      const [kind, kindLabel] = kindOf(what.flow);
      // passive: "permits ... would no longer be issued" / "will not be granted"
      let v = what.to;
      while (v < s.length && v - what.to < 6 && !ISSUE_VERBS.has(s.norm(v)) && ![".", ";"].includes(s.norm(v))) v++;
      const passive = ISSUE_VERBS.has(s.norm(v)) && ["be", "been", "being", "are", "is", "were", "was"].includes(s.norm(v - 1));
      const passiveDenied = passive && (s.toks.slice(what.to, v).some((t) => NEGATORS.has(t.normal)) || (s.norm(v - 3) === "no" && s.norm(v - 2) === "longer") || s.toks.slice(what.to, v).some((t) => t.normal === "longer"));
      // active: "stopped issuing export permits for X", "is not issuing permits for X", "will no longer issue"
      let q = p - 1;
      while (q >= 0 && p - q <= 3 && !ISSUE_VERBS.has(s.norm(q))) q--;
      const issuing = q >= 0 && ISSUE_VERBS.has(s.norm(q)) ? q : -1;
      const stopped = issuing > 0 && STOP_VERBS.has(s.norm(issuing - 1)) && !s.negatedBetween(issuing - 4, issuing - 1, NEGATORS);
      const notIssuing = issuing > 0 && !stopped && (NEGATORS.has(s.norm(issuing - 1)) || s.norm(issuing - 1) === "longer" || (NEGATORS.has(s.norm(issuing - 2)) && ["be", "is", "are"].includes(s.norm(issuing - 1))));
      if (!passiveDenied && !stopped && !notIssuing) continue;
      // (a stop denied or a report refuted: "Argentina denied that it had stopped issuing ...")
      if (s.toks.slice(0, passiveDenied ? v : issuing).some((t) => DENIAL_VERBS.has(t.normal))) continue;
      const agent = passiveDenied ? (s.norm(v + 1) === "by" ? s.mentionAt(v + 2) ?? s.mentionAt(v + 3) : undefined) : (s.subjectAgent(issuing) ?? s.agentLeft(issuing - 2));
      // (only a state issues permits that restrict trade: a company that stops is no measure)
      if (agent?.type === "organization") continue;
      const imposer = s.isAgent(agent) ? agent : undefined;
      const measure = syntheticMeasure(p, what.to, imposer, [...what.goods], undefined, [kind, kindLabel]);
      if (measure) emitMeasure(ctx, measure, imposer, imposer ? Math.min(imposer.from, p) : p, Math.max(what.to, passiveDenied ? v + 1 : what.to));
    }
  },
});
