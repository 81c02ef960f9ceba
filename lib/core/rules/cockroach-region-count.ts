import type { Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { finding, listText } from "./finding";
import { cockroachRegions, indexedRegions } from "./plan-regions";

const ID = "cockroach-region-count";
/** Blueprint, Architecture overview: "Teleport only needs 2, but CockroachDB needs 3 for its quorum mechanism". */
export const MIN_COCKROACH_REGIONS = 3;
const SOURCE = BLUEPRINT("Architecture overview");

/**
 * Fewer than three CockroachDB regions cannot survive the loss of one: a majority of the
 * replicas would sit in the region that failed. CockroachDB also refuses `SURVIVE REGION
 * FAILURE` with fewer than three database regions ("at least 3 regions are required for
 * surviving a region failure", CockroachDB docs: ALTER DATABASE, Configure survival goals).
 */
export const cockroachRegionCountRule: Rule = {
  id: ID,
  title: "CockroachDB needs three regions",
  source: SOURCE,
  check: ({ plan }) => {
    const dbRegions = cockroachRegions(plan);
    if (dbRegions.length >= MIN_COCKROACH_REGIONS) return [];
    const candidates = indexedRegions(plan).filter((r) => !r.region.runsCockroach);
    const survival =
      plan.cockroachdb.survivalGoal === "region"
        ? ' CockroachDB also refuses the planned SURVIVE REGION FAILURE goal: "at least 3 regions are required for surviving a region failure".'
        : "";
    return [
      finding(ID, {
        severity: "critical",
        title: `CockroachDB runs in only ${dbRegions.length} region${dbRegions.length === 1 ? "" : "s"}`,
        explanation:
          `CockroachDB runs in ${listText(dbRegions.map((r) => r.id))}. It keeps working only while a majority of each range's replicas is reachable, ` +
          `so with fewer than ${MIN_COCKROACH_REGIONS} regions the loss of one region can take the Teleport backend down, and every Teleport region with it. ` +
          `The blueprint requires 3 regions: Teleport only needs 2, but CockroachDB needs 3 for its quorum mechanism.${survival}`,
        fix:
          candidates.length > 0
            ? `Run CockroachDB in ${listText(candidates.map((r) => r.id))} as well, or add another region that runs CockroachDB, so that at least ${MIN_COCKROACH_REGIONS} regions hold replicas.`
            : `Add a region that runs CockroachDB, so that at least ${MIN_COCKROACH_REGIONS} regions hold replicas.`,
        fields: [
          ...(candidates.length > 0 ? candidates.map((r) => `regions.${r.index}.runsCockroach`) : ["regions"]),
          ...(survival ? ["cockroachdb.survivalGoal"] : []),
        ],
        regions: dbRegions.map((r) => r.id),
        source: SOURCE,
      }),
    ];
  },
};
