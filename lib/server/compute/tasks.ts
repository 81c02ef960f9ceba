import type { Analysis, RegionId, Totals } from "@/lib/core/analysis/types";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle, zipBundle, type BundleFile } from "@/lib/core/bundle";
import { diffBundles, summarizeChange, type ChangeSummary, type FileDiff } from "@/lib/core/history";
import type { Plan } from "@/lib/schemas/plan";

/**
 * The CPU-heavy work the server does for a request, as plain data in and out so it can run in a
 * worker thread (lib/server/compute/pool.ts) or, where no worker bundle exists, inline. Only
 * lib/core is imported: the worker bundle carries nothing server-side.
 */
export type ComputeTask = { kind: "bundle"; plan: Plan } | { kind: "diff"; before: Plan; after: Plan };

export type BundleResult = { files: BundleFile[]; zip: Uint8Array<ArrayBuffer> };

export type DiffResult = Pick<ChangeSummary, "line" | "regionsAdded" | "regionsRemoved" | "rolesMoved" | "changes" | "findingsOpened" | "findingsResolved"> & {
  sizing: ChangeSummary["sizing"] & { regions: { region: RegionId; before: Totals | null; after: Totals | null }[] };
  files: FileDiff[];
};

export type ComputeResult<T extends ComputeTask> = T extends { kind: "bundle" } ? BundleResult : DiffResult;

function bundleOf(plan: Plan): BundleResult {
  const files = buildBundle(plan, analyzePlan(plan));
  return { files, zip: zipBundle(files) };
}

/** Plan fields, sizing in total and per region, findings, and every bundle file line by line. */
function diffOf(before: Plan, after: Plan): DiffResult {
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

/** Per-region totals side by side: the newer revision's regions in plan order, then the ones it dropped. */
function regionSizing(before: Analysis, after: Analysis): DiffResult["sizing"]["regions"] {
  const old = new Map(before.sizing.regions.map((r) => [r.region, r.totals]));
  const next = new Map(after.sizing.regions.map((r) => [r.region, r.totals]));
  const order = [...after.sizing.regions.map((r) => r.region), ...before.sizing.regions.map((r) => r.region).filter((id) => !next.has(id))];
  return order.map((region) => ({ region, before: old.get(region) ?? null, after: next.get(region) ?? null }));
}

export function runTask(task: ComputeTask): BundleResult | DiffResult {
  return task.kind === "bundle" ? bundleOf(task.plan) : diffOf(task.before, task.after);
}
