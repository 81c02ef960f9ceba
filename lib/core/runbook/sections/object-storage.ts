import { BUNDLE_PATHS } from "@/lib/core/bundle/paths";
import { sessionBucket } from "@/lib/core/manifests/session-storage";
import { AWS_ACCOUNT_PLACEHOLDER, isEks, teleportRoleName } from "@/lib/core/manifests/storage-iam";
import { sessionKeyAlias } from "@/lib/core/manifests/storage-kms";
import { AZURE_CONTAINERS, replicaContainerName, replicationPairs } from "@/lib/core/manifests/storage-azure-terraform";
import { GCP_PROJECT_PLACEHOLDER, gcsServiceAccountEmail } from "@/lib/core/manifests/storage-gcs-terraform";
import { AZURE_TENANT_PLACEHOLDER } from "@/lib/core/manifests/teleport-identity";
import type { Plan } from "@/lib/schemas/plan";
import { TELEPORT_RELEASE, listText } from "../names";
import { capture, sh } from "../shell";
import { SRC } from "../sources";
import { WIF_KUBERNETES_DOC, federationAccess, federationCreateCommands, federationCreateText } from "./object-storage-gcs-federation";
import { draft, type RunbookContext } from "../step";
import type { StepDraft } from "../types";

/** The session-recording buckets: one per Teleport region, or one multi-region bucket for GCS. */
export type SessionBucket = { region: string; name: string; location: string; keyAlias?: string };

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
    return { region: r.id, name: bucket.name, location: bucket.location, ...(bucket.kind === "s3" ? { keyAlias: sessionKeyAlias(plan.objectStorage.bucketPrefix, r) } : {}) };
  });
}

/** Outside Teleport's `records/` prefix, so Teleport never lists or completes it. */
const CHECK_KEY = "runbook-checks/replication-check";

