import type { PodGroup } from "@/lib/core/analysis/types";

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** 1234.5 → "1,234.5"; the dashboard's single number format. */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

export const COMPONENT_LABEL: Record<PodGroup["component"], string> = {
  cockroachdb: "CockroachDB",
  "teleport-auth": "Teleport auth",
  "teleport-proxy": "Teleport proxy",
};

export type GroupTotals = { pods: number; vcpu: number; memoryGiB: number; storageGiB: number };

/** What a pod group adds up to: its pods times each pod's share. */
export function groupTotals(group: PodGroup): GroupTotals {
  return {
    pods: group.pods,
    vcpu: group.pods * group.vcpuPerPod,
    memoryGiB: group.pods * group.memoryGiBPerPod,
    storageGiB: group.pods * group.storageGiBPerPod,
  };
}

export function addTotals(a: GroupTotals, b: GroupTotals): GroupTotals {
  return { pods: a.pods + b.pods, vcpu: a.vcpu + b.vcpu, memoryGiB: a.memoryGiB + b.memoryGiB, storageGiB: a.storageGiB + b.storageGiB };
}

export const ZERO_TOTALS: GroupTotals = { pods: 0, vcpu: 0, memoryGiB: 0, storageGiB: 0 };
