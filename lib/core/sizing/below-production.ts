import type { Plan } from "@/lib/schemas/plan";
import type { CockroachSizing } from "../analysis/types";
import { parseCpu, parseMemoryGiB } from "../quantity";
import { MEMORY_GIB_PER_VCPU } from "./cockroach-nodes";
import { SIZING_SOURCES } from "./sources";
import { GP3_DEFAULT, GP3_MAX, diskNeed, providerOf } from "./storage-classes";
import { formatNumber } from "@/lib/core/text/format-number";

/**
 * Where a plan's CockroachDB pods fall short of CockroachDB's production recommendations
 * (CockroachDB docs: Recommended production settings; Kubernetes limitations; Healthy storage
 * capacity). The planner's own sizing starts at the blueprint's 2 vCPU / 8 GiB, which these
 * documents call suitable for testing, so the template legitimately lists notes here: they
 * inform, and the risk rules decide what to flag.
 */

/** CockroachDB: "recommended minimum 8" vCPU per node. */
export const RECOMMENDED_MIN_VCPU = 8;
/** CockroachDB: "strongly recommends no fewer than 4" vCPU per node. */
export const STRONG_MIN_VCPU = 4;
/** CockroachDB: recommended maximum 64 vCPU per node (v25.1 onward). */
export const RECOMMENDED_MAX_VCPU = 64;
/** CockroachDB: 320 GiB of storage per vCPU ("less is fine if capacity needs are small"). */
export const STORAGE_GIB_PER_VCPU = 320;
/** CockroachDB on Kubernetes: 2 vCPU / 8 GiB pods are "appropriate for testing purposes only". */
export const TESTING_ONLY_VCPU = 2;

type Note = CockroachSizing["belowProduction"][number];
type Pod = { vcpu: number; memoryGiB: number };

/** Notes about one pod size; `where` prefixes each message ("" for the planner's sizing). */
function podNotes(pod: Pod, where: string): Note[] {
  const notes: Note[] = [];
  const v = fmt(pod.vcpu);
  if (pod.vcpu < STRONG_MIN_VCPU)
    notes.push({
      message: `${where}CockroachDB pods get ${v} vCPU: CockroachDB recommends at least ${RECOMMENDED_MIN_VCPU} vCPU per node and strongly recommends no fewer than ${STRONG_MIN_VCPU}.`,
      source: SIZING_SOURCES.cockroachHardware,
    });
  else if (pod.vcpu < RECOMMENDED_MIN_VCPU)
    notes.push({
      message: `${where}CockroachDB pods get ${v} vCPU, below CockroachDB's recommended minimum of ${RECOMMENDED_MIN_VCPU} vCPU per node.`,
      source: SIZING_SOURCES.cockroachHardware,
    });
  else if (pod.vcpu > RECOMMENDED_MAX_VCPU)
    notes.push({
      message: `${where}CockroachDB pods get ${v} vCPU, above CockroachDB's recommended maximum of ${RECOMMENDED_MAX_VCPU} vCPU per node: add nodes per zone instead.`,
      source: SIZING_SOURCES.cockroachHardware,
    });
  if (pod.vcpu <= TESTING_ONLY_VCPU)
    notes.push({
      message: `${where}CockroachDB pods get ${v} vCPU / ${fmt(pod.memoryGiB)} GiB: CockroachDB documents 2 vCPU / 8 GiB pods on Kubernetes as appropriate for testing purposes only (the blueprint's 10,000-node sizing uses that size).`,
      source: SIZING_SOURCES.cockroachKubernetesLimits,
    });
  const perVcpu = pod.vcpu > 0 ? pod.memoryGiB / pod.vcpu : 0;
  if (perVcpu < MEMORY_GIB_PER_VCPU)
    notes.push({
      message: `${where}CockroachDB pods get ${fmt(perVcpu)} GiB of memory per vCPU; CockroachDB recommends ${MEMORY_GIB_PER_VCPU} GiB per vCPU and calls 2 GiB per vCPU suitable for testing only.`,
      source: SIZING_SOURCES.cockroachHardware,
    });
  return notes;
}

export type BelowProductionInput = {
  plan: Plan;
  /** The pod the planner sizes for the plan's nodes per zone. */
  pod: Pod;
  storageNeededPerNodeGiB: number;
};

export function belowProduction({ plan, pod, storageNeededPerNodeGiB }: BelowProductionInput): Note[] {
  const notes = podNotes(pod, "");
  const storage = plan.cockroachdb.storagePerNodeGiB;
  const recommendedStorage = STORAGE_GIB_PER_VCPU * pod.vcpu;
  if (storage < recommendedStorage)
    notes.push({
      message:
        `Volumes of ${fmt(storage)} GiB are below CockroachDB's ${STORAGE_GIB_PER_VCPU} GiB per vCPU (${fmt(recommendedStorage)} GiB for ${fmt(pod.vcpu)} vCPU). ` +
        `Less is acceptable when capacity needs are small; the estimate for this workload is ${fmt(storageNeededPerNodeGiB)} GiB per node.`,
      source: SIZING_SOURCES.cockroachHardware,
    });
  if (storage < storageNeededPerNodeGiB)
    notes.push({
      message: `Volumes of ${fmt(storage)} GiB are below the estimated ${fmt(storageNeededPerNodeGiB)} GiB per node that keeps used capacity under 80% for this workload.`,
      source: SIZING_SOURCES.cockroachCapacity,
    });
  const dbRegions = plan.regions.filter((r) => r.runsCockroach);
  if (dbRegions.some((r) => providerOf(r.id) === "aws")) {
    const need = diskNeed(pod.vcpu);
    if (need.iops > GP3_MAX.iops || need.throughputMBps > GP3_MAX.throughputMiBps)
      notes.push({
        message: `A ${fmt(pod.vcpu)} vCPU node needs ${fmt(need.iops)} IOPS and ${fmt(need.throughputMBps)} MB/s, more than one gp3 volume provides (${fmt(GP3_MAX.iops)} IOPS, ${fmt(GP3_MAX.throughputMiBps)} MiB/s): use more nodes per zone or io2 volumes.`,
        source: SIZING_SOURCES.awsGp3Limits,
      });
    else if (need.iops > GP3_DEFAULT.iops || need.throughputMBps > GP3_DEFAULT.throughputMiBps)
      notes.push({
        message: `gp3's default ${fmt(GP3_DEFAULT.iops)} IOPS and ${fmt(GP3_DEFAULT.throughputMiBps)} MiB/s are below the ${fmt(need.iops)} IOPS and ${fmt(need.throughputMBps)} MB/s a ${fmt(pod.vcpu)} vCPU node needs; the proposed StorageClass provisions them explicitly.`,
        source: SIZING_SOURCES.cockroachCloud,
      });
  }
  // Overrides with the same requests share one set of notes naming all their regions.
  const overrides = new Map<string, { pod: Pod; regions: string[] }>();
  for (const region of dbRegions) {
    const override = region.resources?.cockroach;
    if (!override) continue;
    const key = `${override.requests.cpu}/${override.requests.memory}`;
    const entry = overrides.get(key) ?? { pod: { vcpu: parseCpu(override.requests.cpu), memoryGiB: parseMemoryGiB(override.requests.memory) }, regions: [] };
    entry.regions.push(region.id);
    overrides.set(key, entry);
  }
  for (const { pod: overridePod, regions } of overrides.values())
    notes.push(...podNotes(overridePod, `In ${regions.join(", ")} (resources override): `));
  return notes;
}

const fmt = (n: number): string => formatNumber(n, 2);
