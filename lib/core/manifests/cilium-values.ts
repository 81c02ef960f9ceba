import type { BundleContext } from "@/lib/core/bundle/context";
import { ciliumClusterIdAt } from "@/lib/core/net/cilium-cluster-id";
import type { PlanRegion } from "@/lib/schemas/plan";

/**
 * Cilium Helm values for a region whose pods get overlay (non-native) addresses: the blueprint
 * meshes such clusters with Cilium Cluster Mesh so proxy pods can dial each other on 3021
 * (Multi-region Blueprint, "Teleport dependencies"). Cluster Mesh needs a unique cluster name
 * and a unique cluster id from 1 to 255 per cluster, the clustermesh-apiserver, and
 * non-overlapping pod CIDRs (Cilium docs: Setting up Cluster Mesh). The id is the one the plan
 * keeps for the region, or its 1-based position in plans saved before ids were kept (see
 * lib/core/net/cilium-cluster-id.ts); the plan schema refuses duplicates.
 */
export function ciliumValues(ctx: BundleContext, region: PlanRegion): Record<string, unknown> {
  return {
    cluster: { name: region.kubernetes.clusterName, id: ciliumClusterIdAt(ctx.plan.regions, ctx.plan.regions.indexOf(region)) },
    clustermesh: { useAPIServer: true },
    ipam: { mode: "cluster-pool", operator: { clusterPoolIPv4PodCIDRList: [region.kubernetes.podCidr] } },
  };
}
