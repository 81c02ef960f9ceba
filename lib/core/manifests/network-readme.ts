import type { BundleContext } from "@/lib/core/bundle/context";
import { BUNDLE_PATHS, relativePath } from "@/lib/core/bundle/paths";
import type { Block } from "@/lib/core/bundle/serialize/markdown";
import { code, heading, link, list, paragraph, table } from "@/lib/core/bundle/serialize/markdown";
import { dnsEndpointRegions, dnsForwardingRegions } from "./cross-cluster-dns-targets";
import { COCKROACH_SQL_PORT, PROXY_PEER_PORT } from "./teleport-values";

/**
 * network/README.md: what must be reachable between the regions' Kubernetes clusters.
 * - 3021/TCP between all proxy pods for proxy peering; proxies dial each other by pod IP, so
 *   pod CIDRs must be routable and must not overlap (Multi-region Blueprint, "Teleport
 *   dependencies"; Teleport docs: Networking, Proxy peering).
 * - 26257/TCP between all CockroachDB pods and from the Auth pods (CockroachDB docs:
 *   multi-cluster guide, security-group rules), and cross-cluster DNS for the
 *   `<namespace>.svc.cluster.local` names the join list and connection strings use.
 * - Overlay pod networks: Cilium Cluster Mesh values per region.
 */
export function networkReadme(ctx: BundleContext): Block[] {
  const { plan } = ctx;
  const overlay = plan.regions.filter((r) => r.kubernetes.podNetworking === "overlay");
  const dnsFiles = [
    ...dnsEndpointRegions(plan).map((r) => BUNDLE_PATHS.dnsEndpoint(r.id)),
    ...dnsForwardingRegions(plan).map((r) => BUNDLE_PATHS.dnsForward(r.id)),
  ];
  const yesNo = (b: boolean) => (b ? "yes" : "not yet: open it before installing");
  return [
    heading(1, "Network between regions"),
    paragraph(`Connectivity in the plan: ${CONNECTIVITY[plan.connectivity.kind]}.`),
    heading(2, "Ports"),
    table(
      ["Port", "From", "To", "Why", "Open in the plan"],
      [
        [`${PROXY_PEER_PORT}/TCP`, "Teleport proxy pods, every region", "Teleport proxy pods, every other region", "Proxy peering: a proxy dials the proxy an agent is connected to", plan.teleport.proxyPeering.enabled ? yesNo(plan.connectivity.proxyPeeringPortOpen) : "proxy peering is off"],
        [`${COCKROACH_SQL_PORT}/TCP`, "CockroachDB pods, every region", "CockroachDB pods, every other region", "Replication and the cluster's internal RPC", yesNo(plan.connectivity.cockroachPortOpen)],
        [`${COCKROACH_SQL_PORT}/TCP`, "Teleport Auth pods", "CockroachDB pods of the nearest CockroachDB region", "Backend and audit events (SQL)", yesNo(plan.connectivity.cockroachPortOpen)],
        ["53/TCP (UDP on Google Cloud)", "Cluster DNS pods, every region", "The DNS load balancer of each CockroachDB region", "Resolve cockroachdb-<zone>-N.cockroachdb-<zone>.<namespace> across clusters", "opened by the runbook's connectivity steps"],
        ["443/TCP", "Users and agents", "Teleport proxy load balancers", "Public address (GeoDNS)", "public"],
      ],
    ),
    heading(2, "Pod and service CIDRs"),
    paragraph("Pod CIDRs must not overlap: proxies and CockroachDB nodes reach each other by pod IP. Route every pod CIDR between the regions' networks."),
    table(
      ["Region", "Kubernetes cluster", "Pod CIDR", "Service CIDR", "Pod network", "Teleport namespace", "CockroachDB namespace"],
      plan.regions.map((r) => [
        r.id,
        r.kubernetes.clusterName,
        r.kubernetes.podCidr,
        r.kubernetes.serviceCidr,
        r.kubernetes.podNetworking === "native" ? "native (VPC-routable)" : "overlay",
        r.runsTeleport ? r.kubernetes.teleportNamespace : "no Teleport",
        r.runsCockroach ? r.kubernetes.cockroachNamespace : "no CockroachDB",
      ]),
    ),
    heading(2, "Cross-cluster DNS"),
    paragraph(
      "CockroachDB nodes join through ",
      code("cockroachdb-<zone>-N.cockroachdb-<zone>.<namespace>"),
      " names (one release per zone) and Teleport regions without CockroachDB connect to the same pod names (",
      code("….svc.cluster.local"),
      ") in the nearest database region: a Service there would resolve to a ClusterIP, which does not route outside its own cluster. Forward each CockroachDB namespace's cluster.local zone to that cluster's DNS (CockroachDB multi-cluster guide: CoreDNS forward with force_tcp).",
      " The files below do that: an internal load balancer in front of the cluster DNS where others forward to, and the forwarding in the form each managed Kubernetes reads; the runbook fills in the load balancers' addresses.",
    ),
    ...(dnsFiles.length ? [list(dnsFiles.map((path) => [link(relativePath(BUNDLE_PATHS.network, path), path)]))] : []),
    ...(overlay.length > 0
      ? [
          heading(2, "Cilium Cluster Mesh"),
          paragraph("These regions give pods overlay addresses; mesh them with Cilium Cluster Mesh (Multi-region Blueprint) using the values below:"),
          list(overlay.map((r) => [link(relativePath(BUNDLE_PATHS.network, BUNDLE_PATHS.ciliumValues(r.id)), BUNDLE_PATHS.ciliumValues(r.id))])),
        ]
      : [paragraph("Every region uses native pod addresses: VPC peering, routes and firewall rules are enough (Multi-region Blueprint).")]),
  ];
}

const CONNECTIVITY = {
  "vpc-peering": "VPC peering between the regions' networks",
  "global-vpc": "one global VPC",
  "cilium-cluster-mesh": "Cilium Cluster Mesh",
  "service-mesh": "a service mesh",
} as const;
