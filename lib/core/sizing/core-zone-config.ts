/**
 * Replication of the Teleport databases on CockroachDB core, where multi-region SQL (database
 * regions, survival goals) is not available: `SURVIVE ZONE FAILURE` on a database without regions
 * fails with "database must have associated regions before a survival goal can be set". The
 * blueprint's core tab declares each physical region as a CockroachDB zone (`--locality
 * zone=<region>,az=<availability zone>`, lib/core/manifests/cockroach-zones.ts) and configures zonal fault tolerance on the databases, which core does with a
 * zone configuration (CockroachDB docs: Configure Replication Zones, `ALTER DATABASE … CONFIGURE
 * ZONE USING num_replicas, constraints, lease_preferences`; cockroachdb-notes §2):
 *
 * - one replica pinned to every database region (per-replica constraints `{"+zone=<r>": 1}`),
 *   so no region holds a majority;
 * - `num_replicas` odd and at least 3: the region count when odd, one more when even (the extra
 *   replica is placed by CockroachDB, so one region may hold 2);
 * - leases preferred in the primary region, where Teleport's writes start.
 */
export type CoreZoneConfig = { numReplicas: number; pinnedPerRegion: number; floating: number };

export function coreZoneConfig(databaseRegions: number): CoreZoneConfig {
  const numReplicas = Math.max(3, databaseRegions % 2 === 1 ? databaseRegions : databaseRegions + 1);
  const pinnedPerRegion = databaseRegions >= 2 ? 1 : 0;
  return { numReplicas, pinnedPerRegion, floating: numReplicas - pinnedPerRegion * databaseRegions };
}

/** Most replicas one region can hold: its pinned one plus, in the worst case, one floating replica (CockroachDB spreads replicas over localities). */
export function coreReplicasInOneRegion(databaseRegions: number): number {
  const config = coreZoneConfig(databaseRegions);
  if (databaseRegions <= 1) return config.numReplicas;
  return config.pinnedPerRegion + (config.floating > 0 ? 1 : 0);
}
