import { RECOMMENDED_MAX_CONNECTIONS } from "@/lib/core/sizing/agent-reconnection";

/**
 * `teleport.connection_limits` for the Auth and Proxy pods: Teleport's scaling page raises
 * `max_connections` from the default 15000 to 65000 on both ("Auth Service and Proxy Service
 * Configuration"). The proxy-agent-reconnection rule checks the tunnels a surviving region's
 * proxies would hold after a region failure against this number.
 */
export function connectionLimits(): { connection_limits: { max_connections: number } } {
  return { connection_limits: { max_connections: RECOMMENDED_MAX_CONNECTIONS } };
}