/** Buckets, replication between them and the Auth Service's access, per storage kind. */
export function objectStorageSteps({ plan }: RunbookContext): StepDraft[] {
  const storage = plan.objectStorage;
  const buckets = sessionBuckets(plan);
  const inputs = { storage, buckets };
  const bucketList = listText(buckets.map((b) => `${b.name} (${b.location})`));
  // Terraform for S3, GCS and Azure Blob (with a README for GCS and Azure), written steps for MinIO.
  const files = storageFiles(storage.kind);
  const terraform = storage.kind === "minio" ? [] : [sh(["terraform", "-chdir=storage", "init"]), sh(["terraform", "-chdir=storage", "apply"])];
  // GCS with Teleport regions outside Google Cloud: their issuers before apply, their ConfigMaps after it.
  const federation = federationAccess(plan);
  const federationSources = federation ? [WIF_KUBERNETES_DOC] : [];

  const create = draft({
    key: "object-storage.buckets",
    title: "Create the session-recording buckets",
    what:
      `Create ${buckets.length === 1 ? "the bucket" : `one bucket per Teleport region`}: ${bucketList}` +
      (storage.versioning ? ", with versioning enabled" : ". The plan leaves versioning off, but Teleport's S3 backend and bucket replication both require it") +
      (storage.kind === "gcs"
        ? ". Every Teleport region writes its session recordings to this one bucket, which Google replicates across its locations (the blueprint's GCS multi-region location)."
        : `. Teleport writes each region's session recordings to its own regional bucket; the blueprint makes the object storage multi-region by replication.`) +
      (storage.kind === "s3" && storage.multiRegionAccessPoint ? " The Terraform also creates a Multi-Region Access Point over the buckets." : "") +
      (storage.kind === "s3"
        ? " It also creates one KMS key per region (the bucket's default encryption, and the key Teleport names in sse_kms_key), the IAM role the Auth pods assume and the role S3 replication assumes. terraform apply asks for each region's cluster OIDC identity: the EKS cluster's IAM OIDC provider ARN, or the public OIDC issuer URL of a GKE or AKS cluster."
        : storageCreateText(storage.kind) + federationCreateText(plan)),
    commands: [...federationCreateCommands(plan), ...terraform],
    verify: bucketChecks(storage.kind, buckets),
    expect:
      storage.kind === "gcs"
        ? `The bucket reports its dual- or multi-region location${storage.versioning ? " and versioning enabled" : ""}.`
        : storage.kind === "azure-blob"
          ? "Every account reports versioning and the change feed enabled: true, true."
          : `Every bucket reports versioning "Enabled".`,
    files,
    sources: [SRC.s3Replication, SRC.backends, ...federationSources],
    inputs,
  });

  const replicate = draft({
    key: "object-storage.replication",
    title: "Replicate the recordings between regions",
    what: replicationText(plan, buckets.length),
    verify: storage.kind === "azure-blob" ? azureReplicationChecks(plan, files[0] ?? BUNDLE_PATHS.storageTerraform) : replicationChecks(storage.kind, buckets, files[0] ?? BUNDLE_PATHS.storageTerraform),
    expect:
      storage.kind === "azure-blob" && buckets.length > 1
        ? `Each account lists an object replication policy from the accounts before it, and the test blob written to the session container of ${buckets[0]?.name} appears in ${firstReplica(plan)} of the next accounts (replication is asynchronous with no SLA on its duration: Azure docs, "Object replication for block blobs").`
        : buckets.length > 1
        ? storage.kind === "s3"
          ? `Each bucket has a replication rule to every other bucket that selects SSE-KMS objects (SseKmsEncryptedObjects Enabled) and names a replica key${storage.deleteMarkerReplication ? ", with delete marker replication Enabled" : ""}. The test object, uploaded to ${buckets[0]?.name} the way Teleport uploads recordings (multipart, SSE-KMS with the region's key), reports ReplicationStatus COMPLETED there and REPLICA, aws:kms and the destination region's key in every other bucket within about 15 minutes.`
          : `Each bucket has a replication rule to every other bucket${storage.deleteMarkerReplication ? " with delete marker replication Enabled" : ""}, and the test object written to ${buckets[0]?.name} appears in the others within about 15 minutes.`
        : "The bucket's location spans the Teleport regions.",
    files,
    sources: [SRC.s3Replication, SRC.dependencies],
    inputs,
  });

  const role = storage.uploaderRole;
  const isS3 = storage.kind === "s3";
  const iamRole = teleportRoleName(plan);
  const federated = plan.regions.filter((r) => r.runsTeleport && !isEks(r)).map((r) => r.id);
  const access = draft({
    key: "object-storage.access",
    title: "Give the Teleport Auth Service access to the recordings",
    what: isS3
      ? `The storage Terraform creates the IAM role ${iamRole} with the S3 and KMS permissions Teleport's S3 backend needs (Teleport docs, storage backends: S3 IAM policy), assumable only by the Auth service account of each Teleport region through its cluster's OIDC issuer; no access keys. ` +
        `EKS regions get the role through the eks.amazonaws.com/role-arn annotation the values put on the Auth service account (IRSA)` +
        (federated.length > 0 ? `; ${listText(federated)} get it by web-identity federation: the values mount a projected token with audience sts.amazonaws.com and set AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE` : "") +
        ". " +
        (storage.awsAccountId
          ? ""
          : `The plan has no AWS account id, so the values carry arn:aws:iam::${AWS_ACCOUNT_PLACEHOLDER}:role/${iamRole}: replace ${AWS_ACCOUNT_PLACEHOLDER} in every teleport values file with your account id (terraform -chdir=storage output teleport_auth_role_arn prints the ARN), or set it in the plan and download the bundle again. `) +
        (role ? `The values files set complete_initiators=${role} in audit_sessions_uri so Teleport completes only the uploads it started, not the ones replication creates (blueprint; supported from Teleport 17.4.6).` : "")
      : storage.kind === "gcs"
        ? `The storage Terraform creates the service account ${gcsServiceAccountEmail("<project>")} with a custom role of the permissions Teleport's GCS backend needs on the bucket only, and lets the Auth service account ${TELEPORT_RELEASE} of each GKE region's Teleport namespace impersonate it (Workload Identity Federation for GKE, roles/iam.workloadIdentityUser). Replace ${GCP_PROJECT_PLACEHOLDER} in every teleport values file with your project id so audit_sessions_uri carries the projectID Teleport's GCS backend requires and the iam.gke.io/gcp-service-account annotation names that service account; no key file.${federation?.text ?? ""}`
        : storage.kind === "azure-blob"
          ? `The storage Terraform creates per region a user-assigned identity federated with the cluster's OIDC issuer for the Auth service account ${TELEPORT_RELEASE}, with Storage Blob Data Contributor on its own account. Replace each AZURE_CLIENT_ID_<REGION> placeholder in the teleport values with the client id terraform -chdir=storage output teleport_auth_client_ids prints for that region (and ${AZURE_TENANT_PLACEHOLDER} outside AKS); no key or connection string.`
          : `Allow the identity the Auth pods use${role ? ` (${role})` : ""} to read and write the buckets (Teleport docs, storage backends).`,
    verify: isS3
      ? [
          sh(["terraform", "-chdir=storage", "output", "teleport_auth_role_arn"]),
          sh(["aws", "iam", "get-role", "--role-name", iamRole, "--query", "Role.AssumeRolePolicyDocument.Statement[].Principal.Federated", "--output", "text"]),
          sh(["aws", "iam", "get-role-policy", "--role-name", iamRole, "--policy-name", "session-recordings", "--query", "PolicyDocument.Statement[].Sid", "--output", "text"]),
        ]
      : storage.kind === "gcs"
        ? [sh(["terraform", "-chdir=storage", "output", "teleport_auth_service_account_email"]), ...(federation?.verify ?? [])]
        : storage.kind === "azure-blob"
          ? [sh(["terraform", "-chdir=storage", "output", "teleport_auth_client_ids"])]
          : [],
    expect: isS3
      ? `The role's ARN, one federated OIDC provider per Teleport region, and the statements BucketActions, ObjectActions and SessionKeys.`
      : storage.kind === "gcs"
        ? "The service account's e-mail, which the annotation in every GKE region's values names." +
          (federation ? " One audience per region outside Google Cloud; each region's ConfigMap prints the credential configuration with that audience (the project number filled in) and the service account's e-mail, no placeholder left." : "")
        : storage.kind === "azure-blob"
          ? "One client id per Teleport region, each in that region's values."
          : "",
    ...(federation ? { commands: federation.commands } : {}),
    files: [...files, ...(federation?.files ?? [])],
    sources: [SRC.backends, SRC.s3Replication, ...federationSources],
    inputs: { ...inputs, iamRole, federated },
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
      return buckets.map((b) => sh(["az", "storage", "account", "blob-service-properties", "show", "--account-name", b.name, "--query", "[isVersioningEnabled,changeFeed.enabled]", "--output", "tsv"]));
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
      return `The storage Terraform replicates each account's session container into a read-only session-from-<region> container of the next ${Math.min(2, count - 1)} account(s) (object replication: Azure refuses writes to a destination container and allows two destinations per source). Teleport does not delete Azure recordings, so set a lifecycle policy for retention.`;
  }
}

/**
 * The replication check uploads an object the way Teleport's S3 uploader writes a recording: a
 * multipart upload with SSE-KMS and the region's key (gravitational/teleport
 * lib/events/s3sessions/s3stream.go, CreateUpload/UploadPart/CompleteUpload), so a rule that
 * skips SSE-KMS objects fails the check. Then every other bucket must hold an SSE-KMS replica.
 */
function replicationChecks(kind: Plan["objectStorage"]["kind"], buckets: SessionBucket[], body: string): string[] {
  const [first, ...others] = buckets;
  if (kind !== "s3" || !first || others.length === 0) return [];
  const at = ["--bucket", first.name, "--key", CHECK_KEY, "--region", first.location];
  return [
    ...buckets.map((b) =>
      sh([
        "aws", "s3api", "get-bucket-replication", "--bucket", b.name, "--region", b.location,
        "--query", "ReplicationConfiguration.Rules[].[Destination.Bucket,SourceSelectionCriteria.SseKmsEncryptedObjects.Status,Destination.EncryptionConfiguration.ReplicaKmsKeyID,DeleteMarkerReplication.Status]",
        "--output", "text",
      ]),
    ),
    capture("UPLOAD_ID", ["aws", "s3api", "create-multipart-upload", ...at, "--server-side-encryption", "aws:kms", "--ssekms-key-id", first.keyAlias ?? "", "--query", "UploadId", "--output", "text"]),
    sh(["aws", "s3api", "upload-part", ...at, "--upload-id", { env: "UPLOAD_ID" }, "--part-number", "1", "--body", body]),
    capture("PARTS", ["aws", "s3api", "list-parts", ...at, "--upload-id", { env: "UPLOAD_ID" }, "--query", "{Parts: Parts[].{ETag: ETag, PartNumber: PartNumber}}", "--output", "json"]),
    sh(["aws", "s3api", "complete-multipart-upload", ...at, "--upload-id", { env: "UPLOAD_ID" }, "--multipart-upload", { env: "PARTS" }]),
    sh(["aws", "s3api", "head-object", ...at, "--query", "[ReplicationStatus,ServerSideEncryption]", "--output", "text"]),
    ...others.map((b) =>
      sh(["aws", "s3api", "head-object", "--bucket", b.name, "--key", CHECK_KEY, "--region", b.location, "--query", "[ReplicationStatus,ServerSideEncryption,SSEKMSKeyId]", "--output", "text"]),
    ),
  ];
}

function storageFiles(kind: Plan["objectStorage"]["kind"]): string[] {
  if (kind === "s3") return [BUNDLE_PATHS.storageTerraform];
  if (kind === "minio") return [BUNDLE_PATHS.storageSteps];
  return [BUNDLE_PATHS.storageTerraform, BUNDLE_PATHS.storageSteps];
}

function storageCreateText(kind: Plan["objectStorage"]["kind"]): string {
  if (kind === "gcs")
    return " The storage Terraform creates one dual- or multi-region bucket (storage/README.md says which), with uniform bucket-level access and public access prevention enforced; terraform apply asks for the project id.";
  if (kind === "azure-blob")
    return " The storage Terraform creates one StorageV2 account per Teleport region with blob versioning and the change feed (object replication requires both) and the containers inprogress and session; terraform apply asks for the subscription, the resource group and each cluster's OIDC issuer URL.";
  return "";
}

/**
 * Azure: every account lists its replication policies, then a block blob written to the first
 * account's session container (as Teleport writes completed recordings) must show up in the
 * replica container of each account it replicates to. Outside Teleport's names, under runbook-checks/.
 */
function azureReplicationChecks(plan: Plan, body: string): string[] {
  const regions = plan.regions.filter((r) => r.runsTeleport);
  const name = (r: (typeof regions)[number]) => sessionBucket(plan, r).name;
  const [first] = regions;
  if (!first || regions.length < 2) return [];
  const targets = replicationPairs(regions).filter(([source]) => source === first).map(([, destination]) => destination);
  return [
    ...regions.map((r) => sh(["az", "storage", "account", "or-policy", "list", "--account-name", name(r), "--query", "[].[sourceAccount,rules[0].sourceContainer,rules[0].destinationContainer]", "--output", "tsv"])),
    sh(["az", "storage", "blob", "upload", "--auth-mode", "login", "--account-name", name(first), "--container-name", AZURE_CONTAINERS.session, "--name", CHECK_KEY, "--file", body, "--overwrite"]),
    ...targets.map((t) =>
      sh(["az", "storage", "blob", "show", "--auth-mode", "login", "--account-name", name(t), "--container-name", replicaContainerName(first), "--name", CHECK_KEY, "--query", "properties.contentLength", "--output", "tsv"]),
    ),
  ];
}

const firstReplica = (plan: Plan): string => {
  const first = plan.regions.find((r) => r.runsTeleport);
  return first ? replicaContainerName(first) : "";
};
