import type { Plan, PlanRegion, Workload } from "@/lib/schemas/plan";
import { BLUEPRINT_TEMPLATE } from "../templates/blueprint";

/** Plans derived from the blueprint template, for the sizing and failure tests only. */

export const withWorkload = (workload: Partial<Workload>, plan: Plan = BLUEPRINT_TEMPLATE): Plan => ({
  ...plan,
  teleport: { ...plan.teleport, workload: { ...plan.teleport.workload, ...workload } },
});

/** Only SSH nodes: every other workload field zero. */
export const sshOnly = (sshNodes: number, plan: Plan = BLUEPRINT_TEMPLATE): Plan =>
  withWorkload({ sshNodes, kubernetesClusters: 0, databases: 0, applications: 0, desktops: 0, concurrentSessions: 0, loginsPerSecond: 0 }, plan);

export const withCockroach = (cockroachdb: Partial<Plan["cockroachdb"]>, plan: Plan = BLUEPRINT_TEMPLATE): Plan => ({
  ...plan,
  cockroachdb: { ...plan.cockroachdb, ...cockroachdb },
});

/** Changes region `index` of the plan. */
export const withRegion = (index: number, change: Partial<PlanRegion>, plan: Plan = BLUEPRINT_TEMPLATE): Plan => ({
  ...plan,
  regions: plan.regions.map((r, i) => (i === index ? { ...r, ...change } : r)),
});

/** A copy of the template's first region under another id and zones. */
export const extraRegion = (id: string, zones: string[], change: Partial<PlanRegion> = {}): PlanRegion => {
  const base = BLUEPRINT_TEMPLATE.regions[0];
  if (!base) throw new Error("The template has no regions");
  return { ...base, id, zones, ...change };
};

export const withRegions = (regions: PlanRegion[], plan: Plan = BLUEPRINT_TEMPLATE): Plan => ({ ...plan, regions });
