import type { Plan } from "@/lib/schemas/plan";

/**
 * How CockroachDB replicates the Teleport databases for a plan, as multi-region SQL sets it.
 *
 * Sources: CockroachDB docs, Multi-region survival goals (ZONE: 3 voters in the primary region
 * and one replica in every other region; REGION: 5 voters, 2 in the primary region, "2+2+1"
 * over 3 regions); ALTER DATABASE, Configure survival goals (REGION survival is refused with
 * fewer than 3 database regions: "at least 3 regions are required for surviving a region
 * failure", so the databases stay at the default ZONE goal). Replica counts for more regions
 * follow CockroachDB's own rule (pkg/sql/regions, GetNumVotersAndNumReplicas): ZONE gives
 * 3 + (regions − 1); REGION gives 2 + (regions − 1), one more with a secondary region, and
 * never fewer than the 5 voters.
 */

/** Voters under ZONE survival, all in the primary region. */
export const ZONE_SURVIVAL_VOTERS = 3;
/** Voters under REGION survival: 2 in the primary region (2 in the secondary when set), the rest spread. */
export const REGION_SURVIVAL_VOTERS = 5;
/** Fewest database regions CockroachDB accepts for SURVIVE REGION FAILURE. */
export const MIN_REGIONS_FOR_REGION_SURVIVAL = 3;

export type Replication = {
  /** Database regions, in plan order. */
  databaseRegions: string[];
  /** The goal the databases actually run with: REGION falls back to ZONE below 3 regions. */
  effectiveGoal: "zone" | "region";
  /** True when the plan asks for REGION survival that CockroachDB will refuse. */
  isRegionGoalRefused: boolean;
  hasSecondaryRegion: boolean;
  voters: number;
  /** Replicas of each range, voters plus non-voters. */
  replicas: number;
};

export function replicationOf(plan: Plan): Replication {
  const databaseRegions = plan.regions.filter((r) => r.runsCockroach).map((r) => r.id);
  const count = databaseRegions.length;
  const wantsRegion = plan.cockroachdb.survivalGoal === "region";
  const effectiveGoal = wantsRegion && count >= MIN_REGIONS_FOR_REGION_SURVIVAL ? "region" : "zone";
  const secondary = plan.cockroachdb.secondaryRegion;
  const hasSecondaryRegion = secondary !== null && secondary !== plan.cockroachdb.primaryRegion && databaseRegions.includes(secondary);
  const others = Math.max(0, count - 1);
  const replicas =
    effectiveGoal === "zone"
      ? ZONE_SURVIVAL_VOTERS + others
      : Math.max(REGION_SURVIVAL_VOTERS, 2 + others + (hasSecondaryRegion ? 1 : 0));
  return {
    databaseRegions,
    effectiveGoal,
    isRegionGoalRefused: wantsRegion && effectiveGoal === "zone",
    hasSecondaryRegion,
    voters: effectiveGoal === "zone" ? ZONE_SURVIVAL_VOTERS : REGION_SURVIVAL_VOTERS,
    replicas,
  };
}
