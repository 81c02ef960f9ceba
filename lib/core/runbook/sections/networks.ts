import { BUNDLE_PATHS } from "@/lib/core/bundle/paths";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import { PROBE_IMAGE, kubeContext, listText, providerOf, regionCode, regionLabel } from "../names";
import { kubectl, sh } from "../shell";
import { SRC } from "../sources";
import { draft, type RunbookContext } from "../step";
import type { StepDraft } from "../types";
import { CILIUM_CHART_VERSION, ciliumInstallSteps, meshCommands } from "./cilium";

const CONNECT_TITLE: Record<Plan["connectivity"]["kind"], string> = {
  "vpc-peering": "Peer the regional VPCs",
  "global-vpc": "Put the clusters in one global VPC",
  "cilium-cluster-mesh": "Mesh the clusters with Cilium ClusterMesh",
  "service-mesh": "Connect the clusters through the service mesh",
};

const CONNECT_WHAT: Record<Plan["connectivity"]["kind"], string> = {
  "vpc-peering": "Peer every pair of regional VPCs and add a route to each other region's pod CIDR in every route table the nodes use.",
  "global-vpc": "Create the clusters' subnets in one global VPC, so the VPC routes every region's pod CIDR without peering.",
  "cilium-cluster-mesh":
    "With Cilium installed in every cluster (previous steps), give each cluster's release its peers: the clustermesh-values.yaml files name the other clusters and take their clustermesh-apiserver addresses, so pods reach pod IPs in the other clusters. The peers live in the Helm values, not in settings the cilium CLI writes, so a later helm upgrade with the same two files keeps them.",
  "service-mesh": "Configure the service mesh so pods reach the other clusters' pod IPs directly (proxy peering dials pod IPs, not services).",
};

/** How a reader checks the routes with the provider's CLI. */
function routeCheck(region: PlanRegion): string {
  const code = regionCode(region.id);
  switch (providerOf(region.id)) {
    case "aws":
      return sh(["aws", "ec2", "describe-route-tables", "--region", code, "--query", "RouteTables[].Routes[].DestinationCidrBlock", "--output", "text"]);
    case "gcp":
      return sh(["gcloud", "compute", "routes", "list", "--format=value(destRange)"]);
    case "azure":
      return sh(["az", "network", "route-table", "list", "--query", "[].routes[].addressPrefix", "--output", "tsv"]);
  }
}

/** Connecting the regions' networks, then one check per region that pods and services get the planned CIDRs. */
export function networkSteps({ plan }: RunbookContext): StepDraft[] {
  const kind = plan.connectivity.kind;
  const isCilium = kind === "cilium-cluster-mesh";
  const cidrs = plan.regions.map((r) => `${r.kubernetes.podCidr} (${r.id})`);
  const contexts = plan.regions.map(kubeContext);
  const connect = draft({
    key: "networks.connect",
    title: CONNECT_TITLE[kind],
    what:
      `${CONNECT_WHAT[kind]} Pods must reach each other across regions by IP: the blueprint requires 3 peered regional VPCs or 1 global VPC, non-overlapping pod CIDRs, and Cilium ClusterMesh when pods get non-native addresses. ` +
      `Pod CIDRs to route: ${listText(cidrs)}.`,
    commands: isCilium ? meshCommands(plan) : [],
    verify: isCilium ? contexts.map((c) => sh(["cilium", "clustermesh", "status", "--context", c, "--wait"])) : plan.regions.map(routeCheck),
    expect: isCilium
      ? `Every cluster reports ${plan.regions.length - 1} connected remote cluster${plan.regions.length === 2 ? "" : "s"}.`
      : `Each region's route tables list the other regions' pod CIDRs: ${listText(cidrs)}.`,
    files: [BUNDLE_PATHS.network, ...(isCilium ? plan.regions.map((r) => BUNDLE_PATHS.clustermeshValues(r.id)) : [])],
    sources: [SRC.dependencies],
    inputs: { kind, cilium: CILIUM_CHART_VERSION, regions: plan.regions.map((r) => ({ id: r.id, podCidr: r.kubernetes.podCidr, serviceCidr: r.kubernetes.serviceCidr, podNetworking: r.kubernetes.podNetworking })) },
  });
  return [...(isCilium ? ciliumInstallSteps(plan) : []), connect, ...plan.regions.map((r) => cidrStep(r, isCilium))];
}

function cidrStep(region: PlanRegion, isCilium: boolean): StepDraft {
  const context = kubeContext(region);
  const { podCidr, serviceCidr, podNetworking } = region.kubernetes;
  return draft({
    key: `networks.pod-cidr.${region.id}`,
    title: `Check pod CIDR ${podCidr} in ${region.id}`,
    what:
      `The cluster ${context} in ${regionLabel(region.id)} must give pods addresses from ${podCidr} and Services from ${serviceCidr}. ` +
      (podNetworking === "native"
        ? "Pods use the native network (for example AWS vpc-cni or GKE VPC-native), so VPC routing and firewall rules carry their traffic. "
        : "Pods use overlay addresses, so only Cilium ClusterMesh (or a service mesh) carries their traffic between clusters. ") +
      (isCilium ? "Cilium gives the pods their addresses (the region's Cilium values). " : "") +
      "Pod CIDRs must not overlap between regions (blueprint), because Teleport proxies dial each other's pod IPs.",
    verify: [
      sh(kubectl(context, "default", "run", "cidr-check", "--rm", "--stdin", "--restart=Never", `--image=${PROBE_IMAGE}`, "--", "hostname", "-i")),
      sh(kubectl(context, "default", "get", "service", "kubernetes", "--output=jsonpath={.spec.clusterIP}")),
    ],
    expect: `The pod's address is inside ${podCidr}; the kubernetes Service's cluster IP is inside ${serviceCidr}.`,
    files: [],
    sources: [SRC.dependencies],
    inputs: { id: region.id, podCidr, serviceCidr, podNetworking, isCilium },
  });
}
