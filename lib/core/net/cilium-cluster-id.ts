import type { Source } from "@/lib/core/analysis/types";

/**
 * Cilium Cluster Mesh identifies each meshed cluster by a numeric cluster id that must be unique
 * in the mesh and lie in 1..255 (Cilium docs, "Setting up Cluster Mesh" → "Specify the Cluster
 * Name and ID"; cilium/cilium Documentation/network/clustermesh/clustermesh.rst). Cilium ≥ 1.15
 * can raise the ceiling to 511 with `clustermesh.maxConnectedClusters`, but the values the bundle
 * writes leave that at its default of 255, so 255 is the bound here.
 *
 * The id is folded into every security identity of the cluster, which is why Cilium warns that
 * changing it on a cluster with running workloads means restarting them all and re-creating
 * cross-cluster access: in practice, disconnecting the cluster from the mesh. So the plan keeps
 * each region's id (`kubernetes.ciliumClusterId`) instead of deriving it from the region's
 * position, which moves when a region before it is removed or the list is reordered.
 */
export const CILIUM_CLUSTER_ID_MIN = 1;
export const CILIUM_CLUSTER_ID_MAX = 255;

export const CILIUM_CLUSTER_ID_SOURCE: Source = {
  title: "Cilium docs: Setting up Cluster Mesh",
  section: "Specify the Cluster Name and ID",
  url: "https://docs.cilium.io/en/stable/network/clustermesh/clustermesh/",
};

/** Just what the id needs, so the plan schema can use it on a plan it is still checking. */
type IdRegion = { id: string; kubernetes: { ciliumClusterId?: number | undefined } };

/**
 * The region's Cilium cluster id: the one stored in the plan, or, for plans saved before the
 * field existed, the region's 1-based position, which is what every earlier bundle used, so
 * their Cilium values do not change.
 */
export function ciliumClusterIdAt(regions: readonly IdRegion[], index: number): number {
  return regions[index]?.kubernetes.ciliumClusterId ?? index + 1;
}

/** Every region's effective cluster id, by region id. */
export function ciliumClusterIds(regions: readonly IdRegion[]): Map<string, number> {
  return new Map(regions.map((region, index) => [region.id, ciliumClusterIdAt(regions, index)]));
}

/** The lowest id in 1..255 that no region uses yet, or null when all are taken. */
export function lowestFreeCiliumClusterId(regions: readonly IdRegion[]): number | null {
  const used = new Set(ciliumClusterIds(regions).values());
  for (let id = CILIUM_CLUSTER_ID_MIN; id <= CILIUM_CLUSTER_ID_MAX; id += 1) if (!used.has(id)) return id;
  return null;
}

/**
 * The regions with their effective ids written into the plan. The designer does this before it
 * adds or removes a region, so a plan saved before the field existed keeps its ids from then on.
 */
export function pinCiliumClusterIds<R extends IdRegion>(regions: readonly R[]): R[] {
  return regions.map((region, index) =>
    region.kubernetes.ciliumClusterId === undefined
      ? { ...region, kubernetes: { ...region.kubernetes, ciliumClusterId: ciliumClusterIdAt(regions, index) } }
      : region,
  );
}
