import type { Rule } from "../analysis/types";
import { finding } from "./finding";
import { GITHUB } from "./github-source";
import { teleportRegions } from "./plan-regions";
import { PROXY_PEERING_GUIDE } from "./proxy-peering-sources";

const ID = "trusted-clusters-proxy-peering";
const SOURCE = GITHUB("gravitational/teleport", "pull request", 55632, "State that Proxy Peering and Trusted Clusters are not compatible");

/**
 * Teleport PR #55632 states that proxy peering and trusted clusters are not compatible; the proxy
 * peering guide's migration prerequisites ask for a cluster "not using Trusted Clusters".
 */
export const trustedClustersProxyPeeringRule: Rule = {
  id: ID,
  title: "Trusted clusters with proxy peering",
  source: SOURCE,
  check: ({ plan }) => {
    if (!plan.teleport.trustedClusters || !plan.teleport.proxyPeering.enabled) return [];
    return [
      finding(ID, {
        severity: "critical",
        title: "Trusted clusters do not work with proxy peering",
        explanation:
          "The plan uses trusted clusters and proxy peering together. Teleport documents them as not compatible (pull request #55632), " +
          `and the proxy peering guide (${PROXY_PEERING_GUIDE.title}) lists "not using Trusted Clusters" as a prerequisite.`,
        fix: "Replace the trusted clusters (for example by enrolling those resources directly in this cluster), or do not plan on trusted clusters for this deployment.",
        fields: ["teleport.trustedClusters", "teleport.proxyPeering.enabled"],
        regions: teleportRegions(plan).map((r) => r.id),
        source: SOURCE,
      }),
    ];
  },
};
