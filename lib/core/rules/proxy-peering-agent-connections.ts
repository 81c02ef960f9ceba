import type { Rule } from "../analysis/types";
import { finding } from "./finding";
import { teleportRegions } from "./plan-regions";
import { PROXY_PEERING_REFERENCE } from "./proxy-peering-sources";

const ID = "proxy-peering-agent-connections";
/** Teleport config reference: "For high availability we recommend setting this value to 2 or more"; the blueprint uses 2. */
export const MIN_AGENT_CONNECTIONS = 2;

export const proxyPeeringAgentConnectionsRule: Rule = {
  id: ID,
  title: "Agents connect to a single proxy",
  source: PROXY_PEERING_REFERENCE,
  check: ({ plan }) => {
    const { enabled, agentConnectionCount } = plan.teleport.proxyPeering;
    if (!enabled || agentConnectionCount >= MIN_AGENT_CONNECTIONS) return [];
    return [
      finding(ID, {
        severity: "warning",
        title: `Agents keep only ${agentConnectionCount} tunnel connection`,
        explanation:
          `With proxy peering each agent opens agent_connection_count reverse tunnels (here ${agentConnectionCount}) instead of one to every proxy. ` +
          "When the single proxy an agent is connected to restarts or its region fails, the agent's resources are unreachable until it reconnects. " +
          `Teleport recommends ${MIN_AGENT_CONNECTIONS} or more for high availability, and the blueprint uses ${MIN_AGENT_CONNECTIONS}.`,
        fix: `Set the agent connection count to ${MIN_AGENT_CONNECTIONS} or more.`,
        fields: ["teleport.proxyPeering.agentConnectionCount"],
        regions: teleportRegions(plan).map((r) => r.id),
        source: PROXY_PEERING_REFERENCE,
      }),
    ];
  },
};
