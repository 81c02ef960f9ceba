import type { Rtt, Rule } from "../analysis/types";
import { getRegion } from "../catalog";
import { BLUEPRINT } from "../sources";
import { finding, ms } from "./finding";
import { asRegionId } from "./plan-regions";

const ID = "cockroach-primary-secondary-distance";
const SOURCE = BLUEPRINT("Impact of the CockroachDB regions");

/**
 * When the primary and secondary regions count as far apart.
 * - Warning above 40 ms: neighbouring regions on one continent sit well below it (us-east-1 to
 *   us-east-2, eu-west-1 to eu-central-1, roughly 10 to 25 ms); above it the pair spans much of a
 *   continent. Under REGION survival each write pays "at least as much as the round-trip time to
 *   the nearest region" (CockroachDB docs: Multi-region survival goals), and after a failover the
 *   secondary holds the leases, so this distance lands on Teleport's writes.
 * - Critical above 100 ms, or whenever the regions are on different continents: the blueprint's
 *   own example of a layout that "will make CockroachDB write operations slower". 100 ms is where
 *   a pair is typically intercontinental (US East to Western Europe is about 70 to 80 ms; to South
 *   America or Asia well above 100 ms).
 */
export const PRIMARY_SECONDARY_WARNING_MS = 40;
export const PRIMARY_SECONDARY_CRITICAL_MS = 100;

export function rttKindText(rtt: Rtt): string {
  return rtt.kind === "measured"
    ? `measured${rtt.source ? `: ${rtt.source}` : ""}`
    : "estimated from the distance between the regions, not measured";
}

/** Primary and secondary regions far apart slow every write and every failover (blueprint). */
export const cockroachPrimarySecondaryDistanceRule: Rule = {
  id: ID,
  title: "Primary and secondary regions far apart",
  source: SOURCE,
  check: ({ plan, rtt, writeLatency }) => {
    const { primaryRegion, secondaryRegion } = plan.cockroachdb;
    if (secondaryRegion === null) return [];
    const primary = asRegionId(primaryRegion);
    const secondary = asRegionId(secondaryRegion);
    const pair = rtt(primary, secondary);
    const primaryContinent = getRegion(primary)?.continent;
    const secondaryContinent = getRegion(secondary)?.continent;
    const isOtherContinent = primaryContinent !== undefined && secondaryContinent !== undefined && primaryContinent !== secondaryContinent;
    if (pair.rttMs <= PRIMARY_SECONDARY_WARNING_MS && !isOtherContinent) return [];
    const isCritical = pair.rttMs > PRIMARY_SECONDARY_CRITICAL_MS || isOtherContinent;
    const continents = isOtherContinent ? ` They are on different continents (${primaryContinent} and ${secondaryContinent}).` : "";
    return [
      finding(ID, {
        severity: isCritical ? "critical" : "warning",
        title: `Primary and secondary CockroachDB regions are ${ms(pair.rttMs)} apart`,
        explanation:
          `The round trip between the primary region ${primary} and the secondary region ${secondary} is about ${ms(pair.rttMs)} (${rttKindText(pair)}).${continents} ` +
          "CockroachDB keeps the Teleport data's voting replicas and leases in these two regions, so writes wait for replicas outside the primary region: " +
          `in this plan each write waits about ${ms(writeLatency.commitMs)} to commit, and up to ${ms(writeLatency.worstMs)} seen from the farthest Teleport region. ` +
          "After a failover the secondary region holds the leases, and Teleport regions near the primary pay this distance on every read and write. " +
          "The blueprint warns that primary and secondary regions far from each other, for example on different continents, make CockroachDB writes slower. " +
          `Thresholds: warning above ${PRIMARY_SECONDARY_WARNING_MS} ms; critical above ${PRIMARY_SECONDARY_CRITICAL_MS} ms or across continents.`,
        fix: "Pick a secondary region close to the primary region (same continent, ideally a neighbouring region), or move the primary next to the secondary.",
        fields: ["cockroachdb.primaryRegion", "cockroachdb.secondaryRegion"],
        regions: [primary, secondary],
        source: SOURCE,
      }),
    ];
  },
};
