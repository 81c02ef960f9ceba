import type { Plan } from "@/lib/schemas/plan";
import type { FailureScenario, RegionId, Rtt, Sizing } from "../analysis/types";
import { rttBetween } from "../latency";
import { replicationOf } from "../sizing";
import { coreCockroachOutcome } from "./cockroach-core-quorum";
import { cockroachOutcome } from "./cockroach-quorum";
import { teleportOutcome } from "./teleport-failover";

/**
 * What happens when each region of the plan fails, one at a time, in plan order: whether the
 * Teleport databases keep CockroachDB quorum (CockroachDB docs: Multi-region survival goals)
 * and whether the surviving Teleport regions, nearest first, can carry every user (Multi-region
 * Blueprint: "Regions must be provisioned with enough capacity to handle all traffic in the
 * event of a complete region failure"). `rtt` defaults to the latency module's `rttBetween`.
 */
export function failureScenarios(plan: Plan, sizing: Sizing, rtt: (a: RegionId, b: RegionId) => Rtt = rttBetween): FailureScenario[] {
  const replication = replicationOf(plan);
  const { primaryRegion, secondaryRegion } = plan.cockroachdb;
  return plan.regions.map((region) => {
    const cockroach =
      plan.cockroachdb.licence === "core"
        ? coreCockroachOutcome(replication.databaseRegions, region.id)
        : cockroachOutcome(replication, primaryRegion, secondaryRegion, region.id);
    const teleport = teleportOutcome(plan, sizing, region.id, rtt, cockroach.isQuorumKept);
    return { region: region.id as RegionId, cockroach, teleport };
  });
}
