// The mention finders, in the order they run. Order matters: lexicon names first (the most
// trusted), then titles and honorifics that attach names to them, institutions that may take over a
// country word inside their name, names typed by context, surnames, then the finders that rewrite
// what was found (administrations, delegations, origin goods) and the ones that refer back.

import { administrations } from "./finders/administrations.ts";
import { appositiveTitles } from "./finders/appositive-titles.ts";
import { attributiveGoods } from "./finders/attributive-goods.ts";
import { bodyAnaphors } from "./finders/body-anaphors.ts";
import { contextNames } from "./finders/context-names.ts";
import { definedAcronyms } from "./finders/defined-acronyms.ts";
import { delegations } from "./finders/delegations.ts";
import { genericMeasures } from "./finders/generic-measures.ts";
import { goodsAndMeasures } from "./finders/goods-and-measures.ts";
import { honorificNames } from "./finders/honorific-names.ts";
import { institutions } from "./finders/institutions.ts";
import { lexiconNames } from "./finders/lexicon-names.ts";
import { originGoods } from "./finders/origin-goods.ts";
import { portfolioTitles } from "./finders/portfolio-titles.ts";
import { portfolioBodies } from "./finders/portfolio-bodies.ts";
import { qualifiedBody } from "./finders/qualified-body.ts";
import { surnames } from "./finders/surnames.ts";
import { titleNames } from "./finders/title-names.ts";
import type { MentionFinder } from "./finder.ts";

export const MENTION_FINDERS: readonly MentionFinder[] = [
  lexiconNames,
  portfolioTitles,
  portfolioBodies,
  qualifiedBody,
  titleNames,
  honorificNames,
  institutions,
  definedAcronyms,
  contextNames,
  surnames,
  appositiveTitles,
  administrations,
  delegations,
  goodsAndMeasures,
  attributiveGoods,
  originGoods,
  bodyAnaphors,
  genericMeasures,
] as MentionFinder[];
