import type { BundleContext } from "@/lib/core/bundle/context";
import { resourcesFor } from "@/lib/core/bundle/context";
import type { PlanRegion } from "@/lib/schemas/plan";
import { clockOffsetConf } from "./cockroach-clock";
import { type CockroachRelease, ZONE_LABEL, cockroachReleases, joinAddresses } from "./cockroach-zones";
import { resourcesValue } from "./teleport-values";
import { cockroachMonitoringValues } from "./monitoring";

/**
 * Helm values for the classic `cockroachdb` chart, one release per zone of a CockroachDB region
 * (./cockroach-zones.ts; cockroachdb-notes §5; CockroachDB docs: Orchestrate CockroachDB across
 * multiple Kubernetes clusters).
 *
 * - `fullnameOverride: <release>` (`cockroachdb-<zone>`) fixes the names the other files rely
 *   on: pods `<release>-N` and the headless Service `<release>`. Teleport and the runbook reach
 *   the region through the region-wide `cockroachdb-public` (./cockroach-public-service.ts).
 * - `statefulset.replicas` is the plan's nodes per zone; `statefulset.nodeSelector` pins the
 *   pods to their zone's nodes (`topology.kubernetes.io/zone`), and the spread constraint then
 *   spreads them over hosts, since inside one zone the chart's default zone key has nothing to spread.
 * - `conf.locality` carries the zone tier: `region=<code>,zone=<zone>`; with CockroachDB core
 *   `zone=<code>,az=<zone>` (the blueprint declares each physical region as a CockroachDB zone).
 * - `conf.join` lists up to three pods of every CockroachDB region, zone by zone, as the
 *   multi-cluster guide does, addressed `<release>-N.<release>.<namespace>` across clusters.
 * - `statefulset.budget.maxUnavailable: 1` is the chart's PodDisruptionBudget per release, so per
 *   zone: a drain of nodes in several zones at once can take one pod of each (docs/bundle.md).
 * - `conf.cache` and `conf.max-sql-memory` at 25% each (chart README: set both to a quarter of
 *   the memory allocation; 2 × 25% + 25% stays under the 80% rule).
 * - `conf.max-offset: 250ms` when CockroachDB spans regions with multi-region SQL (./cockroach-clock.ts).
 * - `storage.persistentVolume` uses the region's SSD StorageClass and the plan's size.
 * - `statefulset.resources` from the sizing: memory limit = request, no CPU limit unless the
 *   static CPU manager is on (CockroachDB docs: Kubernetes performance, Resource limits).
 * - `tls.certs.provided`: one CA for all regions, created by certificates.sh (the chart's
 *   self-signer would make a CA per release, which multi-region clusters cannot use).
 */
export type CockroachValues = Record<string, unknown>;

export const COCKROACH_NODE_SECRET = "cockroachdb-node";
export const COCKROACH_ROOT_SECRET = "cockroachdb-root";

/** The values of every release of a region, in zone order. */
export function cockroachRegionValues(ctx: BundleContext, region: PlanRegion): { release: CockroachRelease; values: CockroachValues }[] {
  return cockroachReleases(ctx.plan, region).map((release) => ({ release, values: cockroachValues(ctx, region, release) }));
}

export function cockroachValues(ctx: BundleContext, region: PlanRegion, release: CockroachRelease): CockroachValues {
  const { cockroachdb } = ctx.plan;
  return {
    fullnameOverride: release.release,
    image: { tag: `v${cockroachdb.version}` },
    conf: {
      locality: release.locality,
      join: joinAddresses(ctx.plan),
      cache: "25%",
      "max-sql-memory": "25%",
      ...clockOffsetConf(ctx),
    },
    statefulset: {
      replicas: release.replicas,
      resources: resourcesValue(resourcesFor(ctx, region.id, "cockroachdb")),
      budget: { maxUnavailable: 1 },
      ...(release.zoneLabel === null
        ? {}
        : {
            nodeSelector: { [ZONE_LABEL]: release.zoneLabel },
            topologySpreadConstraints: { maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway" },
          }),
    },
    storage: {
      persistentVolume: {
        enabled: true,
        size: `${cockroachdb.storagePerNodeGiB}Gi`,
        storageClass: region.storageClass.name,
      },
    },
    tls: {
      enabled: true,
      certs: {
        selfSigner: { enabled: false },
        provided: true,
        clientRootSecret: COCKROACH_ROOT_SECRET,
        nodeSecret: COCKROACH_NODE_SECRET,
      },
    },
    ...cockroachMonitoringValues(ctx.plan),
  };
}
