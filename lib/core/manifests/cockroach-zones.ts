import { getRegion } from "@/lib/core/catalog";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";

/**
 * The CockroachDB layout that gives every node its zone: one release of the classic
 * `cockroachdb` chart (one StatefulSet) per availability zone of a region.
 *
 * Why: the chart passes one `--locality={{ .Values.conf.locality }}` to every pod of a release
 * (cockroachdb/helm-charts cockroachdb/templates/statefulset.yaml at a26cc90a, chart 21.0.1),
 * so a per-zone locality needs a release per zone, each pinned to its zone with
 * `statefulset.nodeSelector` on the well-known node label `topology.kubernetes.io/zone`
 * (https://kubernetes.io/docs/reference/labels-annotations-taints/#topologykubernetesiozone).
 * The CockroachDB operator would map node labels to localities itself, but it is in Preview and
 * needs Kubernetes 1.30 (cockroachdb-notes §5); the classic chart is what the bundle pins.
 *
 * The label's value is the cloud's zone name: AWS `us-east-1a` (the AZ name), Google Cloud
 * `us-central1-a`, AKS `<region>-<zone number>` such as `eastus2-1` (Microsoft Learn, "Use
 * availability zones in AKS", node distribution across zones:
 * https://learn.microsoft.com/en-us/azure/aks/availability-zones). The catalog stores Azure
 * zones as "1", "2", "3", so the label is built from the region code.
 *
 * A region whose catalog lists no zones (Azure regions without availability zones) keeps one
 * release for the whole region, without a zone tier or node selector: there is no zone label to
 * pin to, and AKS labels such nodes with zone "0".
 */
export type CockroachRelease = {
  /** Helm release and fullnameOverride: the StatefulSet, its headless Service and its pods' names. */
  release: string;
  /** The plan's zone ("us-east-1a", "1"); null for a region without zones. */
  zone: string | null;
  /** The value of `topology.kubernetes.io/zone` on the zone's nodes; null without zones. */
  zoneLabel: string | null;
  /** The `--locality` flag of this release's nodes. */
  locality: string;
  replicas: number;
};

/** Prefix of every release: pods carry `app.kubernetes.io/name: cockroachdb` whatever the release. */
export const COCKROACH_RELEASE_PREFIX = "cockroachdb";

/** The node label the zone releases pin to. */
export const ZONE_LABEL = "topology.kubernetes.io/zone";

/** True when the catalog knows the region's zones, so the plan's zones are real cloud zones. */
export const hasCatalogZones = (region: PlanRegion): boolean => (getRegion(region.id)?.zones.length ?? 0) > 0;

const codeOf = (id: string): string => getRegion(id)?.code ?? id.slice(id.indexOf(":") + 1);

/** The `topology.kubernetes.io/zone` value of a plan zone (AKS: "1" in eastus2 → "eastus2-1"). */
export function zoneLabelValue(regionId: string, zone: string): string {
  return regionId.startsWith("azure:") ? `${codeOf(regionId)}-${zone}` : zone;
}

/**
 * The locality tiers, most inclusive first (cockroach start --locality: "the keys and their
 * order must be the same on every node"). Enterprise: `region=<code>,zone=<zone label>`.
 * Core: the blueprint declares each physical region as a CockroachDB zone ("On CockroachDB core
 * you must declare the physical regions as CockroachDB zones"), so the region stays `zone=`
 * and the availability zone becomes a lower tier `az=` (the key the multi-cluster EKS
 * manifest uses). Zone configurations keep constraining on `+zone=<region code>`.
 */
export function localityFor(plan: Plan, region: PlanRegion, zoneLabel: string | null): string {
  const isCore = plan.cockroachdb.licence === "core";
  const top = `${isCore ? "zone" : "region"}=${codeOf(region.id)}`;
  return zoneLabel === null ? top : `${top},${isCore ? "az" : "zone"}=${zoneLabel}`;
}

/** The releases of one CockroachDB region, in the plan's zone order. */
export function cockroachReleases(plan: Plan, region: PlanRegion): CockroachRelease[] {
  const perZone = plan.cockroachdb.nodesPerZone;
  if (!hasCatalogZones(region))
    return [{ release: `${COCKROACH_RELEASE_PREFIX}-${codeOf(region.id)}`, zone: null, zoneLabel: null, locality: localityFor(plan, region, null), replicas: perZone * region.zones.length }];
  return region.zones.map((zone) => {
    const zoneLabel = zoneLabelValue(region.id, zone);
    return { release: `${COCKROACH_RELEASE_PREFIX}-${zoneLabel}`, zone, zoneLabel, locality: localityFor(plan, region, zoneLabel), replicas: perZone };
  });
}

/** The multi-cluster guide joins through three pods per region; here spread over its zones. */
const JOIN_PODS_PER_REGION = 3;

/**
 * `conf.join` for every release: up to three pods per CockroachDB region, taken zone by zone
 * (pod 0 of each zone first), so that one zone down still leaves join targets in its region.
 * Addressed `<pod>.<release>.<namespace>` as the cross-cluster DNS forwards namespaces.
 */
export function joinAddresses(plan: Plan): string[] {
  return plan.regions.filter((r) => r.runsCockroach).flatMap((region) => regionJoinPods(plan, region));
}

/** Up to three pods of one region, zone by zone (pod 0 of each zone first), as `<pod>.<release>.<namespace>`. */
export function regionJoinPods(plan: Plan, region: PlanRegion): string[] {
  const releases = cockroachReleases(plan, region);
  const pods: string[] = [];
  const most = Math.max(...releases.map((r) => r.replicas));
  for (let i = 0; i < most && pods.length < JOIN_PODS_PER_REGION; i += 1)
    for (const r of releases) if (i < r.replicas && pods.length < JOIN_PODS_PER_REGION) pods.push(`${r.release}-${i}.${r.release}.${region.kubernetes.cockroachNamespace}`);
  return pods;
}

/** The first pod of a region (port-forwards for `cockroach init` and SQL). */
export const firstCockroachPod = (plan: Plan, region: PlanRegion): string => `${cockroachReleases(plan, region)[0]?.release ?? COCKROACH_RELEASE_PREFIX}-0`;
