import type { Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { finding, listText } from "./finding";
import { indexedRegions, teleportRegions } from "./plan-regions";

const ID = "failover-capacity";
const SOURCE = BLUEPRINT("Regions must be provisioned to handle all traffic after a region failure");

/**
 * Blueprint (newest layout): "Regions must be provisioned with enough capacity to handle all
 * traffic in the event of a complete region failure." Reads the failure scenarios: when a region
 * fails and the Teleport regions that take its users lack the capacity, users are cut off
 * exactly when the deployment is meant to protect them.
 */
export const failoverCapacityRule: Rule = {
  id: ID,
  title: "Not enough capacity to absorb a region failure",
  source: SOURCE,
  check: ({ plan, failures }) => {
    const teleport = teleportRegions(plan);
    return failures
      .filter((f) => !f.teleport.hasCapacity)
      .map((f) => {
        // Every Teleport region left, not only usersGoTo: a failed region without Teleport sends
        // no users, yet the survivors may still be short.
        const survivors = teleport.filter((r) => r.id !== f.region);
        const names = survivors.map((r) => r.id);
        return finding(ID, {
          subject: f.region,
          severity: "critical",
          title:
            survivors.length === 0
              ? `Losing ${f.region} leaves no Teleport region`
              : `Losing ${f.region} overloads ${listText(names)}`,
          explanation: `If ${f.region} fails: ${f.teleport.explanation}`,
          fix:
            survivors.length === 0
              ? "Run Teleport in at least two regions."
              : `Raise the proxy and auth replicas (or their resources) in ${listText(names)} so they can carry the whole load without ${f.region}.`,
          fields:
            survivors.length === 0
              ? indexedRegions(plan)
                  .filter((r) => !r.region.runsTeleport)
                  .map((r) => `regions.${r.index}.runsTeleport`)
              : survivors.flatMap((r) => [`regions.${r.index}.proxyReplicas`, `regions.${r.index}.authReplicas`]),
          regions: [f.region, ...names],
          source: SOURCE,
        });
      });
  },
};
