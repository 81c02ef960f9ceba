import type { Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { finding } from "./finding";
import { teleportRegions } from "./plan-regions";

const ID = "proxy-peering-port";
const SOURCE = BLUEPRINT("Teleport Dependencies");
/** Teleport networking reference: proxies dial each other on 3021 in proxy peering mode. */
export const PROXY_PEERING_PORT = 3021;

/** Blueprint: "Proxy pods must be able to dial each other on port 3021". */
export const proxyPeeringPortRule: Rule = {
  id: ID,
  title: "Proxies cannot reach each other on 3021",
  source: SOURCE,
  check: ({ plan }) => {
    const regions = teleportRegions(plan);
    if (!plan.teleport.proxyPeering.enabled || plan.connectivity.proxyPeeringPortOpen || regions.length < 2) return [];
    return [
      finding(ID, {
        severity: "critical",
        title: `Port ${PROXY_PEERING_PORT} is closed between regions`,
        explanation:
          `Proxy peering is on, but the network does not let proxy pods dial each other on port ${PROXY_PEERING_PORT}. ` +
          "A user connected to one region's proxy then cannot reach any resource whose agent is connected to a proxy in another region. " +
          `The blueprint requires proxy pods to be able to dial each other on port ${PROXY_PEERING_PORT}.`,
        fix: `Open TCP ${PROXY_PEERING_PORT} between the pod ranges of every Teleport region (security groups, firewall rules, network policies).`,
        fields: ["connectivity.proxyPeeringPortOpen"],
        regions: regions.map((r) => r.id),
        source: SOURCE,
      }),
    ];
  },
};
