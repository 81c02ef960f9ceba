import type { Plan } from "@/lib/schemas/plan";
import type { FailureScenario, RegionId, Sizing, Source } from "../analysis/types";
import { TELEPORT_DOC } from "../sources";

/**
 * Teleport's scaling page: "Upgrade Teleport's connection limits from the default connection
 * limit of 15000 to 65000" on the Auth and Proxy Services (`teleport.connection_limits.max_connections`).
 */
export const DEFAULT_MAX_CONNECTIONS = 15_000;
export const RECOMMENDED_MAX_CONNECTIONS = 65_000;
/** Scaling page, agent configuration: "Setting the max_backoff parameter to something in the 8-16 minute range"; its example is 12m. */
export const AGENT_CACHE_MAX_BACKOFF = "12m";

export const AGENT_RECONNECTION_SOURCES: Source[] = [
  TELEPORT_DOC("Scaling", "https://goteleport.com/docs/reference/deployment/scaling/", "Auth Service and Proxy Service Configuration"),
  TELEPORT_DOC("Scaling", "https://goteleport.com/docs/reference/deployment/scaling/", "Agent configuration"),
];

/** Reverse tunnels one surviving region's proxies hold after another region fails. */
export type ProxyTunnelLoad = {
  failed: RegionId;
  survivor: RegionId;
  proxies: number;
  /** Tunnels per proxy before the failure and after the failed region's agents arrive. */
  steadyPerProxy: number;
  afterFailurePerProxy: number;
};

/**
 * ASSUMPTION: one agent per protected resource (SSH nodes, Kubernetes clusters, databases,
 * applications, desktops), an upper bound since one Database or App Service agent can serve many.
 */
export function agentCount(plan: Plan): number {
  const w = plan.teleport.workload;
  return w.sshNodes + w.kubernetesClusters + w.databases + w.applications + w.desktops;
}

/**
 * Tunnels per proxy when a region fails and GeoDNS sends its agents to the nearest surviving
 * region (the failure scenario's first `usersGoTo`; all of them to one region is what DNS does).
 * ASSUMPTION: agents are spread evenly over the Teleport regions. With proxy peering each agent
 * keeps `agent_connection_count` tunnels to proxies it reaches through its region's address;
 * with the agent mesh every agent keeps one tunnel to every proxy, so a failure does not add any.
 */
export function proxyTunnelLoads(plan: Plan, sizing: Sizing, failures: readonly FailureScenario[]): ProxyTunnelLoad[] {
  const teleport = plan.regions.filter((r) => r.runsTeleport);
  const perRegion = agentCount(plan) / Math.max(1, teleport.length);
  const proxiesIn = (id: string) =>
    sizing.regions.find((r) => r.region === id)?.groups.find((g) => g.component === "teleport-proxy")?.pods ?? teleport.find((r) => r.id === id)?.proxyReplicas ?? 1;
  const { enabled, agentConnectionCount } = plan.teleport.proxyPeering;
  return failures.flatMap((f) => {
    const survivor = f.teleport.usersGoTo[0];
    if (!survivor) return [];
    const proxies = proxiesIn(survivor);
    const tunnels = (agents: number) => (enabled ? Math.ceil((agents * Math.min(agentConnectionCount, proxies)) / proxies) : Math.ceil(agentCount(plan)));
    return [{ failed: f.region, survivor, proxies, steadyPerProxy: tunnels(perRegion), afterFailurePerProxy: tunnels(2 * perRegion) }];
  });
}
