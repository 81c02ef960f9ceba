import type { BundleContext } from "@/lib/core/bundle/context";
import { providerOf } from "@/lib/core/bundle/context";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import { ciliumClusterIdAt } from "@/lib/core/net/cilium-cluster-id";
import { INTERNAL_LB } from "./cross-cluster-dns";
import { ciliumMonitoringValues } from "./monitoring";

/**
 * Cilium Helm values, pinned to chart CILIUM_CHART_VERSION (key names and types checked against the
 * values.schema.json of the published chart cilium-1.18.0.tgz; tests/bundle/fixtures/cilium-chart-keys.json).
 * The blueprint meshes clusters whose pods get overlay addresses with Cilium Cluster Mesh so proxy
 * pods can dial each other on 3021 (Multi-region Blueprint, "Teleport dependencies").
 *
 * Every setting lives in the values the Helm release owns, so a later `helm upgrade` with the same
 * files resets nothing (issue 10, defect 6): the cluster name and a unique id from 1 to 255
 * (Cilium docs: Setting up Cluster Mesh), IPAM and routing per cloud, the clustermesh-apiserver
 * behind an internal load balancer with Helm-generated certificates from one shared CA, and, in
 * clustermesh-values.yaml, the peers (`clustermesh.config`) that `cilium clustermesh connect`
 * would otherwise write into the release behind Helm's back. The cluster id is the one the plan
 * keeps for the region (stable across edits; lib/core/net/cilium-cluster-id.ts).
 */
export const CILIUM_CHART_VERSION = "1.18.0";

/**
 * The region's Cilium cluster id: the one the plan keeps for it, or its 1-based position in plans
 * saved before ids were kept (lib/core/net/cilium-cluster-id.ts); the plan schema refuses duplicates.
 */
export const ciliumClusterId = (plan: Plan, region: PlanRegion): number => ciliumClusterIdAt(plan.regions, plan.regions.indexOf(region));

/** The regions in the mesh: every region with Cilium Cluster Mesh, else the overlay regions the README lists. */
export const ciliumRegions = (plan: Plan): PlanRegion[] =>
  plan.connectivity.kind === "cilium-cluster-mesh" ? plan.regions : plan.regions.filter((r) => r.kubernetes.podNetworking === "overlay");

/**
 * IPAM and routing. Overlay regions and AKS (bring-your-own CNI, Cilium docs: Installation on
 * AKS, `aksbyocni.enabled`) use cluster-pool addresses from the plan's pod CIDR over VXLAN.
 * Native EKS uses ENI IPAM, native GKE the node's pod CIDR (`gke.enabled`), both routed natively.
 */
function datapath(region: PlanRegion): Record<string, unknown> {
  const { podCidr, podNetworking } = region.kubernetes;
  const provider = providerOf(region.id) ?? "aws";
  const overlay = { ipam: { mode: "cluster-pool", operator: { clusterPoolIPv4PodCIDRList: [podCidr] } }, routingMode: "tunnel", tunnelProtocol: "vxlan" };
  if (provider === "azure") return { aksbyocni: { enabled: true }, ...overlay };
  if (podNetworking === "overlay") return overlay;
  if (provider === "gcp") return { gke: { enabled: true }, ipam: { mode: "kubernetes" }, routingMode: "native", ipv4NativeRoutingCIDR: podCidr };
  return { eni: { enabled: true }, ipam: { mode: "eni" }, routingMode: "native", ipv4NativeRoutingCIDR: podCidr };
}

export function ciliumValues(ctx: BundleContext, region: PlanRegion): Record<string, unknown> {
  return {
    cluster: { name: region.kubernetes.clusterName, id: ciliumClusterId(ctx.plan, region) },
    ...datapath(region),
    clustermesh: {
      useAPIServer: true,
      apiserver: {
        service: { type: "LoadBalancer", annotations: { ...INTERNAL_LB[providerOf(region.id) ?? "aws"] } },
        // Helm generates the certificates from the cilium-ca Secret; the runbook copies one CA to every cluster first.
        tls: { auto: { enabled: true, method: "helm" } },
      },
    },
    ...ciliumMonitoringValues(ctx.plan),
  };
}

/** The environment variable the runbook fills with a region's clustermesh-apiserver address. */
export const clustermeshVar = (region: PlanRegion): string => `CLUSTERMESH_IP_${region.id.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`;

/** clustermesh-values.yaml: the other clusters of the mesh, by name and clustermesh-apiserver address (port 2379). */
export function clustermeshValues(ctx: BundleContext, region: PlanRegion): Record<string, unknown> {
  const peers = ciliumRegions(ctx.plan).filter((r) => r.id !== region.id);
  return {
    clustermesh: {
      config: {
        enabled: true,
        clusters: peers.map((p) => ({ name: p.kubernetes.clusterName, port: 2379, ips: [`\${${clustermeshVar(p)}}`] })),
      },
    },
  };
}
