import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Plan } from "@/lib/schemas/plan";
import { BLUEPRINT_TEMPLATE } from "../templates/blueprint";
import { sizePlan } from "./size-plan";
import { withCockroach, withRegion, withRegions, withWorkload } from "./test-fixtures";

const [east1] = BLUEPRINT_TEMPLATE.regions;
if (!east1) throw new Error("template changed");

describe("totals", () => {
  test("the template: per region 3 CockroachDB, 2 auth and 2 proxy pods", () => {
    const sizing = sizePlan(BLUEPRINT_TEMPLATE);
    for (const region of sizing.regions) expect(region.totals).toEqual({ vcpu: 30, memoryGiB: 72, storageGiB: 300, pods: 7 });
    expect(sizing.totals).toEqual({ vcpu: 90, memoryGiB: 216, storageGiB: 900, pods: 21 });
    expect(sizing.regions.map((r) => r.region)).toEqual(["aws:us-east-1", "aws:us-east-2", "aws:us-west-2"]);
  });

  test("a region without CockroachDB or without Teleport has only the other groups", () => {
    const plan = withRegion(2, { runsCockroach: false }, withRegion(1, { runsTeleport: false }));
    const sizing = sizePlan(plan);
    expect(sizing.regions.map((r) => r.groups.map((g) => g.component))).toEqual([
      ["cockroachdb", "teleport-auth", "teleport-proxy"],
      ["cockroachdb"],
      ["teleport-auth", "teleport-proxy"],
    ]);
  });
});

describe("resource blocks", () => {
  test("static CPU manager: integer CPU limit equal to the request, in that region only", () => {
    const sizing = sizePlan(withRegion(0, { kubernetes: { ...east1.kubernetes, staticCpuManager: true } }));
    expect(sizing.regions[0]?.groups.map((g) => g.resources)).toEqual([
      { requests: { cpu: "2", memory: "8Gi" }, limits: { memory: "8Gi", cpu: "2" } },
      { requests: { cpu: "8", memory: "16Gi" }, limits: { memory: "16Gi", cpu: "8" } },
      { requests: { cpu: "4", memory: "8Gi" }, limits: { memory: "8Gi", cpu: "4" } },
    ]);
    for (const group of sizing.regions[1]?.groups ?? []) expect(group.resources.limits.cpu).toBeUndefined();
  });

  test("an override is used as-is and its requests give the numbers", () => {
    const cockroach = { requests: { cpu: "3", memory: "6Gi" }, limits: { cpu: "3", memory: "6Gi" } };
    const teleportAuth = { requests: { cpu: "4000m", memory: "12Gi" } };
    const sizing = sizePlan(withRegion(1, { resources: { cockroach, teleportAuth } }));
    const groups = sizing.regions[1]?.groups ?? [];
    expect(groups[0]).toEqual({ component: "cockroachdb", pods: 3, vcpuPerPod: 3, memoryGiBPerPod: 6, storageGiBPerPod: 100, resources: cockroach, isOverride: true });
    // No memory limit in the override: the block carries none either, and the memory rule reports it.
    expect(groups[1]).toEqual({
      component: "teleport-auth",
      pods: 2,
      vcpuPerPod: 4,
      memoryGiBPerPod: 12,
      storageGiBPerPod: 0,
      resources: { requests: { cpu: "4000m", memory: "12Gi" }, limits: {} },
      isOverride: true,
    });
    expect(groups[2]?.isOverride).toBe(false);
    expect(sizing.regions[1]?.totals).toEqual({ vcpu: 3 * 3 + 2 * 4 + 2 * 4, memoryGiB: 3 * 6 + 2 * 12 + 2 * 8, storageGiB: 300, pods: 7 });
    // The recommendation itself is unchanged by an override.
    expect(sizing.cockroach.vcpuPerNode).toBe(2);
  });
});

