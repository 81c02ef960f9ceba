import type { Plan } from "@/lib/schemas/plan";
import type { Analysis, Finding, Severity } from "./analysis/types";
import { RULES } from "./rules";
import { createRuleContext } from "./rules/context";

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Critical first, then warning, then info; within a severity by id (code-unit order, locale-free). */
export function compareFindings(a: Pick<Finding, "severity" | "id">, b: Pick<Finding, "severity" | "id">): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Analyses a plan that already passed PlanSchema: sizing, the latency matrix among its regions,
 * write latency, failure scenarios, and the findings of every risk rule (lib/core/rules, each
 * citing its blueprint section or Teleport/CockroachDB doc). Findings are sorted by severity then
 * id. A waiver in `plan.waivers` whose findingId equals a finding's id marks that finding waived:
 * it stays in the list with `waiver` set, counts in `summary.waived` and not in the severity
 * counts; `summary.worst` is the worst severity among findings that are not waived. Pure and
 * deterministic: the same plan gives a deep-equal analysis.
 */
export function analyzePlan(plan: Plan): Analysis {
  const context = createRuleContext(plan);
  const waivers = new Map(plan.waivers.map((w) => [w.findingId, { reason: w.reason, waivedAt: w.waivedAt }]));
  const findings: Finding[] = RULES
    .flatMap((rule) => rule.check(context))
    .sort(compareFindings)
    .map((f) => {
      const waiver = waivers.get(f.id);
      return waiver ? { ...f, waiver } : f;
    });
  const summary: Analysis["summary"] = { critical: 0, warning: 0, info: 0, waived: 0, worst: null };
  for (const f of findings) {
    if (f.waiver) summary.waived += 1;
    else {
      summary[f.severity] += 1;
      if (summary.worst === null || SEVERITY_RANK[f.severity] < SEVERITY_RANK[summary.worst]) summary.worst = f.severity;
    }
  }
  return {
    sizing: context.sizing,
    latency: context.latency,
    writeLatency: context.writeLatency,
    failures: context.failures,
    findings,
    summary,
  };
}
