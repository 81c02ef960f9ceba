import type { BundleContext } from "@/lib/core/bundle/context";
import type { BundleDocument } from "@/lib/core/bundle/documents";
import { BUNDLE_PATHS } from "@/lib/core/bundle/paths";
import { dnsEndpointService, dnsEndpointVar, dnsForwardConfigMap } from "./cross-cluster-dns";
import { dnsEndpointRegions, dnsForwardTargets, dnsForwardingRegions } from "./cross-cluster-dns-targets";

/** The bundle's cross-cluster DNS files: a DNS endpoint where others forward to, a forwarding ConfigMap where a region resolves others. */
export function crossClusterDnsDocuments(ctx: BundleContext): BundleDocument[] {
  const { plan } = ctx;
  return [
    ...dnsEndpointRegions(plan).map(
      (region): BundleDocument => ({
        path: BUNDLE_PATHS.dnsEndpoint(region.id),
        description: `Internal load balancer in front of the cluster DNS of ${region.id}, which the other regions forward CockroachDB names to.`,
        format: "yaml",
        value: dnsEndpointService(region),
        comment: ["Cross-cluster DNS endpoint (CockroachDB docs: Orchestrate CockroachDB across multiple Kubernetes clusters)."],
      }),
    ),
    ...dnsForwardingRegions(plan).map(
      (region): BundleDocument => ({
        path: BUNDLE_PATHS.dnsForward(region.id),
        description: `DNS forwarding in ${region.id} for the other regions' CockroachDB namespaces.`,
        format: "yaml",
        value: dnsForwardConfigMap(plan, region),
        comment: [
          `DNS forwarding for ${region.id}: apply with envsubst after setting ${dnsForwardTargets(plan, region).map(dnsEndpointVar).join(", ")} (RUNBOOK.md).`,
        ],
      }),
    ),
  ];
}
