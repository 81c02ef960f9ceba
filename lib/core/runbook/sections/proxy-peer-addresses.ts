import type { PlanRegion } from "@/lib/schemas/plan";
import { PROXY_PEERING_PORT, TELEPORT_RELEASE, kubeContext, plural } from "../names";
import { kubectl, sh } from "../shell";
import { SRC } from "../sources";
import { draft } from "../step";
import type { StepDraft } from "../types";

const PROXY_SELECTOR = `--selector=app.kubernetes.io/instance=${TELEPORT_RELEASE},app.kubernetes.io/component=proxy`;
const POD_IPS = "--output=jsonpath={range .items[*]}{.metadata.name}{\"\\t\"}{.status.podIP}{\"\\n\"}{end}";
const PEER_ADDRS = "--format=json";

/**
 * Proxy peering needs every proxy to advertise its own address, never a load balancer's
 * (Teleport docs: Proxy Peering, `peer_public_addr` "should be unique to each proxy";
 * gravitational/teleport#34795). The values leave `peer_public_addr` unset so each pod
 * advertises its pod IP (lib/core/manifests/teleport-proxy-peering.ts); this step lists the
 * peers the cluster knows with their advertised addresses next to the proxy pods' IPs.
 */
export function proxyPeerAddressesStep(regions: PlanRegion[]): StepDraft {
  const at = (r: PlanRegion, ...args: string[]) => kubectl(kubeContext(r), r.kubernetes.teleportNamespace, ...args);
  const proxies = regions.reduce((n, r) => n + r.proxyReplicas, 0);
  return draft({
    key: "verification.proxy-peer-addresses",
    title: "Check that every proxy advertises its own peer address",
    what:
      `List the proxy pods of every region with their pod IPs, then the proxies the cluster knows with the address each advertises to its peers (spec.peer_addr). ` +
      `Each proxy must be reachable at its own address on ${PROXY_PEERING_PORT}; an address shared by several proxies (a load balancer, the cluster name) sends peers to the wrong proxy (Teleport docs, proxy peering; gravitational/teleport#34795).`,
    commands: regions.map((r) => sh(at(r, "get", "pods", PROXY_SELECTOR, POD_IPS))),
    verify: [sh(at(regions[0]!, "exec", `deployment/${TELEPORT_RELEASE}-auth`, "--", "tctl", "get", "proxies", PEER_ADDRS))],
    expect: `tctl lists ${plural(proxies, "proxy", "proxies")}; each spec.peer_addr is one of the pod IPs above followed by :${PROXY_PEERING_PORT}, and no two proxies share an address.`,
    sources: [SRC.proxyPeering],
    inputs: { regions: regions.map((r) => [r.id, kubeContext(r), r.kubernetes.teleportNamespace, r.proxyReplicas]) },
  });
}
