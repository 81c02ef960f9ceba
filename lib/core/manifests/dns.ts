import type { BundleContext } from "@/lib/core/bundle/context";
import { nearestAwsRegionCode, providerOf, tfName } from "@/lib/core/bundle/context";
import type { Block } from "@/lib/core/bundle/serialize/markdown";
import { code, heading, list, paragraph, table } from "@/lib/core/bundle/serialize/markdown";
import type { PlanRegion } from "@/lib/schemas/plan";
import { lbDnsNameVariable, lbIpVariable, loadBalancerAddress } from "./proxy-address";
import { AWS_PROVIDER_REQUIREMENT, ref, tfLiteral } from "./terraform";

/**
 * GeoDNS for the cluster's public address: one record per Teleport region, routed to the
 * nearest healthy region, with a short TTL and an HTTPS health check on the proxy's
 * `/v1/webapi/ping` so a broken region leaves DNS on its own (Multi-region Blueprint, "GeoDNS":
 * "Use short TTLs … configure healthchecks on /v1/webapi/ping"). Route 53 gets Terraform JSON
 * with latency routing; other providers get a checklist with the same settings.
 */
export const HEALTH_CHECK_PORT = 443;
/** Route 53 defaults (AWS docs: Values that you specify when you create a health check). */
const REQUEST_INTERVAL_SECONDS = 30;
const FAILURE_THRESHOLD = 3;

/**
 * The Route 53 record that fits a region's load balancer: an alias A record to an AWS NLB (no
 * TTL of its own, follows the NLB's addresses; Route 53 docs: Choosing between alias and
 * non-alias records), an A record to an IP address (GKE, AKS), or a CNAME to a DNS name that is
 * not an AWS load balancer.
 */
export type RecordKind = "alias" | "a" | "cname";

export function recordKind(region: PlanRegion): RecordKind {
  if (loadBalancerAddress(region) === "ip") return "a";
  return providerOf(region.id) === "aws" ? "alias" : "cname";
}

const variableFor = (region: PlanRegion) => (loadBalancerAddress(region) === "ip" ? lbIpVariable(region.id) : lbDnsNameVariable(region.id));

function addressVariableBlock(region: PlanRegion): [string, Record<string, unknown>] {
  if (loadBalancerAddress(region) === "ip")
    return [
      lbIpVariable(region.id),
      {
        type: "string",
        description: `IPv4 address of the Teleport proxy load balancer in ${region.id} (kubectl get service teleport-cluster: status.loadBalancer.ingress[0].ip).`,
        validation: [{ condition: `\${can(cidrhost(format("%s/32", var.${lbIpVariable(region.id)}), 0))}`, error_message: "Must be an IPv4 address." }],
      },
    ];
  return [
    lbDnsNameVariable(region.id),
    { type: "string", description: `DNS name of the Teleport proxy load balancer in ${region.id} (status.loadBalancer.ingress[0].hostname).` },
  ];
}

/** The answer part of one region's record for `name`. */
function recordFor(ctx: BundleContext, region: PlanRegion, name: string, hasHealthCheck: boolean): Record<string, unknown> {
  const id = tfName(region.id);
  const kind = recordKind(region);
  const target = ref(`var.${variableFor(region)}`);
  return {
    zone_id: ref("var.hosted_zone_id"),
    name: tfLiteral(name),
    type: kind === "cname" ? "CNAME" : "A",
    ...(kind === "alias"
      ? { alias: { name: target, zone_id: ref(`data.aws_lb_hosted_zone_id.nlb_${id}.id`), evaluate_target_health: true } }
      : { ttl: ctx.plan.geoDns.ttlSeconds, records: [target] }),
    set_identifier: region.id,
    latency_routing_policy: { region: nearestAwsRegionCode(region.id) },
    ...(hasHealthCheck ? { health_check_id: ref(`aws_route53_health_check.proxy_${id}.id`) } : {}),
  };
}

/**
 * A health check per region on the proxy's ping path. On an IP the check takes `ip_address`,
 * with `fqdn` set to the cluster's public name so the Host header and SNI are the ones Teleport
 * serves (Route 53 API, HealthCheckConfig: "If you specify IPAddress and FullyQualifiedDomainName,
 * Route 53 passes the value of FullyQualifiedDomainName in the Host header"; EnableSNI sends it
 * in the TLS client_hello). On a DNS name the check resolves `fqdn` itself.
 */
function healthCheckFor(ctx: BundleContext, region: PlanRegion): Record<string, unknown> {
  const { geoDns, teleport } = ctx.plan;
  const target = ref(`var.${variableFor(region)}`);
  return {
    ...(loadBalancerAddress(region) === "ip" ? { ip_address: target, fqdn: tfLiteral(teleport.clusterName) } : { fqdn: target }),
    type: "HTTPS",
    port: HEALTH_CHECK_PORT,
    resource_path: tfLiteral(geoDns.healthCheck.path),
    enable_sni: true,
    request_interval: REQUEST_INTERVAL_SECONDS,
    failure_threshold: FAILURE_THRESHOLD,
    tags: { Name: `teleport-proxy-${tfName(region.id)}` },
  };
}

