import type { CatalogRegion } from "@/lib/core/catalog";
import { CILIUM_CLUSTER_ID_MAX, lowestFreeCiliumClusterId, pinCiliumClusterIds } from "@/lib/core/net/cilium-cluster-id";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import { nextFreeCidrs } from "./next-cidrs";
import { ssdStorageClassName } from "./storage-class";

/** The blueprint runs CockroachDB across three zones per region (Multi-region Blueprint, "Architecture"). */
export const ZONES_PER_REGION = 3;

/**
 * Zones for a new region: the catalog's first three. Azure regions without availability zones
 * have none in the catalog; the whole region is then its only failure domain, named after the
 * region code, and the zone-count risk rule explains what that costs.
 */
export function defaultZones(region: CatalogRegion): string[] {
  return region.zones.length > 0 ? region.zones.slice(0, ZONES_PER_REGION) : [region.code];
}

/**
 * The new plan region, with the blueprint's defaults (template: lib/core/templates/blueprint.ts)
 * and the lowest Cilium cluster id no region of the plan uses (lib/core/net/cilium-cluster-id.ts).
 */
export function newPlanRegion(plan: Plan, region: CatalogRegion): PlanRegion {
  const { podCidr, serviceCidr } = nextFreeCidrs(plan);
  // A plan holds at most 12 regions, so one of the 255 ids is always free.
  const ciliumClusterId = lowestFreeCiliumClusterId(plan.regions) ?? CILIUM_CLUSTER_ID_MAX;
  return {
    id: region.id,
    zones: defaultZones(region),
    runsTeleport: true,
    runsCockroach: true,
    kubernetes: {
      clusterName: `teleport-${region.code}`,
      teleportNamespace: "teleport",
      // As the template: the CockroachDB namespace is named after the region code.
      cockroachNamespace: region.code,
      podCidr,
      serviceCidr,
      podNetworking: "native",
      staticCpuManager: false,
      ciliumClusterId,
    },
    proxyReplicas: 2,
    authReplicas: 2,
    storageClass: { name: ssdStorageClassName(region.provider), type: "ssd" },
  };
}

/**
 * Adds a catalog region running Teleport and CockroachDB. When the plan has no valid primary
 * region yet, the new region becomes primary; when it is the plan's second CockroachDB region
 * and no secondary is set, it becomes secondary (the blueprint keeps data in two regions).
 * Adding a region already in the plan returns the plan unchanged. The existing regions' Cilium
 * cluster ids are written into the plan first, so a plan saved before ids were kept does not
 * renumber its meshed clusters on a later removal or reordering.
 */
export function addRegion(plan: Plan, region: CatalogRegion): Plan {
  if (plan.regions.some((r) => r.id === region.id)) return plan;
  const cockroachIds = plan.regions.filter((r) => r.runsCockroach).map((r) => r.id);
  const hasPrimary = cockroachIds.includes(plan.cockroachdb.primaryRegion);
  const primaryRegion = hasPrimary ? plan.cockroachdb.primaryRegion : region.id;
  const isSecondCockroachRegion = hasPrimary && cockroachIds.length === 1;
  const secondaryRegion =
    plan.cockroachdb.secondaryRegion === null && isSecondCockroachRegion ? region.id : plan.cockroachdb.secondaryRegion;
  return {
    ...plan,
    cockroachdb: { ...plan.cockroachdb, primaryRegion, secondaryRegion },
    regions: [...pinCiliumClusterIds(plan.regions), newPlanRegion(plan, region)],
  };
}
