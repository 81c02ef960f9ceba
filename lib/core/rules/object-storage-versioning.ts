import type { Rule } from "../analysis/types";
import { TELEPORT_DOC } from "../sources";
import { finding } from "./finding";
import { teleportRegions } from "./plan-regions";

const ID = "object-storage-versioning";
const SOURCE = TELEPORT_DOC("Storage backends", "https://goteleport.com/docs/reference/deployment/backends/", "S3 (session recordings)");

/**
 * Teleport's S3 session-recording backend requires a bucket with versioning enabled; the
 * blueprint's S3 section creates each regional bucket "with versioning enabled", and S3
 * replication rules only work between versioned buckets. MinIO is reached through the same S3
 * client and its multi-site replication also needs versioning. GCS and Azure Blob have no such
 * requirement in Teleport's docs, so they are not checked.
 */
export const objectStorageVersioningRule: Rule = {
  id: ID,
  title: "Session recording buckets without versioning",
  source: SOURCE,
  check: ({ plan }) => {
    const { kind, versioning } = plan.objectStorage;
    if (versioning || (kind !== "s3" && kind !== "minio")) return [];
    return [
      finding(ID, {
        severity: "critical",
        title: `${kind === "s3" ? "S3" : "MinIO"} buckets without versioning`,
        explanation:
          "Teleport's S3 session-recording backend requires buckets with versioning enabled, and bucket replication between regions only works on versioned buckets. " +
          "The blueprint creates one bucket per region, each with versioning enabled.",
        fix: "Enable versioning on every regional bucket.",
        fields: ["objectStorage.versioning"],
        regions: teleportRegions(plan).map((r) => r.id),
        source: SOURCE,
      }),
    ];
  },
};