export function dnsTerraform(ctx: BundleContext): Record<string, unknown> {
  const { geoDns, teleport } = ctx.plan;
  const regions = ctx.teleportRegions;
  const hasHealthCheck = geoDns.healthCheck.enabled;
  const aliasRegions = regions.filter((r) => recordKind(r) === "alias");
  const records = (suffix: string, name: string) => regions.map((r) => [`proxy${suffix}_${tfName(r.id)}`, recordFor(ctx, r, name, hasHealthCheck)]);
  return {
    "//": "Latency-routed GeoDNS for the Teleport proxies: per region one record for the cluster name and one for its application subdomains. Generated by the multi-region planner.",
    terraform: { required_providers: AWS_PROVIDER_REQUIREMENT },
    variable: {
      hosted_zone_id: { type: "string", description: "Route 53 hosted zone that holds the cluster's public address." },
      ...Object.fromEntries(regions.map(addressVariableBlock)),
    },
    // Route 53 is a global service; the provider region only selects the API endpoint.
    provider: { aws: { region: "us-east-1" } },
    // The canonical hosted zone of NLBs in the region, for alias records (provider docs:
    // data source aws_lb_hosted_zone_id).
    ...(aliasRegions.length > 0
      ? {
          data: {
            aws_lb_hosted_zone_id: Object.fromEntries(
              aliasRegions.map((r) => [`nlb_${tfName(r.id)}`, { region: nearestAwsRegionCode(r.id), load_balancer_type: "network" }]),
            ),
          },
        }
      : {}),
    resource: {
      ...(hasHealthCheck ? { aws_route53_health_check: Object.fromEntries(regions.map((r) => [`proxy_${tfName(r.id)}`, healthCheckFor(ctx, r)])) } : {}),
      aws_route53_record: Object.fromEntries([...records("", teleport.clusterName), ...records("_wildcard", `*.${teleport.clusterName}`)]),
    },
  };
}

const PROVIDER_TITLE = {
  route53: "Amazon Route 53",
  cloudflare: "Cloudflare (load balancer with geo or proximity steering)",
  "azure-traffic-manager": "Azure Traffic Manager (performance routing)",
  "gcp-cloud-dns": "Google Cloud DNS (geolocation routing policy)",
  ns1: "NS1 (filter chain with geotarget and up filters)",
  other: "your GeoDNS provider",
} as const;

export function dnsChecklist(ctx: BundleContext): Block[] {
  const { geoDns, teleport } = ctx.plan;
  const check = geoDns.healthCheck;
  return [
    heading(1, "GeoDNS checklist"),
    paragraph(`Provider: ${PROVIDER_TITLE[geoDns.provider]}. Public address: `, teleport.clusterName, "."),
    table(
      ["Teleport region", "Target", "Routing", "TTL (s)", "Health check"],
      ctx.teleportRegions.map((r) => [
        r.id,
        loadBalancerAddress(r) === "ip" ? `A record to the IP of the proxy load balancer in ${r.id}` : `alias or CNAME to the DNS name of the proxy load balancer in ${r.id}`,
        "nearest region (latency or geo)",
        String(geoDns.ttlSeconds),
        check.enabled ? `HTTPS ${HEALTH_CHECK_PORT}, path ${check.path}` : "none",
      ]),
    ),
    heading(2, "Steps"),
    list(
      [
        [
          "Create one record per Teleport region for the public address above and one for its subdomains (*.", teleport.clusterName,
          ", application access), each pointing at that region's proxy load balancer: an A record where the load balancer answers with an IP address (GKE, AKS; a CNAME cannot point at an IP), an alias or CNAME where it answers with a DNS name (AWS NLB).",
        ],
        ["Route each client to the nearest region (latency, geo or proximity steering)."],
        [`Set the TTL to ${geoDns.ttlSeconds} seconds: short TTLs let you steer traffic off a region (Multi-region Blueprint, GeoDNS).`],
        check.enabled
          ? ["Attach a health check per record: HTTPS on port ", String(HEALTH_CHECK_PORT), ", path ", check.path, ", on the load balancer's IP address or DNS name with the public address as Host and SNI, so an unhealthy region is removed from the answers."]
          : ["The plan has no health check: add one on ", code("/v1/webapi/ping"), " (HTTPS 443) so a failed region leaves DNS automatically."],
        ["Agents and users must reach every region through this one address; do not publish regional addresses for a subset of agents."],
      ],
      true,
    ),
  ];
}
