import { TELEPORT_DOC } from "../sources";

const GUIDE_URL = "https://goteleport.com/docs/zero-trust-access/management/proxy-peering/";
export const PROXY_PEERING_GUIDE = TELEPORT_DOC("Proxy Peering", GUIDE_URL);
/** "a self-hosted Enterprise cluster not using Trusted Clusters"; proxies reach each other on 3021. */
export const PROXY_PEERING_PREREQUISITES = TELEPORT_DOC("Proxy Peering", GUIDE_URL, "Migration prerequisites");
export const PROXY_PEERING_REFERENCE = TELEPORT_DOC(
  "Auth Service configuration reference",
  "https://goteleport.com/docs/reference/config/",
  "auth_service.tunnel_strategy.agent_connection_count",
);
