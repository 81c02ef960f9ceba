import type { Plan } from "@/lib/schemas/plan";
import type { RegionId, Rtt, RuleContext } from "../analysis/types";
import { failureScenarios } from "../failure";
import { estimateWriteLatency, latencyMatrix, rttBetween } from "../latency";
import { sizePlan } from "../sizing";
import { asRegionId, cockroachRegions, indexedRegions, teleportRegions } from "./plan-regions";

/** The context plus the latency matrix it was built from, which the analysis also returns. */
export type PlanContext = RuleContext & { latency: Rtt[] };

/**
 * Computes everything the rules look at, once per analysis: sizing, the latency matrix among
 * the plan's regions, write latency (gateways = Teleport regions, database regions = CockroachDB
 * regions) and the failure scenarios. `rtt` answers from the matrix and caches any other pair,
 * so rules can ask freely without recomputing distances.
 */
export function createRuleContext(plan: Plan): PlanContext {
  const ids = indexedRegions(plan).map((r) => r.id);
  const latency = latencyMatrix(ids);
  const cache = new Map<string, Rtt>();
  for (const pair of latency) cache.set(`${pair.from}>${pair.to}`, pair);
  const rtt = (a: RegionId, b: RegionId): Rtt => {
    const key = `${a}>${b}`;
    let hit = cache.get(key);
    if (!hit) {
      hit = rttBetween(a, b);
      cache.set(key, hit);
    }
    return hit;
  };
  const sizing = sizePlan(plan);
  const { survivalGoal, primaryRegion, secondaryRegion } = plan.cockroachdb;
  const writeLatency = estimateWriteLatency({
    survivalGoal,
    primaryRegion: asRegionId(primaryRegion),
    secondaryRegion: secondaryRegion === null ? null : asRegionId(secondaryRegion),
    databaseRegions: cockroachRegions(plan).map((r) => r.id),
    gatewayRegions: teleportRegions(plan).map((r) => r.id),
  });
  const failures = failureScenarios(plan, sizing, rtt, writeLatency);
  return { plan, sizing, failures, writeLatency, rtt, latency };
}
