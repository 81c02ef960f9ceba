import type { BundleContext } from "@/lib/core/bundle/context";
import type { BundleDocument } from "@/lib/core/bundle/documents";
import { BUNDLE_PATHS } from "@/lib/core/bundle/paths";
import { azureBlobTerraform } from "./storage-azure-terraform";
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
