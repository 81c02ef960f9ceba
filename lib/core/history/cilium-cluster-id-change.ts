import { CILIUM_CLUSTER_ID_SOURCE, pinCiliumClusterIds } from "@/lib/core/net/cilium-cluster-id";
import type { Plan } from "@/lib/schemas/plan";
import type { PlanChange } from "./diff-plans";

/**
 * The two plans with the effective Cilium cluster id written into every region that is in both,
 * so the diff compares what Cilium gets, not whether the id was stored or derived from the
 * region's position (lib/core/net/cilium-cluster-id.ts). Regions in only one plan are left as
 * they are: they show as a whole region added or removed.
 */
export function withSharedRegionsClusterIds(before: Plan, after: Plan): [Plan, Plan] {
  const beforeIds = new Set(before.regions.map((r) => r.id));
  const afterIds = new Set(after.regions.map((r) => r.id));
  const pin = (plan: Plan, other: Set<string>): Plan => {
    const pinned = pinCiliumClusterIds(plan.regions);
    return { ...plan, regions: plan.regions.map((region, index) => (other.has(region.id) ? (pinned[index] ?? region) : region)) };
  };
  return [pin(before, afterIds), pin(after, beforeIds)];
}

const ID_PATH = /^regions\[[^\]]+\]\.kubernetes\.ciliumClusterId$/;

/**
 * A changed cluster id of a region that exists in both revisions carries Cilium's warning: the
 * id is part of every security identity of the cluster, so changing it on a running cluster
 * means restarting all its workloads and re-establishing cross-cluster access (Cilium docs,
 * "Setting up Cluster Mesh" → "Specify the Cluster Name and ID").
 */
export function ciliumIdChangeWarning(change: PlanChange): PlanChange {
  if (change.kind !== "changed" || !ID_PATH.test(change.path)) return change;
  return {
    ...change,
    warning: {
      text:
        `Cilium cluster id changes from ${String(change.before)} to ${String(change.after)}. Cilium builds every security identity of the cluster from its id: ` +
        "changing it on a running cluster means disconnecting it from the mesh, restarting all its workloads and connecting it again. Keep the old id unless the cluster is rebuilt.",
      source: CILIUM_CLUSTER_ID_SOURCE,
    },
  };
}
