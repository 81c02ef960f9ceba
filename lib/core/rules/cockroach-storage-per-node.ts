import type { Rule } from "../analysis/types";
import { COCKROACH_DOC } from "../sources";
import { finding } from "./finding";
import { cockroachRegions } from "./plan-regions";

const ID = "cockroach-storage-per-node";
const SOURCE = COCKROACH_DOC("Healthy storage capacity", "healthy-storage-capacity");

/**
 * Planned volume per CockroachDB node smaller than the sizing's estimate, which already keeps
 * disks below the 80% CockroachDB asks for (Healthy storage capacity). The estimate rests on
 * planner assumptions (state and audit volume per SSH-node equivalent), so this is a warning.
 */
export const cockroachStoragePerNodeRule: Rule = {
  id: ID,
  title: "CockroachDB volumes smaller than estimated",
  source: SOURCE,
  check: ({ plan, sizing }) => {
    const { storagePerNodeGiB, storageNeededPerNodeGiB } = sizing.cockroach;
    if (storagePerNodeGiB >= storageNeededPerNodeGiB) return [];
    return [
      finding(ID, {
        severity: "warning",
        title: `CockroachDB volumes of ${storagePerNodeGiB} GiB; about ${storageNeededPerNodeGiB} GiB estimated`,
        explanation:
          `Each CockroachDB node gets a ${storagePerNodeGiB} GiB volume, but the sizing estimates ${storageNeededPerNodeGiB} GiB per node to hold the Teleport state and a year of audit events across all replicas while staying below 80% full. ` +
          "CockroachDB asks to keep used capacity below 80%; a full store stops accepting writes.",
        fix: `Set the storage per node to at least ${storageNeededPerNodeGiB} GiB.`,
        fields: ["cockroachdb.storagePerNodeGiB"],
        regions: cockroachRegions(plan).map((r) => r.id),
        source: SOURCE,
      }),
    ];
  },
};
