import type { Plan } from "@/lib/schemas/plan";
import { backendLoad } from "./backend-load";
import { sizeCockroach, cockroachZoneCount } from "./cockroach-sizing";
import { sizeTeleport } from "./teleport-sizing";

export type SizingPoint = {
  sshNodes: number;
  vcpuPerNode: number;
  memoryGiBPerNode: number;
  nodesPerZone: number;
  cockroachNodes: number;
  cockroachVcpuTotal: number;
  teleportVcpuTotal: number;
  totalVcpu: number;
  totalMemoryGiB: number;
};

/** SSH-node counts for the default chart: 1,000, then every 5,000 up to 100,000. */
export const DEFAULT_CURVE_SSH_NODES: readonly number[] = [1_000, ...Array.from({ length: 20 }, (_, i) => (i + 1) * 5_000)];

/**
 * How the recommended sizing grows with the number of SSH nodes on this plan's topology, every
 * other workload field kept as the plan has it. Each point uses the recommendations, not the
 * plan's replica counts: `nodesPerZoneRecommended` CockroachDB nodes of `vcpuPerNode`, and
 * `authPodsPerRegion`/`proxyPodsPerRegion` Teleport pods in every Teleport region. It shows where
 * per-node growth stops (16 vCPU) and nodes are added. Never decreasing in SSH nodes.
 */
export function sizingCurve(plan: Plan, sshNodes: readonly number[]): SizingPoint[] {
  const zones = cockroachZoneCount(plan);
  return sshNodes.map((count) => {
    const workload = { ...plan.teleport.workload, sshNodes: count };
    const variant: Plan = { ...plan, teleport: { ...plan.teleport, workload } };
    const load = backendLoad(workload);
    const { sizing: cockroach } = sizeCockroach(variant, load);
    const teleport = sizeTeleport(variant, load);
    const cockroachNodes = cockroach.nodesPerZoneRecommended * zones;
    const cockroachVcpuTotal = cockroachNodes * cockroach.vcpuPerNode;
    const teleportRegions = teleport.regions.length;
    const teleportVcpuTotal = teleportRegions * (teleport.authPodsPerRegion * teleport.auth.vcpu + teleport.proxyPodsPerRegion * teleport.proxy.vcpu);
    const teleportMemory = teleportRegions * (teleport.authPodsPerRegion * teleport.auth.memoryGiB + teleport.proxyPodsPerRegion * teleport.proxy.memoryGiB);
    return {
      sshNodes: count,
      vcpuPerNode: cockroach.vcpuPerNode,
      memoryGiBPerNode: cockroach.memoryGiBPerNode,
      nodesPerZone: cockroach.nodesPerZoneRecommended,
      cockroachNodes,
      cockroachVcpuTotal,
      teleportVcpuTotal,
      totalVcpu: cockroachVcpuTotal + teleportVcpuTotal,
      totalMemoryGiB: cockroachNodes * cockroach.memoryGiBPerNode + teleportMemory,
    };
  });
}
