import type { Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { finding } from "./finding";
import { cockroachRegions } from "./plan-regions";

const ID = "cockroach-nodes-per-zone";
const SOURCE = BLUEPRINT("CockroachDB sizing");

/**
 * Fewer CockroachDB nodes per zone than the sizing recommends. The sizing scales the blueprint's
 * reference (3 regions × 3 zones × 1 node of 2 vCPU / 8 GiB for 10,000 SSH nodes) with the
 * workload and caps pods at 16 vCPU; with fewer nodes each pod must grow past that cap.
 */
export const cockroachNodesPerZoneRule: Rule = {
  id: ID,
  title: "Fewer CockroachDB nodes per zone than recommended",
  source: SOURCE,
  check: ({ plan, sizing }) => {
    const { nodesPerZonePlanned, nodesPerZoneRecommended, explanation } = sizing.cockroach;
    if (nodesPerZonePlanned >= nodesPerZoneRecommended) return [];
    return [
      finding(ID, {
        severity: "warning",
        title: `${nodesPerZonePlanned} CockroachDB node${nodesPerZonePlanned === 1 ? "" : "s"} per zone; ${nodesPerZoneRecommended} recommended`,
        explanation: `The plan runs ${nodesPerZonePlanned} CockroachDB node${nodesPerZonePlanned === 1 ? "" : "s"} per zone, fewer than the ${nodesPerZoneRecommended} recommended for this workload, so each node must be larger than the sizing's per-node ceiling. ${explanation}`,
        fix: `Set CockroachDB nodes per zone to ${nodesPerZoneRecommended}.`,
        fields: ["cockroachdb.nodesPerZone"],
        regions: cockroachRegions(plan).map((r) => r.id),
        source: SOURCE,
      }),
    ];
  },
};
