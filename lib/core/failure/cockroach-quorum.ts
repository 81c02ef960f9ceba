import type { FailureScenario } from "../analysis/types";
import type { Replication } from "../sizing";

type CockroachOutcome = FailureScenario["cockroach"];

const SURVIVAL_SOURCE = "CockroachDB docs: Multi-region survival goals";

/**
 * Voters of the Teleport databases lost with one region, and whether quorum (a majority of
 * voters) survives. Placement follows CockroachDB's multi-region SQL (CockroachDB docs:
 * Multi-region survival goals; cockroachdb-notes §1.3):
 *
 * - ZONE survival (also what the databases run with when REGION survival is refused for
 *   having fewer than 3 database regions): 3 voters, all in the primary region; other regions
 *   hold non-voting replicas. Losing the primary loses quorum until it returns.
 * - REGION survival: 5 voters, 2 in the primary region, 2 in the secondary region when one is
 *   set, and the rest spread by CockroachDB over the other regions ("2+2+1" over 3 regions).
 *   No region holds more than 2, so losing any one keeps at least 3 of 5. Where CockroachDB
 *   chooses the placement, the worst case is reported.
 */
export function cockroachOutcome(replication: Replication, primaryRegion: string, secondaryRegion: string | null, failed: string): CockroachOutcome {
  const { databaseRegions, effectiveGoal, voters } = replication;
  const refusal = replication.isRegionGoalRefused
    ? `The plan asks for REGION survival, but CockroachDB refuses it with ${databaseRegions.length} database region${databaseRegions.length === 1 ? "" : "s"} ("at least 3 regions are required for surviving a region failure", CockroachDB docs: ALTER DATABASE), so the databases keep the default ZONE survival. `
    : "";

  if (!databaseRegions.includes(failed))
    return {
      isQuorumKept: true,
      votersLost: 0,
      votersTotal: voters,
      explanation: `${refusal}${failed} runs no CockroachDB nodes, so every voter of the Teleport databases survives and the backend keeps working.`,
    };

  if (effectiveGoal === "zone") {
    if (failed === primaryRegion)
      return {
        isQuorumKept: false,
        votersLost: voters,
        votersTotal: voters,
        explanation:
          `${refusal}With ZONE survival all ${voters} voters of teleport_backend and teleport_audit live in the primary region ${failed} (${SURVIVAL_SOURCE}). ` +
          "Losing it loses quorum: the Teleport databases accept no reads or writes until the region returns, so every Teleport region stops serving, whatever its own health. " +
          "The non-voting replicas in other regions keep copies of the data but cannot elect a leader.",
      };
    return {
      isQuorumKept: true,
      votersLost: 0,
      votersTotal: voters,
      explanation:
        `${refusal}With ZONE survival all ${voters} voters live in the primary region ${primaryRegion}; ${failed} holds only a non-voting replica (${SURVIVAL_SOURCE}). ` +
        "Quorum is kept and writes continue; follower reads served from that region stop until it returns.",
    };
  }

  const others = databaseRegions.length - 1;
  const hasSecondary = secondaryRegion !== null && replication.hasSecondaryRegion;
  let votersLost: number;
  let placement: string;
  // True where CockroachDB picks the placement and the count is the worst case.
  let isWorstCase = false;
  if (failed === primaryRegion) {
    votersLost = 2;
    placement = hasSecondary
      ? `the primary region holds 2 of them and its leases move to the secondary region ${secondaryRegion}`
      : "the primary region holds 2 of them and its leases move to another region chosen by CockroachDB, where latency may suffer for minutes (cockroachdb/cockroach#106100)";
  } else if (hasSecondary && failed === secondaryRegion) {
    votersLost = 2;
    placement = "the secondary region holds 2 of them";
  } else if (hasSecondary) {
    votersLost = 1;
    isWorstCase = others > 2;
    placement = others === 2 ? "this region holds the fifth (2+2+1)" : "this region holds at most the one left after the primary and secondary regions take 2 each";
  } else {
    // Three voters float over the non-primary regions; CockroachDB spreads them for diversity.
    votersLost = Math.min(2, Math.ceil(3 / Math.max(1, others)));
    isWorstCase = true;
    placement = `the 3 outside the primary region are placed by CockroachDB, so this region holds at most ${votersLost}`;
  }
  const kept = voters - votersLost;
  return {
    isQuorumKept: kept > voters / 2,
    votersLost,
    votersTotal: voters,
    explanation:
      `With REGION survival the Teleport databases have ${voters} voters (${SURVIVAL_SOURCE}): ${placement}. ` +
      `Losing ${failed} leaves ${isWorstCase ? "at least " : ""}${kept} of ${voters}, a majority, so the backend keeps accepting reads and writes.`,
  };
}
