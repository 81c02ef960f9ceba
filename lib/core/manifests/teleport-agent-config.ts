import { AGENT_CACHE_MAX_BACKOFF } from "@/lib/core/sizing/agent-reconnection";

/**
 * A teleport.yaml fragment for every agent (SSH, Kubernetes, Database, App, Desktop Services)
 * that joins the cluster. Teleport's scaling page, "Agent configuration": agents re-initialise
 * their caches aggressively after losing the Auth Service, a thundering herd in large clusters
 * (a region failure sends a whole region's agents to the survivors at once); `max_backoff` in
 * the 8–16 minute range spreads them out, and the page's example is 12m.
 */
export function agentConfig(): { teleport: { cache: { enabled: boolean; max_backoff: string } } } {
  return { teleport: { cache: { enabled: true, max_backoff: AGENT_CACHE_MAX_BACKOFF } } };
}
