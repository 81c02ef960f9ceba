import { BUNDLE_PATHS } from "@/lib/core/bundle/paths";
import { recordKind } from "@/lib/core/manifests/dns";
import type { Plan } from "@/lib/schemas/plan";
import { TELEPORT_RELEASE, kubeContext, listText } from "../names";
import { kubectl, sh } from "../shell";
import { SRC } from "../sources";
import { draft, type RunbookContext } from "../step";
import type { StepDraft } from "../types";

const PROVIDER_NAME: Record<Plan["geoDns"]["provider"], string> = {
  route53: "Route 53",
  cloudflare: "Cloudflare",
  "azure-traffic-manager": "Azure Traffic Manager",
  "gcp-cloud-dns": "Google Cloud DNS",
  ns1: "NS1",
  other: "your DNS provider",
};

/**
 * Route users and agents to the nearest healthy region (Multi-region Blueprint, "GeoDNS
 * Setup"): short TTLs so traffic can be steered off a region, and health checks on
 * /v1/webapi/ping so a broken region leaves the answers by itself.
 */
export function geoDnsSteps({ plan }: RunbookContext): StepDraft[] {
  const regions = plan.regions.filter((r) => r.runsTeleport);
  const { clusterName } = plan.teleport;
  const dns = plan.geoDns;
  const provider = PROVIDER_NAME[dns.provider];
  // The bundle has one of the two: Terraform for Route 53, a checklist for the other providers.
  const files = [plan.geoDns.provider === "route53" ? BUNDLE_PATHS.dnsTerraform : BUNDLE_PATHS.dnsChecklist];
  const regionInputs = regions.map((r) => ({ id: r.id, context: kubeContext(r), ns: r.kubernetes.teleportNamespace }));

  const endpoints = draft({
    key: "geodns.endpoints",
    title: "Look up each region's proxy load balancer",
    what: `Each region's Proxy Service is exposed by the LoadBalancer Service ${TELEPORT_RELEASE}. Note its address in ${listText(regions.map((r) => r.id))}: the DNS records point at them.`,
    commands: regions.map((r) =>
      sh(kubectl(kubeContext(r), r.kubernetes.teleportNamespace, "get", "service", TELEPORT_RELEASE, "--output=jsonpath={.status.loadBalancer.ingress[0]}")),
    ),
    expect: "Every region prints a hostname or IP address (an empty answer means the load balancer is still being created).",
    sources: [SRC.geoDns],
    inputs: regionInputs,
  });

  const records = draft({
    key: "geodns.records",
    title: `Create the GeoDNS records in ${provider}`,
    what:
      `Answer ${clusterName} and *.${clusterName} (application access) with the nearest region's load balancer, TTL ${dns.ttlSeconds} s. ` +
      "The blueprint asks for short TTLs so traffic can be steered off a region when needed. " +
      recordText(regions) +
      (dns.provider === "other" ? " The Terraform does not cover this provider: follow the DNS checklist by hand." : ""),
    commands: dns.provider === "other" ? [] : [sh(["terraform", "-chdir=dns", "init"]), sh(["terraform", "-chdir=dns", "apply"])],
    verify: [sh(["dig", "+short", clusterName]), sh(["dig", "+short", `check.${clusterName}`])],
    expect: `Both names resolve to the load balancer of the region nearest to where you run dig, with a TTL of at most ${dns.ttlSeconds} s.`,
    files,
    sources: [SRC.geoDns],
    inputs: { provider: dns.provider, ttl: dns.ttlSeconds, clusterName, regions: regionInputs, kinds: regions.map(recordKind) },
  });

  const health = draft({
    key: "geodns.health-checks",
    title: "Health-check every region",
    what: dns.healthCheck.enabled
      ? `Check each region's load balancer with HTTPS GET ${dns.healthCheck.path} on port 443, so ${provider} removes a broken region from the answers and users go to the nearest working one (blueprint: health checks on /v1/webapi/ping).`
      : "The plan has no DNS health checks: a broken region keeps receiving users until someone removes it by hand. The blueprint recommends health checks on /v1/webapi/ping.",
    verify: dns.healthCheck.enabled ? [sh(["curl", "--fail", "--silent", "--show-error", `https://${clusterName}${dns.healthCheck.path}`])] : [],
    expect: dns.healthCheck.enabled ? `The ping answers with JSON (HTTP 200), and ${provider} shows every regional check healthy.` : "",
    files,
    sources: [SRC.geoDns],
    inputs: { provider: dns.provider, healthCheck: dns.healthCheck, clusterName, regions: regionInputs },
  });
  return [endpoints, records, health];
}

const KIND_TEXT = {
  alias: "an alias A record to its NLB's DNS name",
  a: "an A record to its load balancer's IP address (a CNAME cannot point at an IP)",
  cname: "a CNAME to its load balancer's DNS name",
} as const;

/** Which record each region gets: GKE and AKS load balancers answer with IPs, AWS NLBs with names. */
function recordText(regions: Plan["regions"]): string {
  return `Per region: ${regions.map((r) => `${r.id} ${KIND_TEXT[recordKind(r)]}`).join("; ")}. Health checks on an IP address probe the IP with the cluster name as Host and SNI.`;
}
