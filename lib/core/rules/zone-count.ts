import type { Rule } from "../analysis/types";
import { getRegion } from "../catalog";
import { COCKROACH_DOC } from "../sources";
import { finding, plural } from "./finding";
import { indexedRegions } from "./plan-regions";

const ID = "zone-count";
const SOURCE = COCKROACH_DOC("Recommended production settings", "recommended-production-settings", "Topology");
/**
 * CockroachDB topology recommendations: "to survive the loss of one availability zone, use at
 * least 3 AZs per region" with the same number of nodes in each; the blueprint's layout is 3
 * zones per region. Teleport's pods spread over the same zones.
 */
export const MIN_ZONES = 3;

export const zoneCountRule: Rule = {
  id: ID,
  title: "Region with fewer than three zones",
  source: SOURCE,
  check: ({ plan }) =>
    indexedRegions(plan)
      .filter(({ region }) => region.zones.length < MIN_ZONES)
      .map(({ region, index, id }) => {
        const offered = getRegion(id)?.zones ?? [];
        const planned = region.zones.length;
        const unused = offered.filter((z) => !region.zones.includes(z));
        const catalogText =
          offered.length === 0 && id.startsWith("azure:")
            ? ` This Azure region has no availability zones, so every node shares one failure domain; pick an Azure region with zones.` +
              // The bundle's zone releases need a zone label to pin to (lib/core/manifests/cockroach-zones.ts).
              (region.runsCockroach ? " The bundle runs its CockroachDB nodes as one release whose locality has no zone tier." : "")
            : offered.length < MIN_ZONES
              ? ` The region offers only ${plural(offered.length, "zone")}; pick a region with ${MIN_ZONES} or more.`
              : ` The region offers ${unused.length} more: ${unused.join(", ")}.`;
        return finding(ID, {
          subject: id,
          severity: "warning",
          title: `${id} uses ${plural(planned, "zone")}`,
          explanation:
            `The plan places ${id}'s nodes in ${plural(planned, "availability zone")}. ` +
            `To survive the loss of one zone, CockroachDB recommends at least ${MIN_ZONES} zones per region with the same number of nodes in each, and the blueprint uses ${MIN_ZONES}; ` +
            `with ${planned === 1 ? "one zone, a zone failure takes down all" : "two, a zone failure takes down half"} of the region's ${region.runsCockroach ? "CockroachDB nodes" : "nodes"}${region.runsTeleport ? " and Teleport pods" : ""}.${catalogText}`,
          fix: offered.length >= MIN_ZONES ? `Use ${MIN_ZONES} zones in ${id}.` : `Replace ${id} with a region that has at least ${MIN_ZONES} availability zones.`,
          fields: [`regions.${index}.zones`],
          regions: [id],
          source: SOURCE,
        });
      }),
};
