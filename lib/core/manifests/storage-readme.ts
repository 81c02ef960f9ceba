import type { BundleContext } from "@/lib/core/bundle/context";
import type { Block } from "@/lib/core/bundle/serialize/markdown";
import { code, heading, list, paragraph, table } from "@/lib/core/bundle/serialize/markdown";
import { sessionBucket, sessionsUri } from "./session-storage";

/**
 * storage/README.md for the object stores without a Terraform file here (GCS, Azure Blob,
 * MinIO): the steps equivalent to the blueprint's S3 recipe (Multi-region Blueprint, "Teleport
 * dependencies": GCS multi-region location, MinIO multi-site replication; Teleport docs:
 * Storage backends, GCS and Azure Blob Storage).
 */
export function storageReadme(ctx: BundleContext): Block[] {
  const kind = ctx.plan.objectStorage.kind;
  const rows = ctx.teleportRegions.map((region) => {
    const bucket = sessionBucket(ctx.plan, region);
    return [region.id, bucket.name, bucket.location, sessionsUri(ctx, region)];
  });
  return [
    heading(1, `Session recording storage: ${KIND_TITLE[kind]}`),
    paragraph(
      "Each Teleport region's Auth Service writes session recordings to the URI below (",
      code("audit_sessions_uri"),
      " in its teleport values). The storage must replicate recordings between regions so a recording stays playable when its region fails.",
    ),
    table(["Teleport region", KIND_NAME[kind], "Location", "audit_sessions_uri"], rows),
    heading(2, "Steps"),
    list(STEPS[kind].map((step) => [step]), true),
  ];
}

const KIND_TITLE = { s3: "Amazon S3", gcs: "Google Cloud Storage", "azure-blob": "Azure Blob Storage", minio: "MinIO" } as const;
const KIND_NAME = { s3: "Bucket", gcs: "Bucket", "azure-blob": "Storage account", minio: "Bucket" } as const;

const STEPS: Record<keyof typeof KIND_TITLE, string[]> = {
  s3: ["See main.tf.json."],
  gcs: [
    "Create one bucket with a dual-region or multi-region location that covers the Teleport regions, Standard storage class (Teleport docs recommend a dual-region bucket). Google replicates the objects between the locations; enable turbo replication on a dual-region bucket for a 15-minute recovery point.",
    "Grant the Auth pods' service account storage.buckets.get and storage.objects.create, get, list, update and delete on the bucket (Teleport docs: Storage backends, GCS). On GKE use Workload Identity Federation for GKE (Google Cloud docs: \"Authenticate to Google Cloud APIs from GKE workloads\"): grant the roles to the principal of the Kubernetes service account teleport-cluster in the Teleport namespace, so no key file is needed; the service account of the Auth pods is the release name (teleport-cluster chart, auth.serviceAccountName).",
    "Every region's values point at the same bucket; nothing else to replicate.",
  ],
  "azure-blob": [
    "Create one StorageV2 account per Teleport region, named as in the table (lower-case letters and digits, at most 24 characters), in that region.",
    "Enable blob versioning and the change feed on every account: object replication requires both (Azure docs: Object replication for block blobs).",
    "Create the containers inprogress and session in every account (Teleport's defaults), then an object replication policy from every account to every other one for both containers: n·(n−1) one-way policies.",
    "Give the Auth pods' identity the Storage Blob Data Contributor role on every account. On AKS use Microsoft Entra Workload ID: a user-assigned managed identity with a federated credential for the service account teleport-cluster in the Teleport namespace, and its client id in the values as auth.azure.clientID, which the teleport-cluster chart writes as the azure.workload.identity/client-id annotation (templates/auth/serviceaccount.yaml), plus the pod label azure.workload.identity/use: \"true\" in auth.extraLabels.pod that opts the pods into the webhook (Azure docs: \"Use Microsoft Entra Workload ID with AKS\"); no key or connection string goes into the values.",
    "Teleport does not delete recordings from Azure Blob Storage: add a lifecycle management rule for the retention you need.",
  ],
  minio: [
    "Run one MinIO site per Teleport region and replace the placeholder endpoint (minio.<region>.example.com) in each teleport values file with that site's address.",
    "Join the sites with site replication (mc admin replicate add), which keeps buckets, objects, versions and delete markers equal on every site (MinIO docs: Site replication).",
    "Create the bucket once with versioning enabled; site replication creates it on the other sites.",
    "Create a MinIO user or policy for Teleport with read and write access to the bucket, and give its credentials to the Auth pods.",
  ],
};
