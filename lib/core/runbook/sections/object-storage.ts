import { BUNDLE_PATHS } from "@/lib/core/bundle/paths";
import { sessionBucket } from "@/lib/core/manifests/session-storage";
import type { Plan } from "@/lib/schemas/plan";
import { listText } from "../names";
import { pipe, sh } from "../shell";
import { SRC } from "../sources";
import { draft, type RunbookContext } from "../step";
import type { StepDraft } from "../types";

/** The session-recording buckets: one per Teleport region, or one multi-region bucket for GCS. */
export type SessionBucket = { region: string; name: string; location: string };

/**
 * The buckets exactly as the bundle's storage files name them (`sessionBucket` in
 * lib/core/manifests): one per Teleport region for S3, Azure Blob and MinIO sites, and a single
 * dual- or multi-region bucket for GCS, which Google replicates itself.
 */
export function sessionBuckets(plan: Plan): SessionBucket[] {
  const regions = plan.regions.filter((r) => r.runsTeleport);
  if (plan.objectStorage.kind === "gcs") {
    return [{ region: regions.map((r) => r.id).join(","), name: plan.objectStorage.bucketPrefix, location: "multi-region" }];
  }
  return regions.map((r) => {
    const bucket = sessionBucket(plan, r);
    return { region: r.id, name: bucket.name, location: bucket.location };
  });
}

const CHECK_KEY = "runbook-replication-check.txt";

/** Buckets, replication between them and the Auth Service's access, per storage kind. */
export function objectStorageSteps({ plan }: RunbookContext): StepDraft[] {
  const storage = plan.objectStorage;
  const buckets = sessionBuckets(plan);
  const inputs = { storage, buckets };
  const bucketList = listText(buckets.map((b) => `${b.name} (${b.location})`));
  // The bundle has one of the two: Terraform for S3, written steps for the other stores.
  const files = [plan.objectStorage.kind === "s3" ? BUNDLE_PATHS.storageTerraform : BUNDLE_PATHS.storageSteps];
  const terraform = [sh(["terraform", "-chdir=storage", "init"]), sh(["terraform", "-chdir=storage", "apply"])];

  const create = draft({
    key: "object-storage.buckets",
    title: "Create the session-recording buckets",
    what:
      `Create ${buckets.length === 1 ? "the bucket" : `one bucket per Teleport region`}: ${bucketList}` +
      (storage.versioning ? ", with versioning enabled" : ". The plan leaves versioning off, but Teleport's S3 backend and bucket replication both require it") +
      `. Teleport writes each region's session recordings to its own regional bucket; the blueprint makes the object storage multi-region by replication.` +
      (storage.kind === "s3" && storage.multiRegionAccessPoint ? " The Terraform also creates a Multi-Region Access Point over the buckets." : ""),
    commands: terraform,
    verify: bucketChecks(storage.kind, buckets),
    expect: storage.kind === "gcs" ? "Versioning is enabled on the bucket." : `Every bucket reports versioning "Enabled".`,
    files,
    sources: [SRC.s3Replication, SRC.backends],
    inputs,
  });

  const replicate = draft({
    key: "object-storage.replication",
    title: "Replicate the recordings between regions",
    what: replicationText(plan, buckets.length),
    verify: replicationChecks(storage.kind, buckets),
    expect:
      buckets.length > 1
        ? `Each bucket has a replication rule to every other bucket${storage.deleteMarkerReplication ? " with delete marker replication Enabled" : ""}, and the test object written to ${buckets[0]?.name} appears in the others within about 15 minutes.`
        : "The bucket's location spans the Teleport regions.",
    files,
    sources: [SRC.s3Replication, SRC.dependencies],
    inputs,
  });

  const role = storage.uploaderRole;
  const access = draft({
    key: "object-storage.access",
    title: "Give the Teleport Auth Service access to the recordings",
    what:
      `Allow the identity the Auth pods use${role ? ` (${role})` : ""} to read and write the buckets (Teleport docs, storage backends: S3 IAM policy). ` +
      (storage.kind === "s3" && role
        ? `The values files set complete_initiators=${role} in audit_sessions_uri so Teleport completes only the uploads it started, not the ones replication creates (blueprint; supported from Teleport 17.4.6).`
        : ""),
    verify: storage.kind === "s3" && role ? [sh(["aws", "iam", "get-role", "--role-name", role]), sh(["aws", "iam", "list-attached-role-policies", "--role-name", role])] : [],
    expect: storage.kind === "s3" && role ? `The role ${role} exists and has the session-recording policy attached.` : "",
    files,
    sources: [SRC.backends, SRC.s3Replication],
    inputs,
  });
  return [create, replicate, access];
}

function bucketChecks(kind: Plan["objectStorage"]["kind"], buckets: SessionBucket[]): string[] {
  switch (kind) {
    case "s3":
      return buckets.map((b) => sh(["aws", "s3api", "get-bucket-versioning", "--bucket", b.name, "--region", b.location]));
    case "gcs":
      return buckets.map((b) => sh(["gcloud", "storage", "buckets", "describe", `gs://${b.name}`, "--format=value(location,versioning_enabled)"]));
    case "azure-blob":
      return [];
    case "minio":
      return buckets.map((b) => sh(["mc", "version", "info", `${b.location}/${b.name}`]));
  }
}

function replicationText(plan: Plan, count: number): string {
  const { kind, multiRegionAccessPoint, deleteMarkerReplication, autoCleanup } = plan.objectStorage;
  const deleteMarkers = deleteMarkerReplication
    ? " Enable delete marker replication in the rules, so Teleport's automatic clean-up of recordings reaches every region."
    : autoCleanup
      ? " The plan has automatic clean-up on but delete marker replication off: recordings deleted in one region stay in the others."
      : "";
  switch (kind) {
    case "s3":
      return (
        (multiRegionAccessPoint
          ? `In the S3 console, open the Multi-Region Access Point's "Replication and failover" tab, choose "Create replication rule" and the template "Replicate objects among all specified buckets".`
          : `Create one one-way replication rule per ordered pair of buckets: ${count * (count - 1)} rules for ${count} buckets (the storage Terraform writes them).`) + deleteMarkers
      );
    case "minio":
      return `Set up MinIO multi-site replication between the ${count} sites.${deleteMarkers}`;
    case "gcs":
      return "A GCS multi-region or dual-region bucket replicates by itself; check that its location covers the Teleport regions.";
    case "azure-blob":
      return "Use geo-redundant storage (or object replication between regional accounts) so recordings survive a region; Teleport does not delete Azure recordings, so set a lifecycle policy for retention.";
  }
}

function replicationChecks(kind: Plan["objectStorage"]["kind"], buckets: SessionBucket[]): string[] {
  const [first, ...others] = buckets;
  if (kind !== "s3" || !first || others.length === 0) return [];
  return [
    ...buckets.map((b) =>
      sh(["aws", "s3api", "get-bucket-replication", "--bucket", b.name, "--region", b.location, "--query", "ReplicationConfiguration.Rules[].[Destination.Bucket,DeleteMarkerReplication.Status]", "--output", "text"]),
    ),
    pipe(["echo", "replication check"], ["aws", "s3", "cp", "-", `s3://${first.name}/${CHECK_KEY}`, "--region", first.location]),
    ...others.map((b) => sh(["aws", "s3api", "head-object", "--bucket", b.name, "--key", CHECK_KEY, "--region", b.location])),
  ];
}
