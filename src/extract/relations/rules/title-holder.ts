// A title held by a named person says which body they head or sit in: "Commerce Secretary Howard
// Lutnick" leads the US Department of Commerce; "Vice Minister of Commerce Li Chenggang" is a member
// of China's Ministry of Commerce; "the ministry's chief negotiator, X" belongs to the ministry the
// sentence named. The title's country comes from the mention stage (a modifier before the title, or
// a title only one state uses); the body from the words around the title, else from the lexicon's
// body of that function in that country.

import type { EdgeType } from "../../../model/types.ts";
import { fold, slug } from "../../../text/fold.ts";
import { lexiconIndex } from "../../lexicon-index.ts";
import { bodyAfterPrep, bodyAnaphor, directlyAfter } from "../people.ts";
import { DEPUTY_WORDS, FORMER_WORDS, PORTFOLIO_MINISTRIES } from "../../../text/words.ts";
import { isPossessiveMark, type SentenceScope } from "../scope.ts";
import { defineRule } from "../types.ts";
import { titleOwnerAt } from "../../mentions/title-country.ts";

/** "former President X", "the former US Commerce Secretary X": the title is no longer held. */
function formerTitle(s: SentenceScope, titleFrom: number): boolean {
  for (let k = titleFrom - 1; k >= 0 && k >= titleFrom - 3; k--) {
    const t = s.tok(k);
    if (!t) break;
    if (FORMER_WORDS.has(t.normal)) return true;
    // step over the title's country ("US", "China's") and a hyphen ("ex-President")
    if (!(s.mentionAt(k)?.type === "country" || isPossessiveMark(t.text) || t.text === "-")) break;
  }
  return false;
}


/** A body's name that says it is a government department. */
const MINISTRY_WORDS = /\b(?:Ministry|Department|Secretariat|Office)\b/;

