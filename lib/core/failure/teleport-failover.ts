import type { Plan } from "@/lib/schemas/plan";
import type { FailureScenario, RegionId, Rtt, Sizing } from "../analysis/types";
import { authPodCapacity, backendLoad, proxyPodCapacity, teleportDemand } from "../sizing";
import type { PodCapacity, TeleportDemand } from "../sizing";
import { formatNumber } from "@/lib/core/text/format-number";

type TeleportOutcome = FailureScenario["teleport"];

/** Summed capacity of the auth and proxy pods the plan deploys in `regions`. */
export function plannedCapacity(sizing: Sizing, regions: readonly string[]): { auth: PodCapacity; proxy: PodCapacity; authPods: number; proxyPods: number } {
  const zero = (): PodCapacity => ({ equivalents: 0, sessionStartsPerSecond: 0, concurrentLogins: 0 });
  const total = { auth: zero(), proxy: zero(), authPods: 0, proxyPods: 0 };
  for (const region of sizing.regions) {
    if (!regions.includes(region.region)) continue;
    for (const group of region.groups) {
      if (group.component === "cockroachdb") continue;
      const isAuth = group.component === "teleport-auth";
      const per = isAuth ? authPodCapacity(group.vcpuPerPod, group.memoryGiBPerPod) : proxyPodCapacity(group.vcpuPerPod, group.memoryGiBPerPod);
      const sum = isAuth ? total.auth : total.proxy;
      sum.equivalents += group.pods * per.equivalents;
      sum.sessionStartsPerSecond += group.pods * per.sessionStartsPerSecond;
      sum.concurrentLogins += group.pods * per.concurrentLogins;
      if (isAuth) total.authPods += group.pods;
      else total.proxyPods += group.pods;
    }
  }
  return total;
}

/** The limits the survivors miss, in words; empty when they cover the demand. */
function shortfalls(capacity: ReturnType<typeof plannedCapacity>, demand: TeleportDemand): string[] {
  const gaps: string[] = [];
  if (capacity.proxy.equivalents < demand.equivalents)
    gaps.push(`proxies carry about ${fmt(capacity.proxy.equivalents)} of the ${fmt(demand.equivalents)} SSH-node equivalents`);
  if (capacity.auth.equivalents < demand.equivalents)
    gaps.push(`auth pods carry about ${fmt(capacity.auth.equivalents)} of the ${fmt(demand.equivalents)} SSH-node equivalents`);
  if (capacity.auth.sessionStartsPerSecond < demand.sessionStartsPerSecond)
    gaps.push(`auth pods start about ${fmt(capacity.auth.sessionStartsPerSecond)} of the ${fmt(demand.sessionStartsPerSecond)} sessions per second`);
  if (capacity.auth.concurrentLogins < demand.concurrentLogins)
    gaps.push(`auth pods handle about ${fmt(capacity.auth.concurrentLogins)} of the ${fmt(demand.concurrentLogins)} concurrent logins`);
  return gaps;
}

/**
 * Where a failed region's Teleport users go and whether the surviving regions' planned pods
 * (the plan's replicas × per-pod capacity from Teleport's scaling table, see
 * lib/core/sizing/teleport-capacity.ts) carry the whole load. GeoDNS health checks on
 * `/v1/webapi/ping` remove the failed region from DNS (Multi-region Blueprint, GeoDNS); the
 * blueprint requires every region to be provisioned for "all traffic in the event of a complete
 * region failure". Survivors are listed nearest first by round-trip time from the failed region.
 */
export function teleportOutcome(plan: Plan, sizing: Sizing, failed: string, rtt: (a: RegionId, b: RegionId) => Rtt, isQuorumKept: boolean): TeleportOutcome {
  const teleportRegions = plan.regions.filter((r) => r.runsTeleport).map((r) => r.id as RegionId);
  const demand = teleportDemand(backendLoad(plan.teleport.workload).equivalents, plan.teleport.workload);
  const isTeleportRegion = teleportRegions.includes(failed as RegionId);
  const survivors = teleportRegions.filter((id) => id !== failed);
  const distances = new Map(survivors.map((id) => [id, rtt(failed as RegionId, id).rttMs]));
  const usersGoTo = isTeleportRegion ? [...survivors].sort((a, b) => (distances.get(a) ?? 0) - (distances.get(b) ?? 0)) : [];
  const capacity = plannedCapacity(sizing, survivors);
  const gaps = survivors.length > 0 ? shortfalls(capacity, demand) : ["no Teleport region is left"];
  const hasCapacity = gaps.length === 0;
  const backendNote = isQuorumKept ? "" : " Whatever the pods can carry, Teleport cannot serve requests until CockroachDB regains quorum.";

  if (!isTeleportRegion)
    return {
      usersGoTo,
      hasCapacity,
      explanation:
        `${failed} runs no Teleport pods, so no users move. ` +
        (hasCapacity ? "The Teleport regions keep their planned capacity." : `The Teleport regions are short even before the failure: ${gaps.join("; ")}.`) +
        backendNote,
    };
  if (survivors.length === 0)
    return {
      usersGoTo,
      hasCapacity: false,
      explanation: `${failed} is the plan's only Teleport region: when it fails no Teleport region is left to take its users.${backendNote}`,
    };

  const route = usersGoTo.map((id) => `${id} (${fmt(distances.get(id) ?? 0)} ms away)`).join(", then ");
  const pods = `${capacity.proxyPods} proxy and ${capacity.authPods} auth pods`;
  const verdict = hasCapacity
    ? `The survivors' ${pods} carry the whole load of ${fmt(demand.equivalents)} SSH-node equivalents.`
    : `The survivors' ${pods} fall short of the whole load: ${gaps.join("; ")}. The blueprint requires each region to handle all traffic after a complete region failure.`;
  return {
    usersGoTo,
    hasCapacity,
    explanation: `GeoDNS health checks on /v1/webapi/ping take ${failed} out of DNS and its users reach ${route}. ${verdict}${backendNote}`,
  };
}

const fmt = (n: number): string => formatNumber(n, 1);
