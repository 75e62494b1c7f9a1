// Restarting a flow ends its restriction: "China will resume imports of Japanese seafood", "allowed
// shipments of rare earths to the U.S. again". The flow is read as the export controls on its goods.

import { OPEN_VERBS, RESUME_VERBS } from "../../../text/words.ts";
import { resolveLift } from "../lift-chain.ts";
import { allowedToTrade, flowObject, marketObject } from "../measure-phrase.ts";
import { defineRule } from "../types.ts";

export const resumeFlow = defineRule({
  id: "resume-flow",
  description: "subject + resume/allow + a flow of goods: the restriction on that flow is lifted or offered to be",
  emits: ["lifts", "offers-to-lift", "demands-lift", "imposes", "restricts"],
  reads: ["imposers", "discourse"],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "Beijing resumed exports of gallium on Monday.", yields: ["country:cn lifts measure:cn-export-controls-on-gallium"] },
    { text: "The United States reopened its market to Argentine lemons.", yields: ["country:us lifts measure:us-import-bans-on-lemon"] },
    { text: "China has allowed all domestic companies to import Australian coal.", yields: ["country:cn lifts measure:cn-import-bans-on-coal"] },
    { text: "Pakistan allowed the import of life-saving medicines from India.", yields: ["country:pk lifts measure:pk-import-bans-on-pharmaceuticals"] },
    { text: "India will allow the restriction-free import of laptops.", yields: ["country:in offers-to-lift measure:in-import-bans-on-personal-computers"] },
  ],
  nearMisses: [
    { text: "Beijing resumed talks on gallium on Monday.", notYields: [], why: "talks are no flow of goods" },
    { text: "The United States opened its embassy to visitors.", notYields: [], why: "only a market is opened to goods" },
    { text: "China has allowed all domestic companies to apply for coal licences.", notYields: ["country:cn lifts measure:cn-import-bans-on-coal"], why: "no verb of trade after 'to'" },
    { text: "China has not allowed domestic companies to import Australian coal.", notYields: ["country:cn lifts measure:cn-import-bans-on-coal"], why: "negated" },
    { text: "India will allow limited imports of laptops under licence.", notYields: ["country:in offers-to-lift measure:in-import-bans-on-personal-computers"], why: "a limited flow is a restriction, not its lifting" },
    { text: "The drought allowed Brazil to export more corn to China.", notYields: ["country:br lifts measure:br-export-controls-on-corn"], why: "no state allows: the drought does" },
  ],
  run(ctx) {
    const s = ctx.scope;
    for (let v = 0; v < s.length; v++) {
      const opens = OPEN_VERBS.has(s.norm(v));
      if (!(RESUME_VERBS.has(s.norm(v)) || opens) || !(s.tok(v)?.pos === "VERB" || s.norm(v).endsWith("ing"))) continue;
      // ("reopened its market to Argentine lemons": a market opened to goods; "open" says so only of a market)
      const p = (opens ? undefined : (flowObject(s, v + 1) ?? allowedToTrade(s, v))) ?? marketObject(s, v + 1);
      if (p) resolveLift(ctx, v, [p], false);
    }
  },
});
