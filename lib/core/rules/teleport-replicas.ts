import type { Rule } from "../analysis/types";
import { TELEPORT_DOC } from "../sources";
import { finding } from "./finding";
import { teleportRegions } from "./plan-regions";

const ID = "teleport-replicas";
const SOURCE = TELEPORT_DOC("Scaling", "https://goteleport.com/docs/reference/deployment/scaling/", "Hardware recommendations");

/**
 * Plan replicas below the sizing's recommendation for each Teleport region. The sizing sizes each
 * region for its share of the load after another region fails (blueprint) from Teleport's scaling
 * table, with at least 2 pods of each component for high availability.
 */
export const teleportReplicasRule: Rule = {
  id: ID,
  title: "Fewer Teleport replicas than recommended",
  source: SOURCE,
  check: ({ plan, sizing }) => {
    const { proxyPodsPerRegion, authPodsPerRegion, explanation } = sizing.teleport;
    return teleportRegions(plan).flatMap(({ region, index, id }) => {
      const isProxyShort = region.proxyReplicas < proxyPodsPerRegion;
      const isAuthShort = region.authReplicas < authPodsPerRegion;
      if (!isProxyShort && !isAuthShort) return [];
      const parts = [
        ...(isProxyShort ? [`${region.proxyReplicas} proxy replica${region.proxyReplicas === 1 ? "" : "s"} (recommended ${proxyPodsPerRegion})`] : []),
        ...(isAuthShort ? [`${region.authReplicas} auth replica${region.authReplicas === 1 ? "" : "s"} (recommended ${authPodsPerRegion})`] : []),
      ];
      return [
        finding(ID, {
          subject: id,
          severity: "warning",
          title: `${id} has fewer Teleport replicas than recommended`,
          explanation: `${id} plans ${parts.join(" and ")}. ${explanation}`,
          fix: `Set ${[...(isProxyShort ? [`proxy replicas to ${proxyPodsPerRegion}`] : []), ...(isAuthShort ? [`auth replicas to ${authPodsPerRegion}`] : [])].join(" and ")} in ${id}.`,
          fields: [...(isProxyShort ? [`regions.${index}.proxyReplicas`] : []), ...(isAuthShort ? [`regions.${index}.authReplicas`] : [])],
          regions: [id],
          source: SOURCE,
        }),
      ];
    });
  },
};
