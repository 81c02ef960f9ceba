import type { Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { finding } from "./finding";
import { teleportRegions } from "./plan-regions";

const ID = "object-storage-delete-markers";
const SOURCE = BLUEPRINT("Setting up multi-region AWS S3 replication");

/**
 * Blueprint (S3 section): "If you want Teleport to automatically clean up session recordings, you
 * must enable 'Delete marker replication' in the replication rules." Without it a recording
 * deleted in one region survives in the others.
 */
export const objectStorageDeleteMarkersRule: Rule = {
  id: ID,
  title: "Automatic clean-up without delete-marker replication",
  source: SOURCE,
  check: ({ plan }) => {
    const { kind, autoCleanup, deleteMarkerReplication } = plan.objectStorage;
    if (kind !== "s3" || !autoCleanup || deleteMarkerReplication) return [];
    return [
      finding(ID, {
        severity: "warning",
        title: "Recording clean-up does not replicate deletions",
        explanation:
          "Teleport is set to clean up session recordings automatically, but the S3 replication rules do not replicate delete markers. " +
          "A recording deleted through one region's bucket stays in the other regions' buckets, so retention is not enforced everywhere. " +
          'The blueprint: to let Teleport clean up recordings you must enable "Delete marker replication" in the replication rules.',
        fix: "Enable delete-marker replication in the S3 replication rules, or turn automatic clean-up off.",
        fields: ["objectStorage.deleteMarkerReplication", "objectStorage.autoCleanup"],
        regions: teleportRegions(plan).map((r) => r.id),
        source: SOURCE,
      }),
    ];
  },
};
