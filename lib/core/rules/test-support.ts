import { type Plan, PlanSchema } from "@/lib/schemas/plan";
import type { Finding, Rule, RuleContext } from "../analysis/types";
import { getRegion } from "../catalog";
import { BLUEPRINT_TEMPLATE } from "../templates/blueprint";
import { createRuleContext } from "./context";

/**
 * Helpers for the rule tests (imported by *.test.ts only): small edits of the blueprint
 * template, checked against PlanSchema so every case is a plan the product could hold.
 */
export function variant(edit: (plan: Plan) => void = () => {}): Plan {
  const plan = structuredClone(BLUEPRINT_TEMPLATE);
  edit(plan);
  return PlanSchema.parse(plan);
}

/** Runs one rule with the context analyzePlan would build, optionally overriding parts of it. */
export function runRule(rule: Rule, plan: Plan, overrides: Partial<RuleContext> = {}): Omit<Finding, "waiver">[] {
  return rule.check({ ...createRuleContext(plan), ...overrides });
}

/** The parts of a finding a table states exactly. */
export function brief(findings: readonly Omit<Finding, "waiver">[]): { id: string; severity: string; fields: string[] }[] {
  return findings.map(({ id, severity, fields }) => ({ id, severity, fields }));
}

/** Moves region `index` of the plan to another catalog region, keeping its CIDRs and roles. */
export function moveRegion(plan: Plan, index: number, id: string): void {
  const region = plan.regions[index];
  const target = getRegion(id);
  if (!region || !target) throw new Error(`No region ${index} or unknown id ${id}`);
  const code = target.code;
  const wasPrimary = plan.cockroachdb.primaryRegion === region.id;
  const wasSecondary = plan.cockroachdb.secondaryRegion === region.id;
  region.id = id;
  region.zones = target.zones.slice(0, 3);
  region.kubernetes.clusterName = `teleport-${code}`;
  region.kubernetes.cockroachNamespace = code;
  if (wasPrimary) plan.cockroachdb.primaryRegion = id;
  if (wasSecondary) plan.cockroachdb.secondaryRegion = id;
}
