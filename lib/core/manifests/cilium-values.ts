import type { BundleContext } from "@/lib/core/bundle/context";
import type { PlanRegion } from "@/lib/schemas/plan";

/**
 * Cilium Helm values for a region whose pods get overlay (non-native) addresses: the blueprint
 * meshes such clusters with Cilium Cluster Mesh so proxy pods can dial each other on 3021
 * (Multi-region Blueprint, "Teleport dependencies"). Cluster Mesh needs a unique cluster name
 * and a unique cluster id from 1 to 255 per cluster, the clustermesh-apiserver, and
 * non-overlapping pod CIDRs (Cilium docs: Setting up Cluster Mesh). The id is the region's
 * 1-based position in the plan (at most 12 regions), so it is unique and stable.
 */
export function ciliumValues(ctx: BundleContext, region: PlanRegion): Record<string, unknown> {
  return {
    cluster: { name: region.kubernetes.clusterName, id: ctx.plan.regions.indexOf(region) + 1 },
    clustermesh: { useAPIServer: true },
    ipam: { mode: "cluster-pool", operator: { clusterPoolIPv4PodCIDRList: [region.kubernetes.podCidr] } },
  };
}
