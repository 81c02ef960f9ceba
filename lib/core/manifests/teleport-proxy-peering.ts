/** Proxy peering listens on 3021 (Teleport docs: Networking, Ports; Proxy Peering). */
export const PROXY_PEER_PORT = 3021;

/**
 * `proxy_service` for proxy peering. Each proxy must advertise an address that reaches that
 * proxy and no other: the docs say `peer_public_addr` "should be unique to each proxy and should
 * not point to a load balancer", and gravitational/teleport#34795 (open) is the request to
 * support a load balancer there, which Teleport does not. The chart renders one ConfigMap for
 * all proxy pods, so a per-pod `peer_public_addr` cannot be written into it; instead the bundle
 * leaves `peer_public_addr` unset and listens on the unspecified host, and Teleport then
 * advertises the pod's own IP (lib/service/servicecfg/proxy.go, `PublicPeerAddr`: with no
 * public address and an unspecified listen host it takes `utils.GuessHostIP()` with the listen
 * port). Pod IPs are routable between regions in this architecture (blueprint, pod networking),
 * and the runbook's verification lists every proxy's advertised address against its pod IP.
 */
export function proxyPeeringConfig(): { peer_listen_addr: string } {
  return { peer_listen_addr: `0.0.0.0:${PROXY_PEER_PORT}` };
}
