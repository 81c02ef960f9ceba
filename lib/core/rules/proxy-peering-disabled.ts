import type { Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { finding } from "./finding";
import { teleportRegions } from "./plan-regions";

const ID = "proxy-peering-disabled";
const SOURCE = BLUEPRINT("Architecture overview");

/**
 * The blueprint: "Teleport stores its state in a multi-region backend and uses Proxy Peering to
 * connect users to resources hosted in a different region." Without it (the default agent mesh)
 * every agent must tunnel to every proxy in every region.
 */
export const proxyPeeringDisabledRule: Rule = {
  id: ID,
  title: "Proxy peering is off",
  source: SOURCE,
  check: ({ plan }) => {
    const regions = teleportRegions(plan);
    if (plan.teleport.proxyPeering.enabled || regions.length < 2) return [];
    return [
      finding(ID, {
        severity: "warning",
        title: "Proxy peering is off in a multi-region plan",
        explanation:
          `Teleport runs in ${regions.length} regions without proxy peering. The blueprint relies on proxy peering to connect users to resources in another region. ` +
          "Without it, Teleport falls back to the agent mesh, in which every agent keeps a tunnel to every proxy of every region, so each agent needs a path to every region's proxies behind one address.",
        fix: "Turn on proxy peering with an agent connection count of 2.",
        fields: ["teleport.proxyPeering.enabled"],
        regions: regions.map((r) => r.id),
        source: SOURCE,
      }),
    ];
  },
};
