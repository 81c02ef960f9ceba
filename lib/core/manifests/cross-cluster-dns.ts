import { providerOf } from "@/lib/core/bundle/context";
import { regionSlug } from "@/lib/core/bundle/paths";
import type { CorefileServer } from "@/lib/core/bundle/serialize/corefile";
import { renderCorefile } from "@/lib/core/bundle/serialize/corefile";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import { dnsForwardTargets } from "./cross-cluster-dns-targets";

/**
 * Cross-cluster DNS for CockroachDB. The cockroachdb chart starts each node with
 * `--advertise-host=$(hostname).${STATEFULSET_FQDN}` and `--join` from `conf.join`
 * (cockroachdb/helm-charts, cockroachdb/templates/statefulset.yaml, chart 21.0.1), and our join
 * list names pods in the other regions' namespaces. Those names live in other clusters, so each
 * cluster forwards `<namespace>.svc.cluster.local` of every other CockroachDB region to that
 * cluster's DNS, exposed on an internal load balancer (CockroachDB docs: Orchestrate CockroachDB
 * across multiple Kubernetes clusters; cockroachdb/cockroach cloud/kubernetes/multiregion/
 * dns-lb.yaml, eks/dns-lb-eks.yaml and eks/configmap.yaml).
 */

/** kube-system Service in front of the cluster DNS pods; EKS CoreDNS, GKE kube-dns and AKS CoreDNS all carry k8s-app=kube-dns. */
export const DNS_ENDPOINT_SERVICE = "cockroachdb-dns-internal";
export const DNS_NAMESPACE = "kube-system";

/** The environment variable the runbook fills with a region's DNS endpoint address(es) before applying the forwarding. */
export const dnsEndpointVar = (region: PlanRegion): string => `CROSS_DNS_IP_${regionSlug(region.id).toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`;

/**
 * Internal load balancer annotations per cloud. AWS: an internal NLB (Kubernetes docs, Service,
 * "Internal load balancer"; CockroachDB eks/dns-lb-eks.yaml). Google Cloud: an internal
 * passthrough load balancer with global access, so clients in other regions reach it (GKE docs:
 * Internal LoadBalancer Service parameters). Azure: an internal load balancer (AKS docs: Use an
 * internal load balancer).
 */
export const INTERNAL_LB: Record<"aws" | "gcp" | "azure", Record<string, string>> = {
  aws: { "service.beta.kubernetes.io/aws-load-balancer-type": "nlb", "service.beta.kubernetes.io/aws-load-balancer-internal": "true" },
  gcp: { "networking.gke.io/load-balancer-type": "Internal", "networking.gke.io/internal-load-balancer-allow-global-access": "true" },
  azure: { "service.beta.kubernetes.io/azure-load-balancer-internal": "true" },
};

/**
 * GKE's kube-dns forwards stub domains over UDP (CockroachDB setup.py and dns-lb.yaml use UDP);
 * CoreDNS on EKS and AKS forwards with `force_tcp` (CockroachDB eks/configmap.yaml), and the
 * cockroach issue #69847 showed UDP through an AWS NLB failing. One protocol per load balancer
 * avoids mixed-protocol LoadBalancer Services, which not every cloud controller accepts.
 */
export const dnsProtocol = (region: PlanRegion): "UDP" | "TCP" => (providerOf(region.id) === "gcp" ? "UDP" : "TCP");

export function dnsEndpointService(region: PlanRegion): Record<string, unknown> {
  const protocol = dnsProtocol(region);
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: DNS_ENDPOINT_SERVICE, namespace: DNS_NAMESPACE, labels: { "k8s-app": "kube-dns" }, annotations: { ...INTERNAL_LB[providerOf(region.id) ?? "aws"] } },
    spec: {
      type: "LoadBalancer",
      selector: { "k8s-app": "kube-dns" },
      ports: [{ name: `dns-${protocol.toLowerCase()}`, port: 53, protocol, targetPort: 53 }],
    },
  };
}

const zoneOf = (target: PlanRegion): string => `${target.kubernetes.cockroachNamespace}.svc.cluster.local`;

/** One forwarding server block per target, as CockroachDB's eks/configmap.yaml writes them. */
function forwardServers(plan: Plan, region: PlanRegion): CorefileServer[] {
  return dnsForwardTargets(plan, region).map((target) => ({
    zones: [`${zoneOf(target)}:53`],
    directives: [
      { name: "errors" },
      { name: "cache", args: ["30"] },
      { name: "forward", args: [".", `\${${dnsEndpointVar(target)}}`], block: dnsProtocol(target) === "TCP" ? [{ name: "force_tcp" }] : [] },
    ],
  }));
}

/**
 * The EKS CoreDNS add-on's default server block (Amazon EKS docs: Manage CoreDNS; the same
 * plugins as CockroachDB's eks/configmap.yaml). EKS keeps the whole Corefile in the `coredns`
 * ConfigMap, so the forwarding is applied as that ConfigMap with the default block first.
 */
const EKS_DEFAULT: CorefileServer = {
  zones: [".:53"],
  directives: [
    { name: "errors" },
    { name: "health", block: [{ name: "lameduck", args: ["5s"] }] },
    { name: "ready" },
    { name: "kubernetes", args: ["cluster.local", "in-addr.arpa", "ip6.arpa"], block: [{ name: "pods", args: ["insecure"] }, { name: "fallthrough", args: ["in-addr.arpa", "ip6.arpa"] }] },
    { name: "prometheus", args: [":9153"] },
    { name: "forward", args: [".", "/etc/resolv.conf"] },
    { name: "cache", args: ["30"] },
    { name: "loop" },
    { name: "reload" },
    { name: "loadbalance" },
  ],
};

/**
 * The DNS forwarding ConfigMap in the form each managed Kubernetes reads:
 * - EKS: the `coredns` ConfigMap's Corefile (default block plus forwarding blocks);
 * - GKE: kube-dns `stubDomains` in the `kube-dns` ConfigMap (GKE docs: Setting up a custom
 *   kube-dns stub domain; CockroachDB setup.py);
 * - AKS: `coredns-custom`, whose `*.server` keys CoreDNS imports as extra server blocks (AKS
 *   docs: Customize CoreDNS, "Custom forward server").
 * Addresses are `${CROSS_DNS_IP_…}` placeholders: the load balancers get them at creation.
 */
export function dnsForwardConfigMap(plan: Plan, region: PlanRegion): Record<string, unknown> {
  const meta = (name: string) => ({ name, namespace: DNS_NAMESPACE });
  switch (providerOf(region.id) ?? "aws") {
    case "gcp": {
      const stubs = Object.fromEntries(dnsForwardTargets(plan, region).map((t) => [zoneOf(t), [`\${${dnsEndpointVar(t)}}`]]));
      return { apiVersion: "v1", kind: "ConfigMap", metadata: meta("kube-dns"), data: { stubDomains: JSON.stringify(stubs) } };
    }
    case "azure":
      return { apiVersion: "v1", kind: "ConfigMap", metadata: meta("coredns-custom"), data: { "cockroachdb.server": renderCorefile(forwardServers(plan, region)) } };
    case "aws":
      return { apiVersion: "v1", kind: "ConfigMap", metadata: meta("coredns"), data: { Corefile: renderCorefile([EKS_DEFAULT, ...forwardServers(plan, region)]) } };
  }
}
