import type { Plan } from "@/lib/schemas/plan";
import type { RegionId, TeleportSizing } from "../analysis/types";
import type { BackendLoad } from "./backend-load";
import { PLANNER_ASSUMPTION, SIZING_SOURCES } from "./sources";
import {
  AUTH_CAPACITY,
  AUTH_POD,
  CONCURRENT_LOGINS_PER_AUTH_POD,
  MIN_PODS_PER_REGION,
  PROXY_LARGE,
  PROXY_LARGE_CAPACITY,
  PROXY_SMALL,
  PROXY_SMALL_CAPACITY,
  SESSION_STARTS_PER_AUTH_POD,
  SMALL_PROXY_MAX_EQUIVALENTS,
  teleportDemand,
} from "./teleport-capacity";
import { formatNumber } from "@/lib/core/text/format-number";

/**
 * Share of the total load one Teleport region must carry while another has failed: 1/(N−1)
 * with N Teleport regions, the whole load with one. Source: Multi-region Blueprint (newest
 * layout), "Regions must be provisioned with enough capacity to handle all traffic in the
 * event of a complete region failure".
 */
export function designLoadShare(teleportRegionCount: number): number {
  return teleportRegionCount <= 1 ? 1 : 1 / (teleportRegionCount - 1);
}

/**
 * Sizes the Teleport pods of each region for its design load (total × designLoadShare), from
 * the scaling table (./teleport-capacity.ts). Up to 10,000 equivalents per region: proxies of
 * 4 vCPU / 8 GiB; above: 4 vCPU / 16 GiB; auth always 8 vCPU / 16 GiB; at least 2 of each per
 * region (HA, as every row of the table). Beyond what 2 pods carry, pods are added:
 * ceil(design load / per-pod capacity), and auth pods also grow with session starts and
 * concurrent logins past the measured limits. These are recommendations; the plan's own
 * replica counts are what gets deployed and a rule compares the two.
 */
export function sizeTeleport(plan: Plan, load: BackendLoad): TeleportSizing {
  const regions = plan.regions.filter((r) => r.runsTeleport).map((r) => r.id as RegionId);
  const share = designLoadShare(regions.length);
  const demand = teleportDemand(load.equivalents, plan.teleport.workload);
  const designEquivalents = load.equivalents * share;
  const isSmall = designEquivalents <= SMALL_PROXY_MAX_EQUIVALENTS;
  const proxy = isSmall ? PROXY_SMALL : PROXY_LARGE;
  const proxyCapacity = isSmall ? PROXY_SMALL_CAPACITY : PROXY_LARGE_CAPACITY;
  const proxyPodsPerRegion = Math.max(MIN_PODS_PER_REGION, Math.ceil(designEquivalents / proxyCapacity));
  const authPodsPerRegion = Math.max(
    MIN_PODS_PER_REGION,
    Math.ceil(designEquivalents / AUTH_CAPACITY),
    Math.ceil((demand.sessionStartsPerSecond * share) / SESSION_STARTS_PER_AUTH_POD),
    Math.ceil((demand.concurrentLogins * share) / CONCURRENT_LOGINS_PER_AUTH_POD),
  );

  const shareText =
    regions.length <= 1
      ? "With one Teleport region it carries the whole load."
      : `With ${regions.length} Teleport regions each must carry 1/${regions.length - 1} of the load when one region fails (blueprint: regions must handle all traffic after a complete region failure).`;
  const explanation = [
    shareText,
    `Design load per region: ${fmt(designEquivalents)} SSH-node equivalents, ${fmt(demand.sessionStartsPerSecond * share)} session starts/s ` +
      `(assumption: a tenth of concurrent sessions start in the same second) and ${fmt(demand.concurrentLogins * share)} concurrent logins (assumption: logins/s ≈ concurrent logins).`,
    `Teleport's scaling table: proxies 2× 4 vCPU / 8 GB up to 10,000 SSH nodes and 2× 4 vCPU / 16 GB up to 50,000; auth 2× 8 vCPU / 16 GB. ` +
      `One pod is taken to carry half a row (proxy ${fmt(PROXY_SMALL_CAPACITY)} or ${fmt(PROXY_LARGE_CAPACITY)}, auth ${fmt(AUTH_CAPACITY)} equivalents) ` +
      `and one auth pod half of a measured tenant's 1,000 session starts/s and 2,000 concurrent logins.`,
    `Recommended per region: ${proxyPodsPerRegion} proxy pods of ${proxy.vcpu} vCPU / ${proxy.memoryGiB} GiB and ${authPodsPerRegion} auth pods of ${AUTH_POD.vcpu} vCPU / ${AUTH_POD.memoryGiB} GiB (at least 2 each for HA).`,
  ].join(" ");

  return {
    regions,
    designLoadShare: share,
    authPodsPerRegion,
    proxyPodsPerRegion,
    auth: { vcpu: AUTH_POD.vcpu, memoryGiB: AUTH_POD.memoryGiB },
    proxy: { vcpu: proxy.vcpu, memoryGiB: proxy.memoryGiB },
    explanation,
    sources: [SIZING_SOURCES.teleportScaling, SIZING_SOURCES.blueprintRegionCapacity, SIZING_SOURCES.blueprintTeleportLoad, PLANNER_ASSUMPTION],
  };
}

const fmt = (n: number): string => formatNumber(Math.ceil(n - 1e-9));
