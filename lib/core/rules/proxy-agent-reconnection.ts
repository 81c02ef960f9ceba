import type { Rule } from "../analysis/types";
import { AGENT_CACHE_MAX_BACKOFF, AGENT_RECONNECTION_SOURCES, RECOMMENDED_MAX_CONNECTIONS, agentCount, proxyTunnelLoads } from "../sizing/agent-reconnection";
import { finding, plural } from "./finding";
import { regionIndex } from "./plan-regions";

const ID = "proxy-agent-reconnection";
const SOURCE = AGENT_RECONNECTION_SOURCES[0]!;

/**
 * When a region fails, its agents reconnect at once to the region GeoDNS sends them to. The
 * bundle sets `connection_limits.max_connections` to the scaling page's 65000 on every Proxy
 * and Auth pod and tells agents to back off (`cache.max_backoff: 12m`); this rule flags a
 * survivor whose proxies would then hold more tunnels than that limit
 * (lib/core/sizing/agent-reconnection.ts has the model and its assumptions).
 */
export const proxyAgentReconnectionRule: Rule = {
  id: ID,
  title: "Agents of a failed region exceed the surviving proxies' connection limit",
  source: SOURCE,
  check: ({ plan, sizing, failures }) => {
    const worst = new Map<string, ReturnType<typeof proxyTunnelLoads>[number]>();
    for (const load of proxyTunnelLoads(plan, sizing, failures)) {
      const seen = worst.get(load.survivor);
      if (load.afterFailurePerProxy > RECOMMENDED_MAX_CONNECTIONS && (!seen || load.afterFailurePerProxy > seen.afterFailurePerProxy)) worst.set(load.survivor, load);
    }
    const agents = agentCount(plan);
    return [...worst.values()].map((load) => {
      const index = regionIndex(plan, load.survivor);
      const needed = Math.ceil((load.afterFailurePerProxy * load.proxies) / RECOMMENDED_MAX_CONNECTIONS);
      return finding(ID, {
        subject: load.survivor,
        severity: "warning",
        title: `${load.survivor}: ${load.afterFailurePerProxy.toLocaleString("en-US")} tunnels per proxy after ${load.failed} fails, limit ${RECOMMENDED_MAX_CONNECTIONS.toLocaleString("en-US")}`,
        explanation:
          `About ${agents.toLocaleString("en-US")} agents (one per protected resource, spread evenly over the Teleport regions) keep reverse tunnels to the proxies. ` +
          (plan.teleport.proxyPeering.enabled
            ? `With proxy peering each keeps ${plural(plan.teleport.proxyPeering.agentConnectionCount, "tunnel")}. `
            : "With the agent mesh each keeps a tunnel to every proxy. ") +
          `When ${load.failed} fails, GeoDNS sends its agents to ${load.survivor}, whose ${plural(load.proxies, "proxy", "proxies")} go from ${load.steadyPerProxy.toLocaleString("en-US")} to ${load.afterFailurePerProxy.toLocaleString("en-US")} tunnels each, ` +
          `above the connection_limits.max_connections of ${RECOMMENDED_MAX_CONNECTIONS.toLocaleString("en-US")} Teleport's scaling page recommends (and the bundle sets); connections beyond it are refused and those agents' resources stay unreachable.`,
        fix: `Run at least ${needed} proxies in ${load.survivor}${plan.teleport.proxyPeering.enabled ? " or lower agent_connection_count" : " or turn on proxy peering"}; keep the agents' cache.max_backoff at ${AGENT_CACHE_MAX_BACKOFF} so they do not all retry at once.`,
        fields: [`regions.${index}.proxyReplicas`, "teleport.proxyPeering.agentConnectionCount"],
        regions: [load.survivor, load.failed],
        source: SOURCE,
      });
    });
  },
};
