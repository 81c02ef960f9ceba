import type { BundleContext } from "@/lib/core/bundle/context";
import type { Block, Inline } from "@/lib/core/bundle/serialize/markdown";
import { code, heading, list, paragraph, table } from "@/lib/core/bundle/serialize/markdown";
import { sessionBucket, sessionsUri } from "./session-storage";
import { gcsFederationReadmeSteps } from "./storage-gcs-federation-readme";
import { gcsLocation } from "./storage-gcs-location";

/**
 * storage/README.md for GCS and Azure Blob (what main.tf.json does and what is left to the
 * operator: placeholders, recovery from replicas) and MinIO (no Terraform: the steps equivalent to
 * the blueprint's S3 recipe). Multi-region Blueprint, "Teleport dependencies": GCS multi-region
 * location, MinIO multi-site replication; Teleport docs: Storage backends, GCS and Azure Blob Storage.
 */
export function storageReadme(ctx: BundleContext): Block[] {
  const kind = ctx.plan.objectStorage.kind;
  const rows = ctx.teleportRegions.map((region) => {
    const bucket = sessionBucket(ctx.plan, region);
    return [region.id, bucket.name, kind === "gcs" ? gcsLocationText(ctx) : bucket.location, sessionsUri(ctx, region)];
  });
  const place = gcsLocation(ctx.plan);
  return [
    heading(1, `Session recording storage: ${KIND_TITLE[kind]}`),
    paragraph(
      "Each Teleport region's Auth Service writes session recordings to the URI below (",
      code("audit_sessions_uri"),
      " in its teleport values). The storage must replicate recordings between regions so a recording stays playable when its region fails.",
    ),
    table(["Teleport region", KIND_NAME[kind], "Location", "audit_sessions_uri"], rows),
    ...(kind === "gcs" && place.spansContinents
      ? [paragraph(`The Teleport regions are on more than one continent and no GCS location spans continents: the bucket is in ${place.location}, so the regions elsewhere write across continents and depend on it.`)]
      : []),
    heading(2, "Steps"),
    list(kind === "gcs" ? gcsSteps(ctx) : STEPS[kind].map((step): Inline[] => [step]), true),
  ];
}

const KIND_TITLE = { s3: "Amazon S3", gcs: "Google Cloud Storage", "azure-blob": "Azure Blob Storage", minio: "MinIO" } as const;
const KIND_NAME = { s3: "Bucket", gcs: "Bucket", "azure-blob": "Storage account", minio: "Bucket" } as const;

const STEPS: Record<keyof typeof KIND_TITLE, string[]> = {
  s3: ["See main.tf.json."],
  gcs: [
    "Run terraform -chdir=storage init and terraform -chdir=storage apply -var project_id=<your project>: main.tf.json creates the bucket (dual-region with turbo replication when the Teleport regions are two regions of one continent, else the continent's multi-region; Google replicates the objects itself), uniform bucket-level access, enforced public access prevention, a service account with a custom role of exactly the permissions Teleport's docs list (storage.buckets.get, storage.objects.create, get, list, update, delete) on the bucket only, and Workload Identity Federation for GKE: roles/iam.workloadIdentityUser for the Kubernetes service account teleport-cluster in each GKE region's Teleport namespace.",
    "Replace GCP_PROJECT_ID in every teleport values file with your project id: Teleport's GCS backend refuses an audit_sessions_uri without projectID, and on GKE the iam.gke.io/gcp-service-account annotation on the Auth service account must name the e-mail terraform -chdir=storage output teleport_auth_service_account_email prints. The GKE clusters need Workload Identity Federation for GKE enabled (workload pool <project>.svc.id.goog). No key file is created.",
    "Every region's values point at the same bucket; nothing else to replicate.",
  ],
  "azure-blob": [
    "Run terraform -chdir=storage init and terraform -chdir=storage apply: main.tf.json creates one zone-redundant StorageV2 account per Teleport region, named as in the table, with TLS 1.2, no public blob access, blob versioning and the change feed (object replication requires both; Azure docs: Object replication for block blobs), and Teleport's containers inprogress and session.",
    "Replication: each account's session container is replicated into a container session-from-<region> of the next two accounts. Azure refuses writes to a replication destination container and allows at most two destination accounts per source, so replicas cannot land in the other regions' own session containers. To play a lost region's recordings from another region, copy its session-from-<region> container into that region's session container (azcopy copy with --recursive).",
    "Identity: per region a user-assigned managed identity with a federated credential for the service account teleport-cluster in the Teleport namespace and the cluster's OIDC issuer (terraform apply asks for each issuer URL), and Storage Blob Data Contributor on its own account. Replace each AZURE_CLIENT_ID_<REGION> placeholder in the teleport values with that region's client id from terraform -chdir=storage output teleport_auth_client_ids. On AKS the values set auth.azure.clientID, which the teleport-cluster chart writes as the azure.workload.identity/client-id annotation (templates/auth/serviceaccount.yaml), and the pod label azure.workload.identity/use: \"true\" in auth.extraLabels.pod that opts the pods into the webhook (Azure docs: \"Use Microsoft Entra Workload ID with AKS\"); elsewhere they mount a projected token and set AZURE_CLIENT_ID, AZURE_TENANT_ID (replace AZURE_TENANT_ID) and AZURE_FEDERATED_TOKEN_FILE. No key or connection string goes into the values.",
    "Teleport does not delete recordings from Azure Blob Storage: add a lifecycle management rule for the retention you need.",
  ],
  minio: [
    "Run one MinIO site per Teleport region and replace the placeholder endpoint (minio.<region>.example.com) in each teleport values file with that site's address.",
    "Join the sites with site replication (mc admin replicate add), which keeps buckets, objects, versions and delete markers equal on every site (MinIO docs: Site replication).",
    "Create the bucket once with versioning enabled; site replication creates it on the other sites.",
    "Create a MinIO user or policy for Teleport with read and write access to the bucket, and give its credentials to the Auth pods.",
  ],
};

/** The GCS steps with those of the regions outside Google Cloud around terraform apply (issuers before it, ConfigMaps after). */
function gcsSteps(ctx: BundleContext): Inline[][] {
  const [apply, gke, ...rest] = STEPS.gcs.map((step): Inline[] => [step]);
  const federation = gcsFederationReadmeSteps(ctx);
  return [...federation.beforeApply, ...(apply ? [apply] : []), ...federation.afterApply, ...(gke ? [gke] : []), ...rest];
}

function gcsLocationText(ctx: BundleContext): string {
  const place = gcsLocation(ctx.plan);
  return place.kind === "dual-region" ? `${place.location} (dual-region ${place.dataLocations.join(" + ")})` : `${place.location} (${place.kind})`;
}