export const titleHolder = defineRule({
  id: "title-holder",
  description: "a person's title names the body they lead (rank head) or belong to (rank member)",
  emits: ["leads", "member-of"],
  reads: ["claims"],
  writes: [],
  examples: [
    { text: "Commerce Secretary Howard Lutnick spoke on Monday.", yields: ["person:howard-lutnick leads agency:us-commerce"] },
    { text: "Ian Bremmer, president of the Eurasia Group, said the talks would fail.", yields: ["person:ian-bremmer leads organization:eurasia-group"] },
    { text: "Maria Okafor, a senior fellow at the Quxbridge Institute, said prices rose.", yields: ["person:maria-okafor member-of organization:quxbridge-institute"] },
    { text: "Japanese Prime Minister Shigeru Ishiba met reporters.", yields: ["person:shigeru-ishiba leads country:jp"] },
    { text: "Moldovan Agriculture Minister Vasile Bumacov said the ban was unfair.", yields: ["person:vasile-bumacov leads agency:md-agriculture"] },
    { text: "Zimbabwe's Mines Minister Winston Chitando said the ban would stay.", yields: ["person:winston-chitando leads agency:zw-mines"] },
    { text: "Zimbabwe's Deputy Mines Minister Polite Kambamura said the ban would stay.", yields: ["person:polite-kambamura member-of agency:zw-mines"] },
    { text: "Indonesia imposed duties on steel. Zimbabwe's Deputy Mines Minister Polite Kambamura said the ban would stay.", yields: ["person:polite-kambamura member-of agency:zw-mines"] },
    { text: "Poland's deputy minister for development and technology, Jan Nowak, signed it.", yields: ["person:jan-nowak member-of agency:pl-development-and-technology"] },
    { text: "Zimbabwe banned exports of raw lithium. Zimbabwe wants local processing. Mines Minister Winston Chitando said so.", yields: ["person:winston-chitando leads agency:zw-mines"] },
    { text: "Indonesia acted. Minister of Energy and Mineral Resources (ESDM) Budi Santoso said exports would stop.", yields: ["person:budi-santoso leads agency:id-energy"] },
    { text: "Australian Trade Minister Jane Citizen said the decision was welcome.", yields: ["person:jane-citizen leads agency:au-dfat"] },
    { text: "Trade Minister Don Farrell said the decision was welcome.", yields: ["person:don-farrell member-of agency:au-dfat"] },
    { text: "North Korean leader Kim Jong Un inspected a factory.", yields: ["person:kim-jong-un leads country:kp"] },
    { text: "Russia's leader, Ivan Petrov, signed the decree.", yields: ["person:ivan-petrov leads country:ru"] },
    { text: "Ecuador's right-wing president, Daniel Noboa, announced the tariff.", yields: ["person:daniel-noboa leads country:ec"] },
    { text: "Kenya's new trade minister, Jane Wambui, defended the duty.", yields: ["person:jane-wambui leads agency:ke-trade"] },
    { text: "Canadian Prime Minister Justin Trudeau met his Indian counterpart, Narendra Modi, in New Delhi.", yields: ["person:narendra-modi leads country:in"] },
    { text: "Zambian Agriculture Minister Reuben Phiri wrote to his Kenyan counterpart Peter Munya.", yields: ["person:peter-munya leads agency:ke-agriculture"] },
    { text: "The president and chief executive of Quxbridge Mining Corp, Ana Ruiz, welcomed the decision.", yields: ["person:ana-ruiz leads organization:quxbridge-mining-corp"] },
    { text: "Quxbridge Growers Council President and CEO Tom Reyes said the ban hurt.", yields: ["person:tom-reyes leads agency:quxbridge-growers-council"] },
    { text: "EU Trade Commissioner Cecilia Malmstrom said the bloc would respond.", yields: ["person:cecilia-malmstrom leads agency:eu-dg-trade", "person:cecilia-malmstrom member-of agency:eu-commission"] },
    { text: "Trade Minister Don Farrell, Foreign Minister Penny Wong and Agriculture Minister Jane Citizen said in a joint statement the decision was welcome.", yields: ["person:jane-citizen leads agency:au-agriculture"] },
    { text: "Quxbridge Textile Federation executive director Brian Okoro said so.", yields: ["person:brian-okoro leads organization:quxbridge-textile-federation"] },
  ],
  nearMisses: [
    { text: "Howard Lutnick spoke on Monday.", notYields: ["person:howard-lutnick leads agency:us-commerce"], why: "no title in the sentence: the lexicon's roles are not evidence" },
    { text: "Zimbabwe's Deputy Mines Minister Polite Kambamura said the ban would stay.", notYields: ["person:polite-kambamura leads agency:zw-mines"], why: "a deputy does not head the ministry" },
    { text: "Zimbabwe's Vice-Minister of Mines Polite Kambamura said the ban would stay.", notYields: ["person:polite-kambamura leads agency:zw-mines"], why: "nor does a vice-minister, hyphened" },
    { text: "The commerce secretary is expected to attend.", notYields: [], why: "a title with no name is nobody" },
    { text: "The policy, championed by former President Joko Widodo, drew investment.", notYields: ["person:joko-widodo leads country:id"], why: "a former office holder does not lead today" },
    { text: "Agriculture Minister Vasile Bumacov said the ban was unfair.", notYields: ["person:vasile-bumacov leads agency:md-agriculture"], why: "no country: no ministry can be named" },
    { text: "Zimbabwe and Zambia met. Zambia and Zimbabwe talked. Mines Minister Winston Chitando said so.", notYields: ["person:winston-chitando leads agency:zw-mines", "person:winston-chitando leads agency:zm-mines"], why: "no one state is what the article is about" },
    { text: "Agriculture Minister Jane Okello, in a letter to her Kenyan counterpart, complained about the quota.", notYields: ["person:jane-okello leads agency:ke-agriculture"], why: "the state whose counterpart she writes to is the other side, not hers" },
    { text: "Australian Trade Minister Jane Citizen said the decision was welcome.", notYields: ["person:jane-citizen leads agency:au-adc"], why: "a minister heads a ministry, not the anti-dumping body of the same function" },
    { text: "Trade Minister Don Farrell said the decision was welcome.", notYields: ["person:don-farrell leads agency:au-dfat"], why: "the lexicon has him in the department, not at its head" },
    { text: "Ties soured under the former US Commerce Secretary Howard Lutnick.", notYields: ["person:howard-lutnick leads agency:us-commerce"], why: "'former' before the title's country" },
    { text: "Agriculture Minister Jane Okello and Trade Minister Penny Wong met in Nairobi.", notYields: ["person:jane-okello leads agency:au-agriculture"], why: "people who meet are not one government's list" },
    { text: "US International Trade Commissioner David Johanson voted for duties on steel.", notYields: ["person:david-johanson member-of agency:eu-commission"], why: "a US commissioner sits in no EU body" },
    { text: "Indonesia imposed duties on steel. Federal Trade Commissioner Rebecca Slaughter spoke.", notYields: ["person:rebecca-slaughter leads agency:eu-dg-trade", "person:rebecca-slaughter member-of agency:eu-commission"], why: "a capitalised word before the title makes it another office" },
    { text: "Indonesia imposed duties on steel. Zimbabwe's Deputy Mines Minister Polite Kambamura said the ban would stay.", notYields: ["person:polite-kambamura leads agency:zw-mines"], why: "a deputy, whatever the article's state" },
    { text: "Brazilian indigenous leader Raoni Metuktire criticised the ban.", notYields: ["person:raoni-metuktire leads country:br"], why: "'leader' heads a state only right after it" },
    { text: "Jane Doe, an executive director at Morgan Stanley, said rates would rise.", notYields: ["person:jane-doe leads organization:morgan-stanley"], why: "one of several: 'an' before the title" },
    { text: "Trade Minister Don Farrell and Agriculture Minister Taku Eto signed the beef deal in Tokyo.", notYields: ["person:taku-eto leads agency:au-agriculture"], why: "the parties to a deal are not one government" },
    { text: "Indian opposition leader Rahul Gandhi criticised the ban.", notYields: ["person:rahul-gandhi leads country:in"], why: "a leader of something other than the state named" },
    { text: "Senate Majority Leader Chuck Schumer backed the tariff.", notYields: ["person:chuck-schumer leads country:us"], why: "'Leader' names a state's head only right after the state" },
    { text: "Canadian Prime Minister Justin Trudeau met Indian business leaders, Narendra Modi said.", notYields: ["person:narendra-modi leads country:in"], why: "no counterpart: Modi is given no title" },
    { text: "Agriculture Minister Jane Okello, in a letter to her Kenyan counterpart, complained.", notYields: ["person:jane-okello leads agency:ke-agriculture"], why: "the counterpart is unnamed; the writer is not Kenya's minister" },
    { text: "Brazil's former agriculture minister, Blairo Maggi, criticised the ban.", notYields: ["person:blairo-maggi leads agency:br-agriculture"], why: "'former' among the words between the state and the title" },
  ],
  run({ scope: s, sink, state }) {
    const lex = lexiconIndex();
    for (const p of s.mentions) {
      if (p.type !== "person" || !p.titles || p.titleFrom === undefined || p.titleTo === undefined) continue;
      const from = Math.min(p.from, p.titleFrom);
      const to = Math.max(p.to, p.titleTo);
      const k = titleOwnerAt(s.toks.map((t) => t.text), s.toks.map((t) => t.pos), p.titleFrom, (j) => s.mentionAt(j)?.type === "country");
      const before = s.mentionAt(k);
      const bodyBefore = before && (before.type === "agency" || before.type === "organization") && !before.key.endsWith("-delegation") ? before : undefined;
      const bodyAfter = s.mentions.find((m) => (m.type === "agency" || m.type === "organization") && m.from > (p.titleFrom as number) && m.to <= to);
      const title = p.title;
      if (!title || formerTitle(s, p.titleFrom)) continue;
      // ("opposition leader X": a title that names an office only after its state)
      if (title.stateBefore && !(s.mentionAt(isPossessiveMark(s.tok(p.titleFrom - 1)?.text) ? p.titleFrom - 2 : p.titleFrom - 1)?.type === "country")) continue;
      // a body every holder sits in besides the one the title names ("EU Trade Commissioner X" sits
      // in the European Commission)
      // (only where the title is the one that state uses: a "US International Trade Commissioner" is no
      // EU commissioner)
      const memberOf = title.memberOf && (!title.countries?.length || (p.country !== undefined && title.countries.includes(p.country))) ? title.memberOf : undefined;
      const agencyIn = memberOf ? lex.agencies.get(memberOf) : undefined;
      const alsoIn = agencyIn ?? (memberOf ? lex.organizations.get(memberOf) : undefined);
      if (alsoIn) {
        const type = agencyIn ? (agencyIn.type ?? "agency") : "organization";
        sink.add(p.key, "member-of", s.derive({ key: `${type}:${alsoIn.id}`, type, label: alsoIn.label, ...(alsoIn.country ? { country: alsoIn.country } : {}) }), Math.min(p.from, p.titleFrom), Math.max(p.to, p.titleTo));
      }
      const cc = p.country;
      // ("Deputy Agriculture Minister X": a deputy's title the lexicon knows only as the head's)
      const deputy = DEPUTY_WORDS.has(s.norm(p.titleFrom - 1)) || (s.norm(p.titleFrom - 1) === "-" && DEPUTY_WORDS.has(s.norm(p.titleFrom - 2)));
      // ("an executive director at X": one of several, a member)
      const indefinite = ["a", "an"].includes(s.norm(p.titleFrom - 1));
      const predicate: EdgeType = title.rank === "head" && !deputy && !indefinite ? "leads" : "member-of";
      const anchorFrom = bodyBefore ? Math.min(from, bodyBefore.from) : from;
      if (bodyAfter) {
        sink.add(p.key, predicate, bodyAfter.key, anchorFrom, to);
        continue;
      }
      if (bodyBefore) {
        sink.add(p.key, predicate, bodyBefore.key, anchorFrom, to);
        continue;
      }
      // "research director at trading group XTB": the body after the title
      if (["at", "of", "from", "with"].includes(s.norm(p.titleTo)) && p.titleTo >= p.to) {
        const body = bodyAfterPrep(s, p.titleTo);
        if (body) {
          // "director of the X Program at the Center ...": head of a unit, member of the body
          const direct = directlyAfter(s, p.titleTo, body);
          sink.add(p.key, direct ? predicate : "member-of", body.key, from, body.to);
          continue;
        }
      }
      // "the ministry's chief trade negotiator": the body the sentence has just named.
      const anaphor = bodyAnaphor(s, state.claims, p.titleFrom);
      if (anaphor) {
        sink.add(p.key, predicate, anaphor, from - 3, to);
        continue;
      }
      if (title.function === "head-of-state" || title.function === "head-of-government") {
        if (cc && title.rank === "head") {
          const ce = lex.countries.get(cc);
          if (ce) sink.add(p.key, "leads", s.derive({ key: `country:${cc}`, type: "country", label: ce.label }), from, to);
        }
        continue;
      }
      if (!cc) continue;
      // a holder the lexicon knows, under a title it lists for them: the body it says they lead or sit
      // in ("Trade Minister Don Farrell" sits in Australia's foreign and trade department)
      const functions = [title.function, ...(lex.relatedFunctions[title.function] ?? [])];
      const holder = lex.people.get(p.key.slice("person:".length));
      if (holder && !deputy && holder.roles?.some((r) => fold(r) === fold(title.role))) {
        // (of the bodies it lists, one of the title's function or a related one, in the title's country)
        const known = [...(holder.leads ?? []).map((id) => ["leads", id] as const), ...(holder.memberOf ?? []).map((id) => ["member-of", id] as const)]
          .map(([rel, id]) => [rel, lex.agencies.get(id)] as const)
          .find(([, b]) => b !== undefined && b.country === cc && b.function !== undefined && functions.includes(b.function));
        if (known?.[1]) {
          const b = known[1];
          sink.add(p.key, known[0], s.derive({ key: `agency:${b.id}`, type: b.type ?? "agency", label: b.label, country: b.country }), from, to);
          continue;
        }
      }
      // else the body of the title's function in that country, or of a related one; for a minister, a
      // ministry before any other body ("Trade Minister" names no anti-dumping commission)
      const chain = functions.flatMap((f) => lex.agencyByFunction.get(`${cc}|${f}`) ?? []);
      const body = (/\bMinister\b/.test(title.role) ? chain.find((b) => MINISTRY_WORDS.test(b.label)) : undefined) ?? chain[0];
      if (body) {
        const key = s.derive({ key: `agency:${body.id}`, type: body.type ?? "agency", label: body.label, country: body.country });
        sink.add(p.key, predicate, key, from, to);
        continue;
      }
      // a minister of a government the lexicon has no ministry for: that government's ministry of
      // the title's portfolio ("Moldovan Agriculture Minister X" heads Moldova's agriculture ministry)
      // (a portfolio read from the text: "the minister for development and technology" heads the
      // Ministry of Development and Technology)
      // (a portfolio list the text gives names the ministry in full: "Minister of Energy and Mineral
      // Resources" heads the Ministry of Energy and Mineral Resources)
      const listed = (/\bminister (?:of|for) (?:the )?(.+)$/i.exec(p.titleText ?? "")?.[1] ?? /^(?:(?:deputy|vice|junior) )?(.+?) minister$/i.exec(p.titleText ?? "")?.[1])?.replace(/\b(?!and\b)\p{Ll}/gu, (c) => c.toUpperCase());
      const portfolio = title.function === "portfolio" ? (listed ?? title.role.replace(/^Minister of /, "")) : listed && /,| and | & /.test(listed) ? listed : PORTFOLIO_MINISTRIES.get(title.function);
      const country = lex.countries.get(cc);
      if (portfolio && country) {
        const key = `agency:${cc}-${title.function === "portfolio" ? slug(portfolio) : title.function}`;
        const label = `Ministry of ${portfolio} (${country.label})`;
        s.derive({ key, type: "agency", label, country: cc });
        // the generic names only where the article itself uses them (elsewhere they would name every
        // government's ministry of that portfolio)
        for (const alias of [`Ministry of ${portfolio}`, `${portfolio} Ministry`]) {
          // (in any case: "the trade ministry" is the Trade Ministry)
          if (s.text.toLowerCase().includes(alias.toLowerCase())) s.derive({ key, type: "agency", label, country: cc, alias });
        }
        // and the names that say whose it is ("Moldova's Ministry of Agriculture", "the Moldovan
        // Agriculture Ministry"), which name no other government's
        const demonym = country.demonyms[0];
        const qualified = [`Ministry of ${portfolio} of ${country.label}`, `${country.label}'s Ministry of ${portfolio}`, `${country.label}'s ${portfolio} Ministry`];
        if (demonym) qualified.push(`${demonym} Ministry of ${portfolio}`, `${demonym} ${portfolio} Ministry`);
        for (const alias of qualified) s.derive({ key, type: "agency", label, country: cc, alias });
        sink.add(p.key, predicate, key, from, to);
      }
    }
  },
});
