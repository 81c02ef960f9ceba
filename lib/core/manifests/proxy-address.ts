import { providerOf, tfName } from "@/lib/core/bundle/context";
import type { PlanRegion } from "@/lib/schemas/plan";

/**
 * What a region's Proxy LoadBalancer Service answers with, which decides the DNS record that can
 * point at it. The AWS Load Balancer Controller gives a Service an NLB with a DNS name
 * (`status.loadBalancer.ingress[].hostname`), which Route 53 reaches with an alias A record;
 * GKE and AKS give it an IP address (`ingress[].ip`), which needs a plain A record: a CNAME
 * cannot point at an IP (RFC 1034 §3.6.2), and a Route 53 health check on an IP takes
 * `ip_address`, not `fqdn` (Route 53 API, HealthCheckConfig: IPAddress / FullyQualifiedDomainName).
 * The plan may say otherwise per region (`loadBalancerAddress`), e.g. an AWS region that fronts
 * the proxy with Elastic IPs.
 */
export type LoadBalancerAddress = "hostname" | "ip";

export function loadBalancerAddress(region: PlanRegion): LoadBalancerAddress {
  return region.loadBalancerAddress ?? (providerOf(region.id) === "aws" ? "hostname" : "ip");
}

/** Terraform variable holding the region's proxy NLB DNS name (hostname regions). */
export const lbDnsNameVariable = (id: string): string => `proxy_lb_dns_name_${tfName(id)}`;
/** Terraform variable holding the region's proxy load balancer IP address (ip regions). */
export const lbIpVariable = (id: string): string => `proxy_ip_${tfName(id)}`;
