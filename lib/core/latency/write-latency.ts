import type { RegionId } from "../catalog";
import { INTRA_REGION_RTT_MS, rttBetween, type Rtt } from "./rtt";

export type SurvivalGoal = "zone" | "region";

export type WriteLatencyInput = {
  survivalGoal: SurvivalGoal;
  primaryRegion: RegionId;
  secondaryRegion: RegionId | null;
  /** Regions that hold CockroachDB nodes. The primary and secondary count even if missing here. */
  databaseRegions: readonly RegionId[];
  /** Regions where Teleport auth runs and writes from. */
  gatewayRegions: readonly RegionId[];
};

export type GatewayWriteLatency = { region: RegionId; writeMs: number; reason: string };

export type WriteLatencyEstimate = {
  survivalGoal: SurvivalGoal;
  /** Leaseholder-local consensus cost in the primary region, ms. */
  commitMs: number;
  perGateway: GatewayWriteLatency[];
  /** Slowest gateway's write, or commitMs when there is no gateway. */
  worstMs: number;
  explanation: string;
  source: string;
};

export const WRITE_LATENCY_SOURCE =
  "CockroachDB docs v26.2 multiregion-survival-goals.md (ZONE: 3 voters in the home region; REGION: RF 5 spread 2+2+1, " +
  '"write latency will be increased by at least as much as the round-trip time to the nearest region", ' +
  '"for writes, CockroachDB will need to coordinate across 2 of the 3 regions"); alter-database.md zone configs for ' +
  "REGION + secondary region (voter_constraints {primary: 2, secondary: 2}); Teleport Multi-region Blueprint, " +
  '"Impact of the CockroachDB regions" (primary and secondary far apart make writes slower).';

const round = (ms: number): number => Math.round(ms * 10) / 10;

type Commit = { commitMs: number; text: string };

function zoneCommit(primary: RegionId, secondary: RegionId | null): Commit {
  const note = secondary
    ? ` The secondary region (${secondary}) does not vote under ZONE survival in this model; it matters for failover.`
    : "";
  return {
    commitMs: INTRA_REGION_RTT_MS,
    text:
      `ZONE survival: the 3 voting replicas all sit in the primary region ${primary}, so the leaseholder reaches quorum ` +
      `(2 of 3) across zones of that region: one inter-zone round trip, ${INTRA_REGION_RTT_MS} ms.` +
      note,
  };
}

function regionCommit(primary: RegionId, secondary: RegionId | null, others: readonly RegionId[]): Commit {
  if (others.length === 0) {
    return {
      commitMs: INTRA_REGION_RTT_MS,
      text:
        `REGION survival needs at least 3 database regions; with only ${primary} no other region can vote, ` +
        `so the figure (${INTRA_REGION_RTT_MS} ms) is not a REGION-survival latency.`,
    };
  }
  const candidates: Rtt[] = others.map((region) => rttBetween(primary, region));
  const nearest = candidates.reduce((best, rtt) => (rtt.rttMs < best.rttMs ? rtt : best));
  const commitMs = Math.max(INTRA_REGION_RTT_MS, nearest.rttMs);
  const layout = secondary
    ? `2 voters in ${primary}, 2 in the secondary region ${secondary}, 1 in another database region`
    : `2 voters in ${primary}, the other 3 spread over ${others.join(", ")} (2+2+1 with three regions)`;
  const nearestRole =
    nearest.to === secondary ? `the secondary region ${secondary}, which holds 2 voters` : `${nearest.to}`;
  const secondaryNote =
    secondary && nearest.to !== secondary
      ? ` The secondary region is farther (${rttBetween(primary, secondary).rttMs} ms), so it does not set the commit time.`
      : "";
  const bound =
    others.length > 2
      ? " With more than three database regions the nearest one may hold only a non-voting replica, so this is a lower bound."
      : "";
  return {
    commitMs,
    text:
      `REGION survival: 5 voting replicas (${layout}); a write needs 3 of 5. The leaseholder in ${primary} and the ` +
      `second local voter give 2, the third comes from the nearest other voting region, ${nearestRole}, ` +
      `${nearest.rttMs} ms away (${nearest.kind}). Commit ≈ ${round(commitMs)} ms.` +
      secondaryNote +
      bound,
  };
}

/**
 * Estimated CockroachDB write latency for the Teleport backend under a
 * survival goal. Model: the leaseholder sits in the primary region (lease
 * preference of REGIONAL BY TABLE in the primary region). ZONE survival keeps
 * the 3 voters in the primary region, so commit ≈ the inter-zone RTT
 * (INTRA_REGION_RTT_MS). REGION survival places 5 voters 2+2+1 (2 primary,
 * 2 secondary, 1 elsewhere when a secondary region is set) and needs 3 of 5,
 * so commit ≈ RTT from the primary to the nearest other voting region —
 * "at least as much as the round-trip time to the nearest region"
 * (CockroachDB multiregion-survival-goals.md). A gateway in another region
 * adds its RTT to the primary; one in the primary region adds nothing (at
 * most an inter-zone hop, left out). The Teleport multi-region blueprint
 * warns that a primary and secondary far apart make writes slower: with a
 * secondary region, its RTT sets the commit unless a third region is nearer.
 * RTTs come from rttBetween. Throws when the secondary region equals the primary.
 */
export function estimateWriteLatency(input: WriteLatencyInput): WriteLatencyEstimate {
  const { survivalGoal, primaryRegion: primary, secondaryRegion: secondary } = input;
  if (secondary === primary) throw new RangeError(`secondaryRegion must differ from primaryRegion (${primary})`);

  const databaseRegions = [...new Set([primary, ...(secondary ? [secondary] : []), ...input.databaseRegions])];
  const others = databaseRegions.filter((region) => region !== primary);
  const commit = survivalGoal === "zone" ? zoneCommit(primary, secondary) : regionCommit(primary, secondary, others);
  const commitMs = round(commit.commitMs);

  const perGateway = [...new Set(input.gatewayRegions)].map((region): GatewayWriteLatency => {
    if (region === primary) {
      return { region, writeMs: commitMs, reason: `in the primary region: leaseholder-local, commit only (${commitMs} ms)` };
    }
    const hop = rttBetween(region, primary);
    return {
      region,
      writeMs: round(hop.rttMs + commitMs),
      reason: `round trip to the leaseholder in ${primary} (${hop.rttMs} ms, ${hop.kind}) + commit (${commitMs} ms)`,
    };
  });
  const worst = perGateway.reduce<GatewayWriteLatency | undefined>(
    (acc, gateway) => (!acc || gateway.writeMs > acc.writeMs ? gateway : acc),
    undefined,
  );
  const worstMs = worst?.writeMs ?? commitMs;
  const gatewayText = worst
    ? ` Gateways outside ${primary} add their round trip to the leaseholder; the slowest is ${worst.region} at ${worst.writeMs} ms.`
    : " No gateway region given.";

  return {
    survivalGoal,
    commitMs,
    perGateway,
    worstMs,
    explanation: commit.text + gatewayText,
    source: WRITE_LATENCY_SOURCE,
  };
}
