import "server-only";
import type { Analysis, RegionId, Totals } from "@/lib/core/analysis/types";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import { diffBundles, summarizeChange } from "@/lib/core/history";
import type { RevisionDiff } from "@/lib/server/api/history-schemas";
import { getRevisionOrThrow } from "@/lib/server/data/get-revision-or-throw";
import { HistoryCache } from "@/lib/server/data/history-cache";

/** A diff of the blueprint is about 20 KB; people flip between a few pairs, so keep a few dozen. */
const diffs = new HistoryCache<RevisionDiff>(64);

/**
 * What changed from revision `from` to revision `to` (either order; equal numbers give an
 * empty diff): the plan fields (diffPlans), the sizing before and after in total and per region,
 * findings that appeared or were resolved, and every deployment-bundle file compared line by
 * line (diffBundles over buildBundle of both). 404 when either revision does not exist.
 */
export async function getHistoryDiff(projectId: string, from: number, to: number): Promise<RevisionDiff> {
  // Looked up every time, cache or not: a deleted project must answer 404, not its cached diff.
  const [before, after] = await Promise.all([getRevisionOrThrow(projectId, from), getRevisionOrThrow(projectId, to)]);
  const key = `${projectId}:${from}:${to}`;
  const cached = diffs.get(key);
  if (cached) return cached;
  const beforeAnalysis = analyzePlan(before.plan);
  const afterAnalysis = analyzePlan(after.plan);
  const summary = summarizeChange({ plan: before.plan, analysis: beforeAnalysis }, { plan: after.plan, analysis: afterAnalysis });
  const { plan: _beforePlan, ...fromSummary } = before;
  const { plan: _afterPlan, ...toSummary } = after;
  const diff: RevisionDiff = {
    from: fromSummary,
    to: toSummary,
    line: summary.line,
    regionsAdded: summary.regionsAdded,
    regionsRemoved: summary.regionsRemoved,
    rolesMoved: summary.rolesMoved,
    changes: summary.changes,
    sizing: { ...summary.sizing, regions: regionSizing(beforeAnalysis, afterAnalysis) },
    findingsOpened: summary.findingsOpened,
    findingsResolved: summary.findingsResolved,
    files: diffBundles(buildBundle(before.plan, beforeAnalysis), buildBundle(after.plan, afterAnalysis)),
  };
  diffs.set(key, diff);
  return diff;
}

/** Per-region totals side by side: the newer revision's regions in plan order, then the ones it dropped. */
function regionSizing(before: Analysis, after: Analysis): { region: RegionId; before: Totals | null; after: Totals | null }[] {
  const old = new Map(before.sizing.regions.map((r) => [r.region, r.totals]));
  const next = new Map(after.sizing.regions.map((r) => [r.region, r.totals]));
  const order = [...after.sizing.regions.map((r) => r.region), ...before.sizing.regions.map((r) => r.region).filter((id) => !next.has(id))];
  return order.map((region) => ({ region, before: old.get(region) ?? null, after: next.get(region) ?? null }));
}
