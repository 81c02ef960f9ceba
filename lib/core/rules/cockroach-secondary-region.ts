import type { Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { finding } from "./finding";
import { asRegionId } from "./plan-regions";

const ID = "cockroach-secondary-region";
const SOURCE = BLUEPRINT("Teleport backend configuration");

/**
 * REGION survival without a secondary region. The blueprint runs `SET SECONDARY REGION` on both
 * Teleport databases; without it CockroachDB moves the leases to any surviving region when the
 * primary fails, possibly one far from most Teleport regions (CockroachDB docs: Multi-region
 * overview, Secondary regions).
 */
export const cockroachSecondaryRegionRule: Rule = {
  id: ID,
  title: "No CockroachDB secondary region",
  source: SOURCE,
  check: ({ plan }) => {
    const { survivalGoal, secondaryRegion, primaryRegion } = plan.cockroachdb;
    if (survivalGoal !== "region" || secondaryRegion !== null) return [];
    return [
      finding(ID, {
        severity: "warning",
        title: "No CockroachDB secondary region",
        explanation:
          "The blueprint sets a secondary region on both Teleport databases (ALTER DATABASE … SET SECONDARY REGION). " +
          "CockroachDB then keeps two voting replicas there and moves the leases to it if the primary region fails. " +
          "Without one, the leases go to whichever region CockroachDB picks, which may be far from most Teleport regions, and Teleport slows down exactly when a region is already lost.",
        fix: "Choose a secondary region among the CockroachDB regions, close to the primary region.",
        fields: ["cockroachdb.secondaryRegion"],
        regions: [asRegionId(primaryRegion)],
        source: SOURCE,
      }),
    ];
  },
};
