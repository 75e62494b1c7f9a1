// The relation rules, in the order they run. Order matters where rules share state: membership
// rules read the claims titles made; verb rules attribute measure phrases before `measure-phrase`
// states the ones left; a passive lift records the imposer it found for later rules.

import { coverVerb } from "./rules/cover-verb.ts";
import { delegationFronted } from "./rules/delegation-fronted.ts";
import { delegationIncludes } from "./rules/delegation-includes.ts";
import { fallingMeasure } from "./rules/falling-measure.ts";
import { goodsFaceMeasure } from "./rules/goods-face-measure.ts";
import { imposePassive } from "./rules/impose-passive.ts";
import { imposeRelative } from "./rules/impose-relative.ts";
import { imposeVerb } from "./rules/impose-verb.ts";
import { joinsDelegation } from "./rules/joins-delegation.ts";
import { leadVerb } from "./rules/lead-verb.ts";
import { listGoesOn } from "./rules/list-goes-on.ts";
import { leadsRelative } from "./rules/leads-relative.ts";
import { ledBy } from "./rules/led-by.ts";
import { liftAct } from "./rules/lift-act.ts";
import { liftNoun } from "./rules/lift-noun.ts";
import { liftPassive } from "./rules/lift-passive.ts";
import { liftVerb } from "./rules/lift-verb.ts";
import { enactingSubject } from "./rules/enacting-subject.ts";
import { measurePhrase } from "./rules/measure-phrase.ts";
import { participantsWere } from "./rules/participants-were.ts";
import { partOfState } from "./rules/part-of-state.ts";
import { permitsWithheld } from "./rules/permits-withheld.ts";
import { placedUnder } from "./rules/placed-under.ts";
import { restrictPassive } from "./rules/restrict-passive.ts";
import { restrictVerb } from "./rules/restrict-verb.ts";
import { resumeFlow } from "./rules/resume-flow.ts";
import { roleApposition } from "./rules/role-apposition.ts";
import { titleHolder } from "./rules/title-holder.ts";
import { tradeComplaint } from "./rules/trade-complaint.ts";
import { whoHeads } from "./rules/who-heads.ts";
import { RULE_IDS, type RelationRule, type RuleId } from "./types.ts";

export const RELATION_RULES: readonly RelationRule[] = [
  partOfState,
  titleHolder,
  roleApposition,
  delegationFronted,
  ledBy,
  leadsRelative,
  whoHeads,
  leadVerb,
  delegationIncludes,
  joinsDelegation,
  participantsWere,
  resumeFlow,
  liftVerb,
  liftPassive,
  liftNoun,
  liftAct,
  tradeComplaint,
  restrictVerb,
  restrictPassive,
  imposeVerb,
  imposeRelative,
  imposePassive,
  coverVerb,
  goodsFaceMeasure,
  placedUnder,
  fallingMeasure,
  measurePhrase,
  enactingSubject,
  listGoesOn,
  permitsWithheld,
] as RelationRule[];

/** Checks the registry against RULE_IDS: every id once, in the declared order. */
export function checkRegistry(rules: readonly RelationRule[] = RELATION_RULES): void {
  const ids = rules.map((r) => r.id);
  if (ids.join(",") !== RULE_IDS.join(",")) {
    throw new Error(`extract/relations: the registry runs ${ids.join(", ")} but RULE_IDS declares ${RULE_IDS.join(", ")}; keep them in the same order`);
  }
}

export function ruleById(id: string): RelationRule | undefined {
  return RELATION_RULES.find((r) => r.id === (id as RuleId));
}
