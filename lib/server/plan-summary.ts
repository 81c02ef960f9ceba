import "server-only";
import { analyzePlan } from "@/lib/core/analyze";
import { isRegionId, type RegionId } from "@/lib/core/catalog";
import type { Analysis, Severity } from "@/lib/core/analysis/types";
import type { Plan } from "@/lib/schemas/plan";

/**
 * What the project list shows about a project's latest revision: its regions, the worst open
 * finding and how many findings are open (not waived). Revisions never change, so the result is
 * cached per (project, revision) for the life of the process; a new analysis only happens once
 * per saved revision, not on every listing.
 */
export type PlanSummary = { regions: RegionId[]; worst: Severity | null; openFindings: number };

const SEVERITY_ORDER: readonly Severity[] = ["critical", "warning", "info"];
const CACHE_LIMIT = 1_000;
const cache = new Map<string, PlanSummary>();

export function summarizeAnalysis(plan: Plan, analysis: Analysis): PlanSummary {
  const open = analysis.findings.filter((finding) => finding.waiver === undefined);
  const worst = SEVERITY_ORDER.find((severity) => open.some((finding) => finding.severity === severity)) ?? null;
  return { regions: plan.regions.map((region) => region.id).filter(isRegionId), worst, openFindings: open.length };
}

export function cachedPlanSummary(projectId: string, revision: number): PlanSummary | undefined {
  return cache.get(`${projectId}:${revision}`);
}

export function planSummary(projectId: string, revision: number, plan: Plan): PlanSummary {
  const key = `${projectId}:${revision}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const summary = summarizeAnalysis(plan, analyzePlan(plan));
  // Map keeps insertion order: dropping the first key evicts the oldest entry.
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? "");
  cache.set(key, summary);
  return summary;
}
