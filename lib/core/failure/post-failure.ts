import type { Plan } from "@/lib/schemas/plan";
import type { FailureScenario, PostFailure, RegionId, Rtt, WriteLatency } from "../analysis/types";
import { INTRA_REGION_RTT_MS } from "../latency";
import type { Replication } from "../sizing";
import { gradeFailure } from "./failure-grade";

const round = (ms: number): number => Math.round(ms * 10) / 10;

/**
 * Where the Teleport databases' leases are once `failed` is gone. The lease preference of the
 * multi-region databases is the primary region; when it fails under REGION survival the leases
 * move to the secondary region when one is set ("SET SECONDARY REGION … the region that will
 * hold the leaseholders if the primary region fails", CockroachDB docs: ALTER DATABASE … SET
 * SECONDARY REGION), otherwise to a surviving region CockroachDB chooses; we report the one
 * nearest the primary. Null when quorum is lost: nobody holds a usable lease.
 */
export function leaseholderAfter(replication: Replication, primary: string, secondary: string | null, failed: string, isQuorumKept: boolean, rtt: (a: RegionId, b: RegionId) => Rtt): RegionId | null {
  if (!isQuorumKept) return null;
  if (failed !== primary) return primary as RegionId;
  if (secondary !== null && replication.hasSecondaryRegion && secondary !== failed) return secondary as RegionId;
  const survivors = replication.databaseRegions.filter((id) => id !== failed) as RegionId[];
  const nearest = survivors.reduce<{ id: RegionId; ms: number } | null>((best, id) => {
    const ms = rtt(primary as RegionId, id).rttMs;
    return best === null || ms < best.ms ? { id, ms } : best;
  }, null);
  return nearest?.id ?? null;
}

/**
 * Commit time at the new leaseholder. ZONE survival keeps all voters in the primary region, so
 * a non-primary loss changes nothing (one inter-zone round trip). REGION survival needs 3 of 5
 * voters: the leaseholder's region gives 2, the third comes from the nearest surviving other
 * database region (CockroachDB docs: Multi-region survival goals, "coordinate across 2 of the 3
 * regions"); with more regions this is a lower bound, as before the failure.
 */
function commitAfter(replication: Replication, leaseholder: RegionId, failed: string, rtt: (a: RegionId, b: RegionId) => Rtt): { commitMs: number; text: string } {
  if (replication.effectiveGoal === "zone")
    return { commitMs: INTRA_REGION_RTT_MS, text: `ZONE survival: the 3 voters stay in ${leaseholder}, so commit stays one inter-zone round trip (${INTRA_REGION_RTT_MS} ms).` };
  const others = replication.databaseRegions.filter((id) => id !== failed && id !== leaseholder) as RegionId[];
  if (others.length === 0) return { commitMs: INTRA_REGION_RTT_MS, text: `No other database region survives next to ${leaseholder}.` };
  const nearest = others.map((id) => rtt(leaseholder, id)).reduce((best, r) => (r.rttMs < best.rttMs ? r : best));
  const commitMs = round(Math.max(INTRA_REGION_RTT_MS, nearest.rttMs));
  return {
    commitMs,
    text: `REGION survival: a write needs 3 of 5 voters; the leaseholder's region ${leaseholder} gives 2 and the third comes from ${nearest.to}, ${nearest.rttMs} ms away, so commit ≈ ${commitMs} ms.`,
  };
}

/**
 * Every figure after `failed` is lost: the leaseholder's region, the write latency seen from
 * each surviving Teleport region (round trip to the leaseholder + commit, the same model as
 * lib/core/latency/write-latency.ts), where the region's users go and how far, and the grade.
 */
export function postFailure(
  plan: Plan,
  replication: Replication,
  scenario: Omit<FailureScenario, "after">,
  before: WriteLatency,
  rtt: (a: RegionId, b: RegionId) => Rtt,
): PostFailure {
  const { primaryRegion, secondaryRegion } = plan.cockroachdb;
  const failed = scenario.region;
  const leaseholder = leaseholderAfter(replication, primaryRegion, secondaryRegion, failed, scenario.cockroach.isQuorumKept, rtt);
  const usersMoveTo = scenario.teleport.usersGoTo.map((region) => ({ region, rttMs: rtt(failed, region).rttMs }));
  const gateways = plan.regions.filter((r) => r.runsTeleport && r.id !== failed).map((r) => r.id as RegionId);
  let writeLatency: PostFailure["writeLatency"] = null;
  if (leaseholder !== null) {
    const commit = commitAfter(replication, leaseholder, failed, rtt);
    const beforeOf = new Map(before.perGateway.map((g) => [g.region, g.writeMs]));
    const perGateway = gateways.map((region) => {
      const hop = region === leaseholder ? 0 : rtt(region, leaseholder).rttMs;
      const reason =
        region === leaseholder
          ? `holds the leases now: commit only (${commit.commitMs} ms)`
          : `round trip to the leaseholder in ${leaseholder} (${hop} ms) + commit (${commit.commitMs} ms)`;
      return { region, writeMs: round(hop + commit.commitMs), beforeMs: beforeOf.get(region) ?? null, reason };
    });
    const worstMs = perGateway.reduce((worst, g) => Math.max(worst, g.writeMs), commit.commitMs);
    const moved = leaseholder !== primaryRegion ? `The leases move from ${primaryRegion} to ${leaseholder}. ` : `The leases stay in ${leaseholder}. `;
    writeLatency = { commitMs: commit.commitMs, perGateway, worstMs, worstBeforeMs: before.worstMs, explanation: moved + commit.text };
  }
  const { grade, gradeReason } = gradeFailure({
    isQuorumKept: scenario.cockroach.isQuorumKept,
    hasCapacity: scenario.teleport.hasCapacity,
    isTeleportLeft: gateways.length > 0,
    writes: (writeLatency?.perGateway ?? []).map((g) => ({ region: g.region, beforeMs: g.beforeMs, afterMs: g.writeMs })),
  });
  return { grade, gradeReason, leaseholderRegion: leaseholder, writeLatency, usersMoveTo };
}
