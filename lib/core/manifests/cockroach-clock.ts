import type { BundleContext } from "@/lib/core/bundle/context";

/**
 * `--max-offset` for new multi-region clusters. CockroachDB docs (v26.2, multi-region
 * overview and table localities, include `misc/multiregion-max-offset.md`): for new clusters
 * using multi-region SQL, Cockroach Labs recommends lowering `--max-offset` from its default
 * 500ms to 250ms, which lowers write latency for GLOBAL tables. The classic chart passes
 * `conf.max-offset` through to `cockroach start`. Every node must run with the same value, so it
 * is set for new clusters only; a running cluster changes it with a full restart.
 */
export const MULTI_REGION_MAX_OFFSET = "250ms";
/** `cockroach start --max-offset` default. */
export const DEFAULT_MAX_OFFSET = "500ms";

/**
 * The `conf` entries the clock guidance adds: max-offset 250ms when CockroachDB spans regions
 * with multi-region SQL. With CockroachDB core the blueprint declares regions as zones and no
 * multi-region SQL runs, so the default stays.
 */
export function clockOffsetConf(ctx: BundleContext): Record<string, string> {
  const usesMultiRegionSql = ctx.databaseRegions.length > 1 && ctx.plan.cockroachdb.licence !== "core";
  return usesMultiRegionSql ? { "max-offset": MULTI_REGION_MAX_OFFSET } : {};
}
