import "server-only";
import { diffRevisionPlans } from "@/lib/core/history";
import type { RevisionDiff } from "@/lib/server/api/history-schemas";
import { getRevisionOrThrow } from "@/lib/server/data/get-revision-or-throw";
import { HistoryCache } from "@/lib/server/data/history-cache";

/** A diff of the blueprint is about 20 KB; people flip between a few pairs, so keep a few dozen. */
const diffs = new HistoryCache<RevisionDiff>(64);

/**
 * What changed from revision `from` to revision `to` (either order; equal numbers give an
 * empty diff): diffRevisionPlans of their plans (lib/core/history, shared with `planner diff`).
 * 404 when either revision does not exist.
 */
export async function getHistoryDiff(projectId: string, from: number, to: number): Promise<RevisionDiff> {
  // Looked up every time, cache or not: a deleted project must answer 404, not its cached diff.
  const [before, after] = await Promise.all([getRevisionOrThrow(projectId, from), getRevisionOrThrow(projectId, to)]);
  const key = `${projectId}:${from}:${to}`;
  const cached = diffs.get(key);
  if (cached) return cached;
  const { plan: beforePlan, ...fromSummary } = before;
  const { plan: afterPlan, ...toSummary } = after;
  const diff: RevisionDiff = { from: fromSummary, to: toSummary, ...diffRevisionPlans(beforePlan, afterPlan) };
  diffs.set(key, diff);
  return diff;
}
