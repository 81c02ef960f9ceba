import type { Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { finding } from "./finding";
import { teleportRegions } from "./plan-regions";

const ID = "object-storage-access-point";
const SOURCE = BLUEPRINT("Setting up multi-region AWS S3 replication");

/**
 * The blueprint creates an S3 Multi-Region Access Point over the regional buckets and uses it to
 * create the "Replicate objects among all specified buckets" rule. Without it the same result
 * needs one one-way rule per ordered pair of buckets (6 for 3 buckets), which is easy to get
 * wrong; Teleport itself writes to the regional bucket either way, hence only info.
 */
export const objectStorageAccessPointRule: Rule = {
  id: ID,
  title: "No S3 Multi-Region Access Point",
  source: SOURCE,
  check: ({ plan }) => {
    const { kind, multiRegionAccessPoint } = plan.objectStorage;
    if (kind !== "s3" || multiRegionAccessPoint) return [];
    const regions = teleportRegions(plan).map((r) => r.id);
    const rules = regions.length * (regions.length - 1);
    return [
      finding(ID, {
        severity: "info",
        title: "No S3 Multi-Region Access Point",
        explanation:
          "The blueprint creates a Multi-Region Access Point over the regional buckets and uses it to create one rule that replicates objects among all of them. " +
          `Without it you need one one-way replication rule per ordered pair of buckets: ${rules} rules for ${regions.length} buckets. Teleport writes to each region's own bucket either way.`,
        fix: "Create a Multi-Region Access Point for the buckets, or make sure the generated one-way replication rules cover every pair.",
        fields: ["objectStorage.multiRegionAccessPoint"],
        regions,
        source: SOURCE,
      }),
    ];
  },
};
