import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle, zipBundle, type BundleFile } from "@/lib/core/bundle";
import { diffRevisionPlans, type PlanDiff } from "@/lib/core/history";
import type { Plan } from "@/lib/schemas/plan";

/**
 * The CPU-heavy work the server does for a request, as plain data in and out so it can run in a
 * worker thread (lib/server/compute/pool.ts) or, where no worker bundle exists, inline. Only
 * lib/core is imported: the worker bundle carries nothing server-side.
 */
export type ComputeTask = { kind: "bundle"; plan: Plan } | { kind: "diff"; before: Plan; after: Plan };

export type BundleResult = { files: BundleFile[]; zip: Uint8Array<ArrayBuffer> };

export type DiffResult = PlanDiff;

export type ComputeResult<T extends ComputeTask> = T extends { kind: "bundle" } ? BundleResult : DiffResult;

function bundleOf(plan: Plan): BundleResult {
  const files = buildBundle(plan, analyzePlan(plan));
  return { files, zip: zipBundle(files) };
}

export function runTask(task: ComputeTask): BundleResult | DiffResult {
  return task.kind === "bundle" ? bundleOf(task.plan) : diffRevisionPlans(task.before, task.after);
}
