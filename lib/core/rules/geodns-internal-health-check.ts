import type { Rule, Source } from "../analysis/types";
import { finding } from "./finding";
import { teleportRegions } from "./plan-regions";

const ID = "geodns-internal-health-check";
/** "Route 53 health checkers are outside the VPC. To check the health of an endpoint within a VPC by IP address, you must assign a public IP address". */
const SOURCE: Source = {
  title: "Amazon Route 53 Developer Guide: Configuring failover in a private hosted zone",
  url: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-private-hosted-zones.html",
};

/**
 * The blueprint's GeoDNS health checks (`/v1/webapi/ping`) drop a failed region from DNS. Route
 * 53's health checkers run outside the VPC, so a proxy behind an internal load balancer can
 * never answer them: every check fails, and the failover the checks exist for does not happen.
 */
export const geoDnsInternalHealthCheckRule: Rule = {
  id: ID,
  title: "Route 53 health checks cannot reach an internal load balancer",
  source: SOURCE,
  check: ({ plan }) => {
    const { provider, healthCheck } = plan.geoDns;
    if (provider !== "route53" || !healthCheck.enabled || plan.teleport.proxyLoadBalancer !== "internal") return [];
    return [
      finding(ID, {
        severity: "warning",
        title: "Route 53 health checks target internal proxy load balancers",
        explanation:
          `The plan's proxies sit behind internal load balancers and Route 53 health-checks them on ${healthCheck.path}. ` +
          "Route 53 health checkers are outside the VPC and cannot reach an internal endpoint, so every check fails and a failed region is not taken out of DNS as the blueprint intends.",
        fix: "Health-check an internet-facing endpoint of each region, or use Route 53 health checks that run inside the VPC (private endpoint health checks) or are based on a CloudWatch alarm.",
        fields: ["teleport.proxyLoadBalancer", "geoDns.healthCheck.enabled"],
        regions: teleportRegions(plan).map((r) => r.id),
        source: SOURCE,
      }),
    ];
  },
};
