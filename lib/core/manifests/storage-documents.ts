import type { BundleContext } from "@/lib/core/bundle/context";
import type { BundleDocument } from "@/lib/core/bundle/documents";
import { BUNDLE_PATHS } from "@/lib/core/bundle/paths";
import { azureBlobTerraform } from "./storage-azure-terraform";
import { GCP_PROJECT_NUMBER_PLACEHOLDER, gcpCredentialsConfigMap, isFederatedGcsRegion } from "./storage-gcs-federation";
import { GCP_PROJECT_PLACEHOLDER } from "./storage-gcs-names";
import { gcsStorageTerraform } from "./storage-gcs-terraform";
import { storageReadme } from "./storage-readme";
import { storageTerraform } from "./storage-terraform";

/**
 * The bundle's session-recording storage files: Terraform for S3, GCS and Azure Blob, and the
 * README for what Terraform cannot do (placeholders to fill, recovery from replicas, MinIO).
 */
export function storageDocuments(ctx: BundleContext): BundleDocument[] {
  const kind = ctx.plan.objectStorage.kind;
  const readme: BundleDocument = { path: BUNDLE_PATHS.storageSteps, description: "Steps to set up replicated session recording storage.", format: "markdown", value: storageReadme(ctx) };
  switch (kind) {
    case "s3":
      return [{ path: BUNDLE_PATHS.storageTerraform, description: "Terraform (JSON) for the replicated S3 session recording buckets.", format: "terraform", value: storageTerraform(ctx) }];
    case "gcs":
      return [
        { path: BUNDLE_PATHS.storageTerraform, description: "Terraform (JSON) for the dual- or multi-region GCS session recording bucket and its workload identity.", format: "terraform", value: gcsStorageTerraform(ctx) },
        readme,
        ...ctx.teleportRegions.filter(isFederatedGcsRegion).map(
          (region): BundleDocument => ({
            path: BUNDLE_PATHS.gcpCredentials(region.id),
            description: `ConfigMap with the Google credential configuration (Workload Identity Federation, no key) for the Teleport Auth pods in ${region.id}.`,
            format: "yaml",
            value: gcpCredentialsConfigMap(region),
            comment: [
              `Google credential configuration for the Teleport Auth pods in ${region.id}: it names the projected token file, no key.`,
              `Replace ${GCP_PROJECT_NUMBER_PLACEHOLDER} and ${GCP_PROJECT_PLACEHOLDER}, then kubectl apply before installing Teleport (storage/README.md).`,
            ],
          }),
        ),
      ];
    case "azure-blob":
      return [
        { path: BUNDLE_PATHS.storageTerraform, description: "Terraform (JSON) for the Azure Blob session recording accounts, their object replication and workload identities.", format: "terraform", value: azureBlobTerraform(ctx) },
        readme,
      ];
    case "minio":
      return [readme];
  }
}
