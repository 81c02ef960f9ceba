import type { Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { finding } from "./finding";
import { indexedRegions } from "./plan-regions";

const ID = "pod-network-routing";
const SOURCE = BLUEPRINT("Teleport Dependencies");
const MESHES = new Set(["cilium-cluster-mesh", "service-mesh"]);

/**
 * Overlay pod addresses are not routable outside their cluster. Blueprint: with the native pod
 * network (GKE, AWS vpc-cni) VPC peering and routing are enough; "if pods are given non-native IP
 * addresses, you can use the Cilium cluster-mesh capabilities to connect your pods".
 */
export const podNetworkRoutingRule: Rule = {
  id: ID,
  title: "Overlay pod network without a mesh",
  source: SOURCE,
  check: ({ plan }) => {
    if (MESHES.has(plan.connectivity.kind)) return [];
    return indexedRegions(plan)
      .filter(({ region }) => region.kubernetes.podNetworking === "overlay")
      .map(({ index, id }) =>
        finding(ID, {
          subject: id,
          severity: "critical",
          title: `Pods in ${id} are not reachable from other regions`,
          explanation:
            `The Kubernetes cluster in ${id} gives pods overlay addresses, which exist only inside that cluster, and the regions are linked by ${plan.connectivity.kind}, which routes only addresses the cloud network knows. ` +
            "Proxies (port 3021) and CockroachDB nodes (port 26257) in other regions therefore cannot dial these pods. " +
            "The blueprint: with non-native pod addresses, use Cilium cluster-mesh to connect the pods.",
          fix: "Use the cloud's native pod networking (for example AWS vpc-cni or GKE VPC-native) in this region, or connect the clusters with Cilium cluster-mesh or a service mesh.",
          fields: [`regions.${index}.kubernetes.podNetworking`, "connectivity.kind"],
          regions: [id],
          source: SOURCE,
        }),
      );
  },
};
