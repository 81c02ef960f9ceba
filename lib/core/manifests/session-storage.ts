import type { BundleContext } from "@/lib/core/bundle/context";
import { nearestAwsRegionCode, regionCode } from "@/lib/core/bundle/context";
import { regionalBucketName } from "@/lib/core/dns";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import { nearestRegionCode } from "./nearest-region";
import { GCP_PROJECT_PLACEHOLDER } from "./storage-gcs-names";
import { sessionKeyAlias } from "./storage-kms";
import { buildUri } from "./uri";

/**
 * Where each Teleport region's Auth Service writes session recordings, per object storage kind
 * (Teleport docs: Storage backends, "S3", "GCS", "Azure Blob Storage"; Multi-region Blueprint,
 * "Teleport dependencies"):
 * - S3: one bucket per region, `<prefix>-<region code>`, in that region (or the nearest AWS
 *   region for a region on another cloud), replicated both ways by rules;
 * - GCS: one dual- or multi-region bucket named `<prefix>`, which Google replicates itself;
 * - Azure Blob: one storage account per region (lower-case letters and digits, at most 24),
 *   replicated with object replication (in the nearest Azure region for a region on another cloud);
 * - MinIO: one bucket named `<prefix>` on every site, kept equal by site replication; the
 *   site endpoint is not in the plan, so the bundle writes a placeholder the README names.
 */
export type SessionBucket = { kind: Plan["objectStorage"]["kind"]; name: string; location: string; endpoint?: string };

const AZURE_ACCOUNT_MAX = 24;

export function sessionBucket(plan: Plan, region: PlanRegion): SessionBucket {
  const { kind, bucketPrefix } = plan.objectStorage;
  const code = regionCode(region.id);
  switch (kind) {
    case "s3":
      return { kind, name: regionalBucketName(bucketPrefix, code), location: nearestAwsRegionCode(region.id) };
    case "gcs":
      return { kind, name: bucketPrefix, location: code };
    case "azure-blob": {
      const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
      const suffix = clean(code).slice(0, AZURE_ACCOUNT_MAX);
      return { kind, name: `${clean(bucketPrefix).slice(0, AZURE_ACCOUNT_MAX - suffix.length)}${suffix}`, location: nearestRegionCode(region.id, "azure") };
    }
    case "minio":
      return { kind, name: bucketPrefix, location: code, endpoint: minioEndpointPlaceholder(code) };
  }
}

/** The placeholder the storage README asks to replace with the region's MinIO site endpoint. */
export const minioEndpointPlaceholder = (code: string): string => `minio.${code}.example.com`;

/**
 * `complete_initiators` is understood from Teleport 17.4.6, 16.5.5 and 15.5.0 on
 * (gravitational/teleport#54869); older versions would reject the unknown parameter.
 */
export function supportsCompleteInitiators(version: string): boolean {
  const [major = 0, minor = 0, patch = 0] = version.split(".").map((n) => Number.parseInt(n, 10) || 0);
  const atLeast = (m: number, p: number) => minor > m || (minor === m && patch >= p);
  if (major >= 18) return true;
  if (major === 17) return atLeast(4, 6);
  if (major === 16) return atLeast(5, 5);
  if (major === 15) return atLeast(5, 0);
  return false;
}

/**
 * The region's `audit_sessions_uri`. For replicated S3 buckets `complete_initiators=<uploader
 * role>` makes Teleport complete only the uploads it started itself, not the ones replication
 * creates (Multi-region Blueprint, final section); it is added when the version supports it and
 * the plan names a role.
 */
export function sessionsUri(ctx: BundleContext, region: PlanRegion): string {
  const bucket = sessionBucket(ctx.plan, region);
  const role = ctx.plan.objectStorage.uploaderRole;
  switch (bucket.kind) {
    case "s3": {
      // sse_kms_key: the region's own key, which replication can decrypt (storage-kms.ts).
      const query: [string, string][] = [
        ["region", bucket.location],
        ["sse_kms_key", sessionKeyAlias(ctx.plan.objectStorage.bucketPrefix, region)],
      ];
      if (role !== "" && supportsCompleteInitiators(ctx.teleportVersion)) query.push(["complete_initiators", role]);
      return buildUri({ scheme: "s3", host: bucket.name, path: "/records", query });
    }
    case "gcs":
      // Teleport refuses a gs:// URI without projectID ("parameter projectID with value '' is
      // invalid": gravitational/teleport lib/events/gcssessions/gcshandler.go, Config.SetFromURL);
      // the project id is not in the plan, so the placeholder the README asks to replace. The
      // object prefix is the `path` parameter there, not the URI's path (which the GCS handler
      // ignores), so `records/` as for S3 comes from `path=records`.
      return buildUri({ scheme: "gs", host: bucket.name, query: [["path", "records"], ["projectID", GCP_PROJECT_PLACEHOLDER]] });
    case "azure-blob":
      return buildUri({ scheme: "azblob", host: `${bucket.name}.blob.core.windows.net` });
    case "minio":
      return buildUri({
        scheme: "s3",
        host: bucket.name,
        path: "/records",
        query: [
          ["region", bucket.location],
          ["endpoint", bucket.endpoint ?? ""],
        ],
      });
  }
}
