import { BUNDLE_PATHS } from "@/lib/core/bundle/paths";
import { DNS_ENDPOINT_SERVICE, DNS_NAMESPACE, dnsEndpointVar, dnsProtocol } from "@/lib/core/manifests/cross-cluster-dns";
import { dnsEndpointRegions, dnsForwardTargets, dnsForwardingRegions } from "@/lib/core/manifests/cross-cluster-dns-targets";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import { PROBE_IMAGE, kubeContext, listText, providerOf, regionLabel } from "../names";
import { capture, captureFirst, envRef, kubectl, sh, substituted } from "../shell";
import { SRC } from "../sources";
import { draft, type RunbookContext } from "../step";
import type { StepDraft } from "../types";

/**
 * Cross-cluster DNS before CockroachDB starts: the nodes advertise and join through
 * `<release>-N.<release>.<namespace>` names (one release per zone) that only the cluster running that namespace
 * can answer (cockroachdb/helm-charts statefulset.yaml: --advertise-host, --join). Each such
 * cluster exposes its DNS on an internal load balancer; every other cluster forwards the
 * namespace's zone there (CockroachDB docs: multi-cluster Kubernetes, "Configure CoreDNS").
 */
export function crossClusterDnsSteps({ plan }: RunbookContext): StepDraft[] {
  return [...dnsEndpointRegions(plan).map(endpointStep), ...dnsForwardingRegions(plan).map((r) => forwardStep(plan, r))];
}

const serviceAddress = (region: PlanRegion) =>
  kubectl(kubeContext(region), DNS_NAMESPACE, "get", "service", DNS_ENDPOINT_SERVICE, `--output=jsonpath={.status.loadBalancer.ingress[0].${providerOf(region.id) === "aws" ? "hostname" : "ip"}}`);

function endpointStep(region: PlanRegion): StepDraft {
  const protocol = dnsProtocol(region);
  return draft({
    key: `connectivity.dns-endpoint.${region.id}`,
    title: `Expose the cluster DNS of ${region.id} to the other regions`,
    what:
      `Create an internal load balancer for the cluster DNS of ${regionLabel(region.id)} on port 53/${protocol}, so the other regions can resolve the names in ${region.kubernetes.cockroachNamespace}. ` +
      "It selects the DNS pods by k8s-app=kube-dns, as CockroachDB's multi-cluster guide does; it is internal, so only the peered networks reach it.",
    commands: [sh(kubectl(kubeContext(region), null, "apply", "--filename", BUNDLE_PATHS.dnsEndpoint(region.id)))],
    verify: [sh(serviceAddress(region))],
    expect: `An ${providerOf(region.id) === "aws" ? "internal NLB host name" : "internal IP address"} (empty while the load balancer is being created).`,
    files: [BUNDLE_PATHS.dnsEndpoint(region.id)],
    sources: [SRC.cockroachMultiCluster],
    inputs: { id: region.id, context: kubeContext(region), protocol },
  });
}

/** Commands that set the target's CROSS_DNS_IP_… variable: the load balancer's IP, or the first address of an NLB's host name. */
function addressCommands(target: PlanRegion): string[] {
  const name = dnsEndpointVar(target);
  if (providerOf(target.id) !== "aws") return [capture(name, serviceAddress(target))];
  return [capture(`${name}_HOST`, serviceAddress(target)), captureFirst(name, ["dig", "+short", envRef(`${name}_HOST`)])];
}

function forwardStep(plan: Plan, region: PlanRegion): StepDraft {
  const context = kubeContext(region);
  const targets = dnsForwardTargets(plan, region);
  const file = BUNDLE_PATHS.dnsForward(region.id);
  const provider = providerOf(region.id);
  const probe = (t: PlanRegion) => [
    sh(kubectl(kubeContext(t), t.kubernetes.cockroachNamespace, "create", "service", "clusterip", "dns-probe", "--tcp=80")),
    sh(kubectl(context, "default", "run", "dns-check", "--rm", "--stdin", "--restart=Never", `--image=${PROBE_IMAGE}`, "--", "nslookup", `dns-probe.${t.kubernetes.cockroachNamespace}.svc.cluster.local`)),
    sh(kubectl(kubeContext(t), t.kubernetes.cockroachNamespace, "delete", "service", "dns-probe")),
  ];
  return draft({
    key: `connectivity.dns-forward.${region.id}`,
    title: `Forward the other regions' CockroachDB names in ${region.id}`,
    what:
      `Make the cluster DNS of ${regionLabel(region.id)} forward ${listText(targets.map((t) => `${t.kubernetes.cockroachNamespace}.svc.cluster.local (to ${t.id})`))}. ` +
      (provider === "gcp"
        ? "GKE's kube-dns reads stubDomains from the kube-dns ConfigMap. "
        : provider === "azure"
          ? "AKS imports extra server blocks from the coredns-custom ConfigMap; CoreDNS restarts to load them. "
          : "EKS keeps the whole Corefile in the coredns ConfigMap: the file holds the add-on's default block plus the forwarding blocks (set the add-on's conflict resolution to PRESERVE so an add-on update keeps them). ") +
      "The file carries placeholders for the load balancers' addresses; the commands look them up and fill them in with envsubst. CockroachDB nodes advertise and join through these names, so this comes before CockroachDB starts.",
    commands: [
      ...targets.flatMap(addressCommands),
      substituted(targets.map(dnsEndpointVar), file, kubectl(context, null, "apply", "--filename=-")),
      ...(provider === "azure" ? [sh(kubectl(context, DNS_NAMESPACE, "rollout", "restart", "deployment/coredns"))] : []),
    ],
    verify: targets.flatMap(probe),
    expect: `Each nslookup answers with a cluster IP from the other region's service CIDR (${listText(targets.map((t) => `${t.kubernetes.serviceCidr} for ${t.id}`))}).`,
    files: [file],
    sources: [SRC.cockroachMultiCluster],
    inputs: { id: region.id, context, targets: targets.map((t) => ({ id: t.id, ns: t.kubernetes.cockroachNamespace, context: kubeContext(t) })) },
  });
}
