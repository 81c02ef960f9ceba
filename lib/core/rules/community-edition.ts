import type { Rule } from "../analysis/types";
import { TELEPORT_DOC } from "../sources";
import { finding } from "./finding";
import { teleportRegions } from "./plan-regions";
import { PROXY_PEERING_PREREQUISITES } from "./proxy-peering-sources";

const ID = "community-edition";
const BACKEND_SOURCE = TELEPORT_DOC("Storage backends", "https://goteleport.com/docs/reference/deployment/backends/", "CockroachDB");
const PEERING_SOURCE = PROXY_PEERING_PREREQUISITES;

/**
 * Teleport Community Edition with this architecture. Teleport's backend docs: "Use of the
 * CockroachDB storage backend requires Teleport Enterprise"; the blueprint: the only multi-region
 * backend is CockroachDB "available in self-hosted Teleport Enterprise". Proxy peering's
 * migration prerequisites ask for a self-hosted Enterprise cluster.
 */
export const communityEditionRule: Rule = {
  id: ID,
  title: "Community Edition cannot run this architecture",
  source: BACKEND_SOURCE,
  check: ({ plan }) => {
    if (plan.teleport.edition !== "community") return [];
    const regions = teleportRegions(plan).map((r) => r.id);
    const findings = [
      finding(ID, {
        subject: "cockroachdb-backend",
        severity: "critical",
        title: "The CockroachDB backend requires Teleport Enterprise",
        explanation:
          "The plan uses Teleport Community Edition, but Teleport's docs state that the CockroachDB storage backend requires Teleport Enterprise, " +
          "and the blueprint names CockroachDB, available in self-hosted Teleport Enterprise, as the only supported multi-region backend.",
        fix: "Switch the plan to Teleport Enterprise.",
        fields: ["teleport.edition"],
        regions,
        source: BACKEND_SOURCE,
      }),
    ];
    if (plan.teleport.proxyPeering.enabled)
      findings.push(
        finding(ID, {
          subject: "proxy-peering",
          severity: "critical",
          title: "Proxy peering requires self-hosted Teleport Enterprise",
          explanation:
            "The plan turns on proxy peering with Teleport Community Edition. Teleport's proxy peering guide lists a self-hosted Teleport Enterprise cluster as a prerequisite.",
          fix: "Switch the plan to Teleport Enterprise.",
          fields: ["teleport.edition", "teleport.proxyPeering.enabled"],
          regions,
          source: PEERING_SOURCE,
        }),
      );
    return findings;
  },
};
