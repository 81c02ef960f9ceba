import type { Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { finding, listText } from "./finding";
import { teleportRegions } from "./plan-regions";

const ID = "teleport-regions-match-db";
const SOURCE = BLUEPRINT("Impact of the CockroachDB regions");

/**
 * Blueprint: "CockroachDB stores the Teleport data in two regions. If you only deploy two regional
 * Teleport clusters, pick the same regions." Teleport elsewhere reads and writes across regions.
 */
export const teleportRegionsMatchDbRule: Rule = {
  id: ID,
  title: "Two Teleport regions that are not the database regions",
  source: SOURCE,
  check: ({ plan }) => {
    const regions = teleportRegions(plan);
    if (regions.length !== 2) return [];
    const { primaryRegion, secondaryRegion } = plan.cockroachdb;
    const dataRegions = secondaryRegion === null ? [primaryRegion] : [primaryRegion, secondaryRegion];
    const outside = regions.filter((r) => !dataRegions.includes(r.id));
    if (outside.length === 0) return [];
    return [
      finding(ID, {
        severity: "warning",
        title: "Teleport regions differ from the CockroachDB primary and secondary",
        explanation:
          `Teleport runs in two regions, but ${listText(outside.map((r) => r.id))} ${outside.length === 1 ? "is" : "are"} neither the CockroachDB primary (${primaryRegion}) nor the secondary (${secondaryRegion ?? "none"}). ` +
          "CockroachDB keeps the Teleport data in the primary and secondary regions, so Teleport in any other region pays a cross-region round trip on its database calls. " +
          "The blueprint: if you only deploy two regional Teleport clusters, pick the same regions.",
        fix: "Make the two Teleport regions the CockroachDB primary and secondary regions.",
        fields: [...outside.map((r) => `regions.${r.index}.runsTeleport`), "cockroachdb.primaryRegion", "cockroachdb.secondaryRegion"],
        regions: regions.map((r) => r.id),
        source: SOURCE,
      }),
    ];
  },
};
