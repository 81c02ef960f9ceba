import type { Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { finding } from "./finding";
import { teleportRegions } from "./plan-regions";

const ID = "geodns-ttl";
const SOURCE = BLUEPRINT("GeoDNS Setup");

/**
 * The blueprint asks for "short TTLs to ensure you can steer traffic off a region". Thresholds:
 * - above 60 s: info. Amazon Route 53 recommends a TTL of 60 seconds or less for records with a
 *   health check "so clients respond quickly to changes in health status" (Route 53 Developer
 *   Guide, values for latency/weighted records).
 * - above 300 s: warning. Resolvers then keep sending users to a failed region for more than five
 *   minutes after it is removed, longer than Route 53's own "shorter value" for records in flux.
 */
export const TTL_INFO_SECONDS = 60;
export const TTL_WARNING_SECONDS = 300;

export const geoDnsTtlRule: Rule = {
  id: ID,
  title: "GeoDNS TTL too long",
  source: SOURCE,
  check: ({ plan }) => {
    const ttl = plan.geoDns.ttlSeconds;
    if (ttl <= TTL_INFO_SECONDS) return [];
    const isWarning = ttl > TTL_WARNING_SECONDS;
    return [
      finding(ID, {
        severity: isWarning ? "warning" : "info",
        title: `GeoDNS TTL is ${ttl} s`,
        explanation:
          `Resolvers cache the GeoDNS answer for up to ${ttl} seconds, so after a region fails or is taken out, users and agents keep going to it for that long. ` +
          `The blueprint asks for short TTLs so traffic can be steered off a region; Route 53 recommends ${TTL_INFO_SECONDS} seconds or less for health-checked records. ` +
          `Thresholds: info above ${TTL_INFO_SECONDS} s, warning above ${TTL_WARNING_SECONDS} s.`,
        fix: `Set the TTL to ${TTL_INFO_SECONDS} seconds or less.`,
        fields: ["geoDns.ttlSeconds"],
        regions: teleportRegions(plan).map((r) => r.id),
        source: SOURCE,
      }),
    ];
  },
};
