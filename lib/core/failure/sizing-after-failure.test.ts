import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { sizingCurve } from "@/lib/core/sizing";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import { PlanSchema, type Plan } from "@/lib/schemas/plan";
import { sizingAfterFailure, survivingPlan } from "./sizing-after-failure";

const plan: Plan = structuredClone(BLUEPRINT_TEMPLATE);
const analysis = analyzePlan(plan);
const [east1, east2, west2] = plan.regions.map((r) => r.id) as [string, string, string];

describe("sizing after losing a region", () => {
  test("the surviving regions keep their pods; the totals lose exactly the failed region's", () => {
    const after = sizingAfterFailure(analysis.sizing, east1);
    expect(after.regions.map((r) => r.region)).toEqual([east2, west2]);
    expect(after.regions).toEqual(analysis.sizing.regions.slice(1));
    const lost = analysis.sizing.regions[0]!.totals;
    expect(after.lost).toEqual(lost);
    expect(after.totals).toEqual({
      pods: analysis.sizing.totals.pods - lost.pods,
      vcpu: analysis.sizing.totals.vcpu - lost.vcpu,
      memoryGiB: analysis.sizing.totals.memoryGiB - lost.memoryGiB,
      storageGiB: analysis.sizing.totals.storageGiB - lost.storageGiB,
    });
  });

  test("a region not in the sizing loses nothing", () => {
    const after = sizingAfterFailure(analysis.sizing, "aws:eu-west-1");
    expect(after.lost).toEqual({ vcpu: 0, memoryGiB: 0, storageGiB: 0, pods: 0 });
    expect(after.totals).toEqual(analysis.sizing.totals);
  });

  test("a failed primary hands the primary role to the scenario's leaseholder; the plan left is valid", () => {
    const scenario = analysis.failures.find((f) => f.region === east1)!;
    const left = survivingPlan(plan, scenario, east1);
    expect(left.regions.map((r) => r.id)).toEqual([east2, west2]);
    expect(left.cockroachdb.primaryRegion).toBe(scenario.after.leaseholderRegion);
    expect(left.cockroachdb.secondaryRegion).toBeNull();
    expect(PlanSchema.safeParse(left).success).toBe(true);
  });

  test("losing a non-primary region keeps the primary; a failed secondary is cleared", () => {
    const withSecondary: Plan = { ...plan, cockroachdb: { ...plan.cockroachdb, secondaryRegion: west2 } };
    expect(survivingPlan(withSecondary, null, west2).cockroachdb).toMatchObject({ primaryRegion: plan.cockroachdb.primaryRegion, secondaryRegion: null });
    expect(survivingPlan(withSecondary, null, east2).cockroachdb).toMatchObject({ primaryRegion: plan.cockroachdb.primaryRegion, secondaryRegion: west2 });
  });

  test("the surviving zones carry the whole workload: their recommended vCPU per node is at least the full plan's", () => {
    const scenario = analysis.failures.find((f) => f.region === east1)!;
    const nodes = [10_000, 50_000, 200_000];
    const full = sizingCurve(plan, nodes);
    const left = sizingCurve(survivingPlan(plan, scenario, east1), nodes);
    for (const [i, point] of left.entries()) expect(point.vcpuPerNode * point.nodesPerZone).toBeGreaterThanOrEqual(full[i]!.vcpuPerNode * full[i]!.nodesPerZone);
    // 3 regions × 3 zones → 2 × 3: at 10,000 SSH nodes the blueprint's 2 vCPU per node becomes 4.
    expect(full[0]!.vcpuPerNode).toBe(2);
    expect(left[0]!.vcpuPerNode).toBe(4);
  });
});
