// Where rules put what they find. The sink stamps the running rule's id on every claim and refuses
// an edge type the rule did not declare. A triple is claimed once per sentence: the first rule in
// registry order gives the evidence span and modality (the registry's order is the precedence), and
// every later rule that finds the same triple is recorded in `alsoBy`, so the choice is visible.
// Entities a claim needs that no mention names (a measure, a body a title implies) are derived here.

import type { EdgeType, Modality } from "../../model/types.ts";
import { PipelineError } from "../errors.ts";
import type { ClaimDraft, DerivedEntity, RelationRule, RuleId } from "./types.ts";

export class ClaimSink {
  private readonly drafts: ClaimDraft[] = [];
  private readonly entities = new Map<string, DerivedEntity>();
  private rule: Pick<RelationRule, "id" | "emits"> | undefined;

  constructor(private readonly tokenCount: number) {}

  /** The rule whose claims follow. */
  begin(rule: Pick<RelationRule, "id" | "emits">): void {
    this.rule = rule;
  }

  get claims(): readonly ClaimDraft[] {
    return this.drafts;
  }

  get derived(): DerivedEntity[] {
    return [...this.entities.values()];
  }

  get ruleId(): RuleId | undefined {
    return this.rule?.id;
  }

  add(subject: string, predicate: EdgeType, object: string, from: number, to: number, modality?: Modality): void {
    const rule = this.rule;
    if (!rule) throw new PipelineError("relations", "a claim was added outside any rule");
    if (!rule.emits.includes(predicate)) {
      throw new PipelineError(`relations/${rule.id}`, `rule "${rule.id}" added a "${predicate}" edge but declares only ${rule.emits.join(", ")}; add it to the rule's emits`);
    }
    if (subject === object) return;
    const earlier = this.drafts.find((c) => c.subject === subject && c.predicate === predicate && c.object === object);
    if (earlier) {
      if (earlier.rule !== rule.id && !earlier.alsoBy?.includes(rule.id)) earlier.alsoBy = [...(earlier.alsoBy ?? []), rule.id];
      return;
    }
    this.drafts.push({ subject, predicate, object, from: Math.max(0, from), to: Math.min(this.tokenCount, to), modality, rule: rule.id });
  }

  /**
   * Gives a measure claimed with no imposer (`measure:unattributed-...`) to the state a later rule
   * found for it: its claims and its entity take the new key and label.
   */
  attribute(oldKey: string, newKey: string, label: string, country: string): void {
    for (const c of this.drafts) {
      if (c.subject === oldKey) c.subject = newKey;
      if (c.object === oldKey) c.object = newKey;
    }
    for (const [k, e] of [...this.entities]) {
      if (e.key !== oldKey) continue;
      this.entities.delete(k);
      this.entities.set(k === oldKey ? newKey : `${newKey}\u0000${e.alias ?? ""}`, { ...e, key: newKey, label, country });
    }
  }

  derive(e: DerivedEntity): string {
    // one record per entity, and one more per further name it is given (each name once)
    const named = e.alias !== undefined && [...this.entities.values()].some((x) => x.key === e.key && x.alias === e.alias);
    if (!this.entities.has(e.key)) this.entities.set(e.key, e);
    else if (e.alias !== undefined && !named) this.entities.set(`${e.key}\u0000${e.alias}`, e);
    return e.key;
  }
}
