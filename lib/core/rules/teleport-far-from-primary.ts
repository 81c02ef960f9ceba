import type { Rule } from "../analysis/types";
import { rttKindText } from "./cockroach-primary-secondary-distance";
import { finding, ms } from "./finding";
import { GITHUB } from "./github-source";
import { asRegionId, teleportRegions } from "./plan-regions";

const ID = "teleport-far-from-primary";
const SOURCE = GITHUB("gravitational/teleport", "issue", 49365, "CockroachDB Storage Backend Issues with Auth Server Restart");

/**
 * Round trip to the primary region above which a Teleport region is "far". In Teleport issue
 * #49365 Auth restarts timed out in the secondary and tertiary regions of a three-region
 * CockroachDB deployment, never in the primary: Auth needs an answer from CockroachDB within 5 s
 * while it starts, and the leaseholders live in the primary region. At 100 ms per round trip
 * only 50 sequential queries fit in those 5 s, and 100 ms is also where a pair of regions is
 * typically on different continents.
 */
export const TELEPORT_FAR_FROM_PRIMARY_MS = 100;
const STARTUP_DEADLINE_S = 5;

export const teleportFarFromPrimaryRule: Rule = {
  id: ID,
  title: "Teleport region far from the CockroachDB primary",
  source: SOURCE,
  check: ({ plan, rtt }) => {
    const primary = asRegionId(plan.cockroachdb.primaryRegion);
    return teleportRegions(plan)
      .filter((r) => r.id !== primary)
      .flatMap(({ id, index }) => {
        const pair = rtt(id, primary);
        if (pair.rttMs <= TELEPORT_FAR_FROM_PRIMARY_MS) return [];
        return [
          finding(ID, {
            subject: id,
            severity: "warning",
            title: `Teleport in ${id} is ${ms(pair.rttMs)} from the CockroachDB primary`,
            explanation:
              `Teleport runs in ${id}, about ${ms(pair.rttMs)} round trip from the CockroachDB primary region ${primary} (${rttKindText(pair)}). ` +
              `The Auth Service reads and writes through leaseholders in the primary region and must get answers within ${STARTUP_DEADLINE_S} s while it starts. ` +
              "Teleport issue #49365 reports Auth restarts timing out in the non-primary regions of a three-region CockroachDB deployment. " +
              `Threshold: ${TELEPORT_FAR_FROM_PRIMARY_MS} ms.`,
            fix: "Place the CockroachDB primary and secondary regions near the regions that run Teleport, or run Teleport only in regions close to the primary.",
            fields: [`regions.${index}.runsTeleport`, "cockroachdb.primaryRegion"],
            regions: [id, primary],
            source: SOURCE,
          }),
        ];
      });
  },
};
