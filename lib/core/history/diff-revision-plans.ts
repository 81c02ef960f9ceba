import type { Analysis, RegionId, Totals } from "@/lib/core/analysis/types";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import type { Plan } from "@/lib/schemas/plan";
import { diffBundles, type FileDiff } from "./diff-bundles";
import { summarizeChange, type ChangeSummary } from "./summarize-change";

/** Per-region totals side by side. */
export type RegionSizingDelta = { region: RegionId; before: Totals | null; after: Totals | null };

/** What the history page's diff shows between two plans (the revisions' own numbers and dates aside). */
export type PlanDiff = Omit<ChangeSummary, "sizing"> & {
  sizing: ChangeSummary["sizing"] & { regions: RegionSizingDelta[] };
  files: FileDiff[];
};

/**
 * The semantic diff of two plans as the history page shows it: the plan fields (diffPlans), the
 * sizing before and after in total and per region, findings that appeared or were resolved, and
 * every deployment-bundle file compared line by line. Shared by the diff route (two stored
 * revisions) and `planner diff` (two plan files), so both always tell the same story.
 */
export function diffRevisionPlans(before: Plan, after: Plan): PlanDiff {
  const beforeAnalysis = analyzePlan(before);
  const afterAnalysis = analyzePlan(after);
  const summary = summarizeChange({ plan: before, analysis: beforeAnalysis }, { plan: after, analysis: afterAnalysis });
  return {
    line: summary.line,
    regionsAdded: summary.regionsAdded,
    regionsRemoved: summary.regionsRemoved,
    rolesMoved: summary.rolesMoved,
    changes: summary.changes,
    sizing: { ...summary.sizing, regions: regionSizing(beforeAnalysis, afterAnalysis) },
    findingsOpened: summary.findingsOpened,
    findingsResolved: summary.findingsResolved,
    files: diffBundles(buildBundle(before, beforeAnalysis), buildBundle(after, afterAnalysis)),
  };
}

/** Per-region totals side by side: the newer plan's regions in plan order, then the ones it dropped. */
function regionSizing(before: Analysis, after: Analysis): RegionSizingDelta[] {
  const old = new Map(before.sizing.regions.map((r) => [r.region, r.totals]));
  const next = new Map(after.sizing.regions.map((r) => [r.region, r.totals]));
  const order = [...after.sizing.regions.map((r) => r.region), ...before.sizing.regions.map((r) => r.region).filter((id) => !next.has(id))];
  return order.map((region) => ({ region, before: old.get(region) ?? null, after: next.get(region) ?? null }));
}
