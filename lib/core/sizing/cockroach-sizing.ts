import type { Plan } from "@/lib/schemas/plan";
import type { CockroachSizing } from "../analysis/types";
import type { BackendLoad } from "./backend-load";
import { describeBackendLoad } from "./backend-load";
import { belowProduction } from "./below-production";
import {
  MAX_VCPU_PER_POD,
  MEMORY_GIB_PER_VCPU,
  REFERENCE_ZONES,
  recommendedNodesPerZone,
  referenceVcpuPerNode,
  vcpuPerNodeFor,
  zoneNeed,
} from "./cockroach-nodes";
import { replicationOf } from "./cockroach-replication";
import { AUDIT_EVENTS_PER_EQUIVALENT_PER_DAY, BACKEND_STATE_KIB_PER_EQUIVALENT, estimateStorage } from "./cockroach-storage";
import { PLANNER_ASSUMPTION, SIZING_SOURCES } from "./sources";
import { diskNeed } from "./storage-classes";
import { formatNumber } from "@/lib/core/text/format-number";

export type CockroachModel = {
  sizing: CockroachSizing;
  /** The pod the manifests get: the zone's need spread over the plan's nodes per zone. */
  plannedPod: { vcpu: number; memoryGiB: number };
};

/** Zones of the plan's CockroachDB regions. */
export function cockroachZoneCount(plan: Plan): number {
  return plan.regions.filter((r) => r.runsCockroach).reduce((sum, r) => sum + r.zones.length, 0);
}

/**
 * Sizes the CockroachDB cluster for a plan (rule and sources in ./cockroach-nodes.ts).
 *
 * `vcpuPerNode` is the recommendation: the size of each of `nodesPerZoneRecommended` nodes.
 * The pods the plan deploys (`plannedPod`) carry the same zone need across the plan's own
 * `nodesPerZone`: equal to the recommendation when the counts match, smaller (never under
 * 2 vCPU) when the plan has more nodes, and larger than the 16 vCPU ceiling when it has fewer,
 * which a risk rule can report by comparing planned and recommended nodes. That way the
 * manifests always carry the workload's vCPU and totals never shrink as the workload grows.
 * Disk I/O and the StorageClass are sized for the planned pod.
 */
export function sizeCockroach(plan: Plan, load: BackendLoad): CockroachModel {
  const zones = cockroachZoneCount(plan);
  const need = zoneNeed(load.equivalents, zones);
  const nodesPerZoneRecommended = recommendedNodesPerZone(need);
  const vcpuPerNode = vcpuPerNodeFor(need, nodesPerZoneRecommended);
  const nodesPerZonePlanned = plan.cockroachdb.nodesPerZone;
  const plannedVcpu = vcpuPerNodeFor(need, nodesPerZonePlanned);
  const plannedPod = { vcpu: plannedVcpu, memoryGiB: plannedVcpu * MEMORY_GIB_PER_VCPU };
  const totalNodes = nodesPerZonePlanned * zones;
  const replication = replicationOf(plan);
  const storage = estimateStorage(load.equivalents, replication, totalNodes);
  const disk = diskNeed(plannedVcpu);

  const explanation = [
    describeBackendLoad(load),
    `Blueprint reference: 10,000 SSH nodes on 3 regions × 3 zones × 1 node need 2 vCPU / 8 GiB per node. ` +
      `This workload needs ${referenceVcpuPerNode(load.equivalents)} vCPU per node on that reference topology (2 vCPU per started 10,000 equivalents, our extension), ` +
      `${need.clusterVcpu} vCPU for the cluster. Spread over this plan's ${zones} CockroachDB zone${zones === 1 ? "" : "s"} (the reference has ${REFERENCE_ZONES}) that is ${round2(need.vcpuPerZone)} vCPU per zone.`,
    `Pods stay at or below ${MAX_VCPU_PER_POD} vCPU (our ceiling, inside CockroachDB's 8–64 vCPU range), so the recommendation is ` +
      `${nodesPerZoneRecommended} node${nodesPerZoneRecommended === 1 ? "" : "s"} per zone of ${vcpuPerNode} vCPU / ${vcpuPerNode * MEMORY_GIB_PER_VCPU} GiB (4 GiB per vCPU, CockroachDB production settings).`,
    nodesPerZonePlanned === nodesPerZoneRecommended
      ? `The plan has ${nodesPerZonePlanned} node${nodesPerZonePlanned === 1 ? "" : "s"} per zone, ${totalNodes} in all.`
      : `The plan has ${nodesPerZonePlanned} node${nodesPerZonePlanned === 1 ? "" : "s"} per zone (${totalNodes} in all), so each pod gets ${plannedVcpu} vCPU / ${plannedPod.memoryGiB} GiB to cover the zone.`,
    `Disk per node: ${formatNumber(disk.iops)} IOPS and ${disk.throughputMBps} MB/s (500 IOPS and 30 MB/s per vCPU, CockroachDB production settings). ` +
      `Storage estimate: about ${Math.ceil(storage.logicalGiB)} GiB of backend state and audit events kept one year ` +
      `(assumption: ${BACKEND_STATE_KIB_PER_EQUIVALENT} KiB of state and ${AUDIT_EVENTS_PER_EQUIVALENT_PER_DAY} audit events of 1 KiB a day per equivalent), ` +
      `× ${storage.copies} replica${storage.copies === 1 ? "" : "s"} (${replication.effectiveGoal.toUpperCase()} survival over ${replication.databaseRegions.length} database region${replication.databaseRegions.length === 1 ? "" : "s"}), ` +
      `spread over ${totalNodes} node${totalNodes === 1 ? "" : "s"} and kept below 80% full: ${storage.neededPerNodeGiB} GiB per node.`,
  ].join(" ");

  const sizing: CockroachSizing = {
    vcpuPerNode,
    memoryGiBPerNode: vcpuPerNode * MEMORY_GIB_PER_VCPU,
    plannedVcpuPerNode: plannedPod.vcpu,
    plannedMemoryGiBPerNode: plannedPod.memoryGiB,
    nodesPerZoneRecommended,
    nodesPerZonePlanned,
    totalNodes,
    storagePerNodeGiB: plan.cockroachdb.storagePerNodeGiB,
    storageNeededPerNodeGiB: storage.neededPerNodeGiB,
    iopsPerNode: disk.iops,
    throughputMBpsPerNode: disk.throughputMBps,
    belowProduction: belowProduction({ plan, pod: plannedPod, storageNeededPerNodeGiB: storage.neededPerNodeGiB }),
    explanation,
    sources: [
      SIZING_SOURCES.blueprintCockroachSizing,
      SIZING_SOURCES.blueprintTeleportLoad,
      SIZING_SOURCES.cockroachHardware,
      SIZING_SOURCES.cockroachCapacity,
      SIZING_SOURCES.cockroachSurvivalGoals,
      SIZING_SOURCES.teleportAuditRetention,
      PLANNER_ASSUMPTION,
    ],
  };
  return { sizing, plannedPod };
}

const round2 = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2));
