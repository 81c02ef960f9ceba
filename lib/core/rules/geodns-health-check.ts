import type { Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { finding } from "./finding";
import { teleportRegions } from "./plan-regions";

const ID = "geodns-health-check";
const SOURCE = BLUEPRINT("GeoDNS Setup");
/** Blueprint, GeoDNS Setup: "configure healthchecks on /v1/webapi/ping". */
export const HEALTH_CHECK_PATH = "/v1/webapi/ping";

export const geoDnsHealthCheckRule: Rule = {
  id: ID,
  title: "GeoDNS health check",
  source: SOURCE,
  check: ({ plan }) => {
    const { enabled, path } = plan.geoDns.healthCheck;
    if (enabled && path === HEALTH_CHECK_PATH) return [];
    const regions = teleportRegions(plan).map((r) => r.id);
    return [
      finding(ID, {
        severity: "warning",
        title: enabled ? `GeoDNS health check uses ${path || "an empty path"} instead of ${HEALTH_CHECK_PATH}` : "GeoDNS has no health check",
        explanation:
          (enabled
            ? `The health check probes "${path}". The blueprint asks for ${HEALTH_CHECK_PATH}, an endpoint of the Teleport Proxy Service itself; another path may not tell whether Teleport is serving, so a broken region can stay in DNS or a healthy one drop out. `
            : "Without a health check, GeoDNS keeps sending users and agents to a region whose Teleport is down until someone edits the records by hand. ") +
          `The blueprint: configure health checks on ${HEALTH_CHECK_PATH} so a broken or faulty Teleport region is automatically removed from the DNS records.`,
        fix: `Enable the GeoDNS health check on ${HEALTH_CHECK_PATH}.`,
        fields: enabled ? ["geoDns.healthCheck.path"] : ["geoDns.healthCheck.enabled"],
        regions,
        source: SOURCE,
      }),
    ];
  },
};