/** Plans from the template with a random workload, topology, replica counts and CPU manager policy. */
const arbitraryPlan = (): fc.Arbitrary<Plan> =>
  fc
    .record({
      workload: fc.record({
        sshNodes: fc.integer({ min: 0, max: 300_000 }),
        kubernetesClusters: fc.integer({ min: 0, max: 5_000 }),
        databases: fc.integer({ min: 0, max: 5_000 }),
        applications: fc.integer({ min: 0, max: 5_000 }),
        desktops: fc.integer({ min: 0, max: 5_000 }),
        concurrentSessions: fc.integer({ min: 0, max: 50_000 }),
        loginsPerSecond: fc.integer({ min: 0, max: 1_000 }),
      }),
      nodesPerZone: fc.integer({ min: 1, max: 4 }),
      zones: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 3 }),
      runsTeleport: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      replicas: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 3, maxLength: 3 }),
      staticCpu: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      survivalGoal: fc.constantFrom<"zone" | "region">("zone", "region"),
    })
    .map(({ workload, nodesPerZone, zones, runsTeleport, replicas, staticCpu, survivalGoal }) =>
      withWorkload(
        workload,
        withCockroach(
          { nodesPerZone, survivalGoal },
          withRegions(
            BLUEPRINT_TEMPLATE.regions.map((r, i) => ({
              ...r,
              zones: r.zones.slice(0, zones[i]),
              runsTeleport: i === 0 || (runsTeleport[i] ?? true),
              authReplicas: replicas[i] ?? 2,
              proxyReplicas: replicas[i] ?? 2,
              kubernetes: { ...r.kubernetes, staticCpuManager: staticCpu[i] ?? false },
            })),
          ),
        ),
      ),
    );

describe("properties", () => {
  test("more SSH nodes never give less total vCPU, memory, storage or pods", () => {
    fc.assert(
      fc.property(arbitraryPlan(), fc.integer({ min: 1, max: 200_000 }), (plan, extra) => {
        const more = withWorkload({ sshNodes: plan.teleport.workload.sshNodes + extra }, plan);
        const a = sizePlan(plan);
        const b = sizePlan(more);
        expect(b.totals.vcpu).toBeGreaterThanOrEqual(a.totals.vcpu);
        expect(b.totals.memoryGiB).toBeGreaterThanOrEqual(a.totals.memoryGiB);
        expect(b.totals.pods).toBeGreaterThanOrEqual(a.totals.pods);
        expect(b.cockroach.nodesPerZoneRecommended).toBeGreaterThanOrEqual(a.cockroach.nodesPerZoneRecommended);
        expect(b.cockroach.nodesPerZoneRecommended * b.cockroach.vcpuPerNode).toBeGreaterThanOrEqual(a.cockroach.nodesPerZoneRecommended * a.cockroach.vcpuPerNode);
        expect(b.teleport.authPodsPerRegion).toBeGreaterThanOrEqual(a.teleport.authPodsPerRegion);
        expect(b.teleport.proxyPodsPerRegion).toBeGreaterThanOrEqual(a.teleport.proxyPodsPerRegion);
      }),
      { numRuns: 300 },
    );
  });

  test("every generated block: memory limit equals the request; a CPU limit only with the static CPU manager, equal to the request", () => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        const sizing = sizePlan(plan);
        sizing.regions.forEach((region, i) => {
          const hasStaticCpu = plan.regions[i]?.kubernetes.staticCpuManager ?? false;
          for (const group of region.groups) {
            expect(group.isOverride).toBe(false);
            expect(group.resources.limits.memory).toBe(group.resources.requests.memory);
            if (hasStaticCpu) expect(group.resources.limits.cpu).toBe(group.resources.requests.cpu);
            else expect(group.resources.limits).not.toHaveProperty("cpu");
            expect(Number.isInteger(group.vcpuPerPod)).toBe(true);
            expect(group.vcpuPerPod).toBeGreaterThanOrEqual(2);
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
