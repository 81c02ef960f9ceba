import type { Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { MIN_COCKROACH_REGIONS } from "./cockroach-region-count";
import { finding } from "./finding";
import { asRegionId, cockroachRegions } from "./plan-regions";

const ID = "cockroach-zone-survival";
const SOURCE = BLUEPRINT("Teleport backend configuration");

/**
 * ZONE survival with multi-region SQL keeps every voting replica in the primary region
 * (CockroachDB docs: Multi-region survival goals; ALTER DATABASE zone-config examples), so losing
 * that region stops the Teleport backend. The blueprint's Enterprise tab configures
 * `SURVIVE REGION FAILURE`. With a core licence the blueprint declares regions as zones instead;
 * that path is reported by the licence rule, not here. Fewer than three regions is reported by
 * cockroach-region-count.
 */
export const cockroachZoneSurvivalRule: Rule = {
  id: ID,
  title: "CockroachDB does not survive a region failure",
  source: SOURCE,
  check: ({ plan }) => {
    const { survivalGoal, licence, primaryRegion } = plan.cockroachdb;
    if (survivalGoal !== "zone" || licence === "core") return [];
    if (cockroachRegions(plan).length < MIN_COCKROACH_REGIONS) return [];
    return [
      finding(ID, {
        severity: "critical",
        title: "CockroachDB survives a zone failure, not a region failure",
        explanation:
          `With the ZONE survival goal, CockroachDB keeps all voting replicas of the Teleport databases in the primary region (${primaryRegion}). ` +
          "If that region fails, the databases lose quorum and every Teleport region stops, which is what a multi-region deployment is meant to prevent. " +
          "The blueprint configures regional fault tolerance (SURVIVE REGION FAILURE) with CockroachDB Enterprise.",
        fix: "Set the survival goal to region.",
        fields: ["cockroachdb.survivalGoal"],
        regions: [asRegionId(primaryRegion)],
        source: SOURCE,
      }),
    ];
  },
};
