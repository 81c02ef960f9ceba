import type { Plan, PlanRegion, Resources } from "@/lib/schemas/plan";
import type { PodGroup, RegionId, RegionSizing, Sizing, StorageClassAdvice, Totals } from "../analysis/types";
import { backendLoad } from "./backend-load";
import { sizeCockroach } from "./cockroach-sizing";
import { overrideBlock, requestedSize, resourceBlock } from "./resource-block";
import { DEFAULT_STORAGE_CLASS_NAME, providerOf, storageClassFor } from "./storage-classes";
import type { CloudProvider } from "./storage-classes";
import { sizeTeleport } from "./teleport-sizing";

type Size = { vcpu: number; memoryGiB: number };

/**
 * A pod group: the planner's block for `size`, or the region's override used as-is (its
 * requests then give the vCPU and memory numbers).
 */
function podGroup(component: PodGroup["component"], pods: number, size: Size, storageGiBPerPod: number, region: PlanRegion, override: Resources | undefined): PodGroup {
  if (override) {
    const resources = overrideBlock(override);
    const requested = requestedSize(resources);
    return { component, pods, vcpuPerPod: requested.vcpu, memoryGiBPerPod: requested.memoryGiB, storageGiBPerPod, resources, isOverride: true };
  }
  const resources = resourceBlock(size.vcpu, size.memoryGiB, region.kubernetes.staticCpuManager);
  return { component, pods, vcpuPerPod: size.vcpu, memoryGiBPerPod: size.memoryGiB, storageGiBPerPod, resources, isOverride: false };
}

export function totalsOf(groups: readonly PodGroup[]): Totals {
  return groups.reduce<Totals>(
    (t, g) => ({
      vcpu: t.vcpu + g.pods * g.vcpuPerPod,
      memoryGiB: t.memoryGiB + g.pods * g.memoryGiBPerPod,
      storageGiB: t.storageGiB + g.pods * g.storageGiBPerPod,
      pods: t.pods + g.pods,
    }),
    { vcpu: 0, memoryGiB: 0, storageGiB: 0, pods: 0 },
  );
}

/**
 * Sizes a plan: CockroachDB (blueprint reference point, CockroachDB production settings) and
 * Teleport (Teleport scaling table, the blueprint's region-failure capacity rule), then the pods
 * each region runs. Deployed counts are the plan's: CockroachDB `nodesPerZone` × the region's
 * zones, and the region's `authReplicas`/`proxyReplicas`; Teleport pods run no volumes (the
 * blueprint sets `persistence.enabled: false`). Sources are listed in the returned sizing.
 */
export function sizePlan(plan: Plan): Sizing {
  const load = backendLoad(plan.teleport.workload);
  const { sizing: cockroach, plannedPod } = sizeCockroach(plan, load);
  const teleport = sizeTeleport(plan, load);

  const regions: RegionSizing[] = plan.regions.map((region) => {
    const groups: PodGroup[] = [];
    if (region.runsCockroach)
      groups.push(podGroup("cockroachdb", cockroach.nodesPerZonePlanned * region.zones.length, plannedPod, cockroach.storagePerNodeGiB, region, region.resources?.cockroach));
    if (region.runsTeleport) {
      groups.push(podGroup("teleport-auth", region.authReplicas, teleport.auth, 0, region, region.resources?.teleportAuth));
      groups.push(podGroup("teleport-proxy", region.proxyReplicas, teleport.proxy, 0, region, region.resources?.teleportProxy));
    }
    return { region: region.id as RegionId, groups, totals: totalsOf(groups) };
  });

  return {
    cockroach,
    teleport,
    regions,
    totals: totalsOf(regions.flatMap((r) => r.groups)),
    storageClasses: storageClassesFor(plan, plannedPod.vcpu),
  };
}

/** One SSD StorageClass per cloud that runs CockroachDB, named as the plan's first region of that cloud names it. */
function storageClassesFor(plan: Plan, vcpuPerNode: number): StorageClassAdvice[] {
  const names = new Map<CloudProvider, string>();
  for (const region of plan.regions) {
    if (!region.runsCockroach) continue;
    const provider = providerOf(region.id);
    if (!names.has(provider)) names.set(provider, region.storageClass.name || DEFAULT_STORAGE_CLASS_NAME);
  }
  return [...names].map(([provider, name]) => storageClassFor(provider, vcpuPerNode, name));
}
