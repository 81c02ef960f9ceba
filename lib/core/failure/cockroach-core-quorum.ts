import type { FailureScenario } from "../analysis/types";
import { coreReplicasInOneRegion, coreZoneConfig } from "../sizing/core-zone-config";

const SOURCE = "CockroachDB docs: Configure Replication Zones; Teleport Multi-region Blueprint, CockroachDB core tab";

/**
 * CockroachDB core: every replica is a voter, one pinned to each database region by the zone
 * configuration in 02-multi-region.sql (lib/core/sizing/core-zone-config.ts). Quorum survives a
 * region when the replicas left are a majority. Where CockroachDB places a floating replica, the
 * worst case is reported.
 */
export function coreCockroachOutcome(databaseRegions: readonly string[], failed: string): FailureScenario["cockroach"] {
  const { numReplicas } = coreZoneConfig(databaseRegions.length);
  if (!databaseRegions.includes(failed))
    return {
      isQuorumKept: true,
      votersLost: 0,
      votersTotal: numReplicas,
      explanation: `${failed} runs no CockroachDB nodes, so every replica of the Teleport databases survives and the backend keeps working.`,
    };
  const lost = coreReplicasInOneRegion(databaseRegions.length);
  const kept = numReplicas - lost;
  const isQuorumKept = kept > numReplicas / 2;
  const placement =
    databaseRegions.length >= 2
      ? `the zone configuration pins one of the ${numReplicas} replicas to each of the ${databaseRegions.length} database regions${numReplicas > databaseRegions.length ? " and CockroachDB places the rest, so this region holds at most " + lost : ""}`
      : `all ${numReplicas} replicas are in this one region`;
  return {
    isQuorumKept,
    votersLost: lost,
    votersTotal: numReplicas,
    explanation:
      `CockroachDB core has no survival goals; ${placement} (${SOURCE}). ` +
      (isQuorumKept
        ? `Losing ${failed} leaves ${kept} of ${numReplicas}, a majority: the databases keep accepting reads and writes; leases move out of ${failed} if it held them.`
        : `Losing ${failed} leaves ${kept} of ${numReplicas}, no majority: the Teleport databases accept no reads or writes until the region returns, so every Teleport region stops serving.`),
  };
}
