import type { Plan } from "@/lib/schemas/plan";
import type { FailureScenario, RegionId, Rtt, Sizing, WriteLatency } from "../analysis/types";
import { estimateWriteLatency, rttBetween } from "../latency";
import { replicationOf } from "../sizing";
import { coreCockroachOutcome } from "./cockroach-core-quorum";
import { cockroachOutcome } from "./cockroach-quorum";
import { postFailure } from "./post-failure";
import { teleportOutcome } from "./teleport-failover";

/**
 * What happens when each region of the plan fails, one at a time, in plan order: whether the
 * Teleport databases keep CockroachDB quorum (CockroachDB docs: Multi-region survival goals)
 * and whether the surviving Teleport regions, nearest first, can carry every user (Multi-region
 * Blueprint: "Regions must be provisioned with enough capacity to handle all traffic in the
 * event of a complete region failure"). `after` holds every figure once the region is gone
 * (./post-failure.ts), compared with `before`, the plan's write latency; `rtt` defaults to the
 * latency module's `rttBetween` and `before` to the write latency it gives.
 */
export function failureScenarios(plan: Plan, sizing: Sizing, rtt: (a: RegionId, b: RegionId) => Rtt = rttBetween, before: WriteLatency = writeLatencyOf(plan)): FailureScenario[] {
  const replication = replicationOf(plan);
  const { primaryRegion, secondaryRegion } = plan.cockroachdb;
  return plan.regions.map((region) => {
    const cockroach =
      plan.cockroachdb.licence === "core"
        ? coreCockroachOutcome(replication.databaseRegions, region.id)
        : cockroachOutcome(replication, primaryRegion, secondaryRegion, region.id);
    const teleport = teleportOutcome(plan, sizing, region.id, rtt, cockroach.isQuorumKept);
    const scenario = { region: region.id as RegionId, cockroach, teleport };
    return { ...scenario, after: postFailure(plan, replication, scenario, before, rtt) };
  });
}

function writeLatencyOf(plan: Plan): WriteLatency {
  const { survivalGoal, primaryRegion, secondaryRegion } = plan.cockroachdb;
  return estimateWriteLatency({
    survivalGoal,
    primaryRegion: primaryRegion as RegionId,
    secondaryRegion: secondaryRegion as RegionId | null,
    databaseRegions: plan.regions.filter((r) => r.runsCockroach).map((r) => r.id as RegionId),
    gatewayRegions: plan.regions.filter((r) => r.runsTeleport).map((r) => r.id as RegionId),
  });
}
