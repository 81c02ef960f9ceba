import type { BundleContext } from "@/lib/core/bundle/context";
import { podsFor, regionCode, resourcesFor } from "@/lib/core/bundle/context";
import type { PlanRegion } from "@/lib/schemas/plan";
import { clockOffsetConf } from "./cockroach-clock";
import { resourcesValue } from "./teleport-values";
import { cockroachMonitoringValues } from "./monitoring";

/**
 * Helm values for the classic `cockroachdb` chart in one CockroachDB region (cockroachdb-notes
 * §5; CockroachDB docs: Orchestrate CockroachDB across multiple Kubernetes clusters).
 *
 * - `fullnameOverride: cockroachdb` fixes the names the other files rely on: pods
 *   `cockroachdb-N`, the headless service `cockroachdb` and `cockroachdb-public`.
 * - `statefulset.replicas` is the sizing's pod count (nodes per zone × zones).
 * - `conf.locality` is one string for every pod of a release (the chart cannot set a per-pod
 *   zone): `region=<code>` for a multi-region licence; with CockroachDB core the blueprint
 *   declares each physical region as a CockroachDB zone, so the tier is `zone=<code>`.
 * - `conf.join` lists the first three pods of every CockroachDB region, as the multi-cluster
 *   guide does, addressed `cockroachdb-N.cockroachdb.<namespace>` across clusters.
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

/** The multi-cluster guide joins through pods 0–2 of each region. */
const JOIN_PODS_PER_REGION = 3;

export const COCKROACH_NODE_SECRET = "cockroachdb-node";
export const COCKROACH_ROOT_SECRET = "cockroachdb-root";

export function cockroachLocality(ctx: BundleContext, region: PlanRegion): string {
  const tier = ctx.plan.cockroachdb.licence === "core" ? "zone" : "region";
  return `${tier}=${regionCode(region.id)}`;
}

export function cockroachJoin(ctx: BundleContext): string[] {
  return ctx.databaseRegions.flatMap((region) => {
    const pods = Math.min(JOIN_PODS_PER_REGION, podsFor(ctx, region, "cockroachdb"));
    return Array.from({ length: pods }, (_, i) => `cockroachdb-${i}.cockroachdb.${region.kubernetes.cockroachNamespace}`);
  });
}

export function cockroachValues(ctx: BundleContext, region: PlanRegion): CockroachValues {
  const { cockroachdb } = ctx.plan;
  return {
    fullnameOverride: "cockroachdb",
    image: { tag: `v${cockroachdb.version}` },
    conf: {
      locality: cockroachLocality(ctx, region),
      join: cockroachJoin(ctx),
      cache: "25%",
      "max-sql-memory": "25%",
      ...clockOffsetConf(ctx),
    },
    statefulset: {
      replicas: podsFor(ctx, region, "cockroachdb"),
      resources: resourcesValue(resourcesFor(ctx, region.id, "cockroachdb")),
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
