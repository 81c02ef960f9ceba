/**
 * Names the GCS storage Terraform, the Helm values and the credential configuration share, kept
 * apart so storage-gcs-terraform.ts and storage-gcs-federation.ts need not import each other.
 * The project id is not in the plan: the values carry a placeholder the storage README and the
 * runbook name.
 */
export const GCS_SERVICE_ACCOUNT_ID = "teleport-auth-sessions";
export const GCP_PROJECT_PLACEHOLDER = "GCP_PROJECT_ID";
/** The e-mail of the service account the Auth pods act as (GKE annotation, impersonation elsewhere). */
export const gcsServiceAccountEmail = (project: string): string => `${GCS_SERVICE_ACCOUNT_ID}@${project}.iam.gserviceaccount.com`;
