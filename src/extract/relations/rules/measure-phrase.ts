// A measure phrase that names its goods, with or without its imposer, and that no verb rule has
// attributed: "China's export controls on rare earths", "tariffs on steel and aluminium". It says
// the measure exists (imposes/restricts), nothing about lifting it.

import { emitMeasure, imposerOf } from "../emit.ts";
import { defineRule } from "../types.ts";

export const measurePhrase = defineRule({
  id: "measure-phrase",
  description: "'X's <measure> on <goods>': X imposes the measure, which restricts the goods",
  emits: ["imposes", "restricts"],
  reads: ["imposers", "attributed"],
  writes: ["attributed", "discourse"],
  examples: [
    { text: "China's export controls on rare earths worry carmakers.", yields: ["country:cn imposes measure:cn-export-controls-on-rare-earths", "measure:cn-export-controls-on-rare-earths restricts commodity:rare-earths"] },
    { text: "A study weighs the quotas on Chinese clothing imports into South Africa.", yields: ["country:za imposes measure:za-quotas-on-apparel"] },
    // "its" for the one actor the sentence names before it
    { text: "Canada imposed duties. Canada is big. The federal government has confirmed that its surtax on steel now applies.", yields: ["country:ca imposes measure:ca-tariffs-on-steel"] },
    // a measure named in quotation marks; a relative clause with auxiliaries between its subject and verb
    { text: "Russia's “temporary restrictions” on gasoline exports hurt traders.", yields: ["measure:ru-restrictions-on-gasoline restricts commodity:gasoline"] },
    { text: "Washington detailed the final duties it will impose on Canadian softwood lumber imports.", yields: ["country:us imposes measure:us-tariffs-on-lumber"] },
    // "a ban to export X": a ban on exporting X (the phrase parse; the sentence's verb rule emits it)
    { text: "Kazakhstan's ban to export petroleum and diesel fuel hurts traders.", yields: ["country:kz imposes measure:kz-export-controls-on-diesel", "measure:kz-export-controls-on-oil restricts commodity:oil"] },
  ],
  nearMisses: [
    { text: "China's export controls worry carmakers.", notYields: [], why: "a measure with no goods says nothing a reader can look up" },
    { text: "Israel said it would respond with its own restrictions on products from Turkey.", notYields: ["country:il imposes measure:il-restrictions-on-tr-goods"], why: "'its' across a modal: a threat, not a measure" },
    { text: "Japan criticised China over its export controls on gallium.", notYields: ["country:jp imposes measure:jp-export-controls-on-gallium"], why: "with two actors before it, 'its' is not the first one's" },
    { text: "The sugar lobby Unica said Washington should reduce its import tax on Brazilian sugar. The lobby Unica wants to cut its tariffs on sugar.", notYields: ["organization:unica imposes measure:unica-tariffs-on-sugar"], why: "a lobby lays no tariff: 'its' is not the lobby's" },
    { text: "Washington detailed the duties it will not impose on Canadian softwood lumber imports.", notYields: ["country:us imposes measure:us-tariffs-on-lumber"], why: "a negated relative clause imposes nothing" },
    { text: "Washington detailed the final duties it will not discuss on Monday.", notYields: [], why: "no verb of imposing after the relative subject: no goods read on" },
    { text: "Kazakhstan's licence to export petroleum helps traders.", notYields: ["measure:kz-export-controls-on-oil restricts commodity:oil"], why: "a licence to export allows the trade" },
    { text: "Kazakhstan's ban to export quickly is unlikely.", notYields: [], why: "no goods after the verb" },
    { text: "A study weighs the quotas on Chinese clothing exports into South Africa.", notYields: ["country:za imposes measure:za-quotas-on-apparel"], why: "where exports go says nothing of who limits them" },
  ],
  run(ctx) {
    const { scope: s, state } = ctx;
    for (const m of s.measures) {
      if (state.attributed.has(m)) continue;
      const imposer = imposerOf(state, m);
      if (imposer && (m.goods.length > 0 || m.excluded.length > 0)) {
        emitMeasure(ctx, m, imposer, m.from, m.to);
        if (m.excluded.length > 0) emitMeasure(ctx, m, imposer, m.from, m.to, { includeExcluded: true });
      } else if (m.goods.length > 0) {
        emitMeasure(ctx, m, undefined, m.from, m.to);
      }
    }
  },
});
