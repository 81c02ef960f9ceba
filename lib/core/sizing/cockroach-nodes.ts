/**
 * The CockroachDB node rule: how many vCPU a zone needs for a workload, and how that need is
 * split into nodes.
 *
 * - Reference point, reproduced exactly: 10,000 SSH nodes on 3 regions × 3 zones × 1 node ⇒
 *   2 vCPU / 8 GiB per node (Multi-region Blueprint, CockroachDB sizing).
 * - Other workloads on that reference topology: 2 vCPU per node for every started 10,000
 *   SSH-node equivalents, never fewer than 2 (our monotone extension of the one published point).
 * - Other topologies: the reference cluster's total (per-node vCPU × 9 nodes) is spread over the
 *   plan's CockroachDB zones, so fewer zones make each node carry more and more zones less.
 *   ASSUMPTION: the work is shared evenly by zones, as CockroachDB balances replicas and leases
 *   across nodes; the primary region's leaseholders make it somewhat busier in practice.
 * - A pod never exceeds {@link MAX_VCPU_PER_POD}; past it the zone gets more nodes,
 *   `ceil(need / 16)`, each with the even vCPU count that covers the need across them.
 * - Memory: 4 GiB per vCPU (CockroachDB docs: Recommended production settings, Memory).
 */

/** The blueprint's reference topology: 3 regions × 3 zones × 1 node. */
export const REFERENCE_ZONES = 9;
/** vCPU per node at the reference point, and the step per 10,000 equivalents. */
export const VCPU_STEP = 2;
/** SSH-node equivalents per vCPU step (the blueprint's 10,000 SSH nodes). */
export const EQUIVALENTS_PER_STEP = 10_000;
/** Smallest pod the model proposes: the blueprint's 2 vCPU. */
export const MIN_VCPU_PER_POD = 2;
/** CockroachDB docs: Recommended production settings, "4 GiB of RAM per vCPU". */
export const MEMORY_GIB_PER_VCPU = 4;
/**
 * Largest CockroachDB pod the model proposes before adding nodes per zone. Our choice, within
 * CockroachDB's 8–64 vCPU per node range: 16 vCPU is the node size of CockroachDB's tested
 * node density (16 vCPU / 32 GiB, c5d.4xlarge), and a 16 vCPU / 64 GiB pod still fits a common
 * 32 vCPU / 128 GiB worker with room for system daemons and a Teleport pod. Beyond it, more
 * nodes per zone also make the loss of one node a smaller share of the zone.
 */
export const MAX_VCPU_PER_POD = 16;

/** vCPU one node needs on the 3×3 reference topology for this many equivalents. */
export function referenceVcpuPerNode(equivalents: number): number {
  return VCPU_STEP * Math.max(1, Math.ceil(equivalents / EQUIVALENTS_PER_STEP));
}

export type ZoneNeed = {
  /** vCPU the whole cluster needs: the reference per-node vCPU × 9 reference nodes. */
  clusterVcpu: number;
  zones: number;
  /** clusterVcpu / zones; may be fractional. */
  vcpuPerZone: number;
};

export function zoneNeed(equivalents: number, zones: number): ZoneNeed {
  const clusterVcpu = referenceVcpuPerNode(equivalents) * REFERENCE_ZONES;
  const safeZones = Math.max(1, zones);
  return { clusterVcpu, zones: safeZones, vcpuPerZone: clusterVcpu / safeZones };
}

/** Nodes per zone so that no pod exceeds the ceiling. */
export function recommendedNodesPerZone(need: ZoneNeed): number {
  return Math.max(1, Math.ceil(need.clusterVcpu / (need.zones * MAX_VCPU_PER_POD)));
}

/** The even vCPU count (at least 2) that covers the zone's need across `nodesPerZone` nodes; integer arithmetic, no rounding drift. */
export function vcpuPerNodeFor(need: ZoneNeed, nodesPerZone: number): number {
  const nodes = Math.max(1, nodesPerZone);
  return Math.max(MIN_VCPU_PER_POD, VCPU_STEP * Math.ceil(need.clusterVcpu / (need.zones * nodes * VCPU_STEP)));
}
