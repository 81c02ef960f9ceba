import type { BundleContext } from "@/lib/core/bundle/context";
import { providerOf } from "@/lib/core/bundle/context";
import type { PlanRegion } from "@/lib/schemas/plan";
import { AZURE_TOKEN_AUDIENCE } from "./storage-azure-terraform";
import { GCP_CREDENTIALS_FILE, GCP_IDENTITY_DIR, gcpIdentityVolume, isFederatedGcsRegion } from "./storage-gcs-federation";
import { GCP_PROJECT_PLACEHOLDER, gcsServiceAccountEmail } from "./storage-gcs-names";
import { STS_AUDIENCE, isEks, teleportRoleArn } from "./storage-iam";

/**
 * How a region's Auth pods get AWS credentials for the S3 session buckets, as teleport-cluster
 * chart values (storage-iam.ts has the IAM side). Nothing here is a secret: the pods exchange
 * their own service-account token for short-lived credentials.
 * - EKS: the IRSA annotation on the Auth service account. The chart writes
 *   `auth.annotations.serviceAccount` (merged over chart-wide values) onto the Auth
 *   ServiceAccount only (teleport-cluster templates/auth/serviceaccount.yaml, chart 18.x), so the
 *   proxies get no bucket access. EKS's pod identity webhook then injects the token and env.
 * - GKE, AKS: no such webhook, so the values mount a projected service-account token with
 *   audience sts.amazonaws.com (Kubernetes docs: "Service Account Token Volume Projection") and
 *   set AWS_ROLE_ARN / AWS_WEB_IDENTITY_TOKEN_FILE, which the AWS SDK's default credential
 *   chain turns into sts:AssumeRoleWithWebIdentity.
 */
export const IRSA_ANNOTATION = "eks.amazonaws.com/role-arn";
export const AWS_TOKEN_DIR = "/var/run/secrets/aws-sts";
const TOKEN_FILE = "token";
/** One hour: the kubelet refreshes the projected token at 80 % of its lifetime. */
const TOKEN_SECONDS = 3600;

export type AuthIdentity = {
  annotations?: Record<string, string>;
  /** `auth.azure.clientID`, which the chart writes as the azure.workload.identity/client-id annotation. */
  azure?: { clientID: string };
  /** `auth.extraLabels.pod`. */
  podLabels?: Record<string, string>;
  volumes: Record<string, unknown>[];
  mounts: Record<string, unknown>[];
  env: { name: string; value: string }[];
};

export function authIdentity(ctx: BundleContext, region: PlanRegion): AuthIdentity {
  if (ctx.plan.objectStorage.kind === "gcs") return gcsIdentity(region);
  if (ctx.plan.objectStorage.kind === "azure-blob") return azureIdentity(region);
  if (ctx.plan.objectStorage.kind !== "s3") return { volumes: [], mounts: [], env: [] };
  const arn = teleportRoleArn(ctx.plan);
  if (isEks(region)) return { annotations: { [IRSA_ANNOTATION]: arn }, volumes: [], mounts: [], env: [] };
  return {
    volumes: [{ name: "aws-sts-token", projected: { sources: [{ serviceAccountToken: { audience: STS_AUDIENCE, expirationSeconds: TOKEN_SECONDS, path: TOKEN_FILE } }] } }],
    mounts: [{ name: "aws-sts-token", mountPath: AWS_TOKEN_DIR, readOnly: true }],
    env: [
      { name: "AWS_ROLE_ARN", value: arn },
      { name: "AWS_WEB_IDENTITY_TOKEN_FILE", value: `${AWS_TOKEN_DIR}/${TOKEN_FILE}` },
      { name: "AWS_STS_REGIONAL_ENDPOINTS", value: "regional" },
    ],
  };
}

/**
 * GCS on GKE: Workload Identity Federation for GKE reads the KSA annotation
 * `iam.gke.io/gcp-service-account` (Google Cloud docs, "Authenticate to Google Cloud APIs from GKE
 * workloads"); the project id is not in the plan, so the e-mail carries a placeholder the storage
 * README and the runbook name.
 * Elsewhere (EKS, AKS, other clusters): Workload Identity Federation with the cluster's OIDC issuer
 * (storage-gcs-federation.ts). One projected volume holds a token with the provider's audience and
 * the credential configuration from the ConfigMap the bundle ships; GOOGLE_APPLICATION_CREDENTIALS
 * names that file, which Google's default credentials read first (Google Cloud docs, "How
 * Application Default Credentials works"). The chart renders `auth.extraVolumes`,
 * `auth.extraVolumeMounts` and `auth.extraEnv` into the Auth pod only (teleport-cluster
 * templates/auth/deployment.yaml, gravitational/teleport commit dabbff4b); the volume's name stays
 * clear of the chart's own `gcp-credentials` (chartMode gcp) and `auth-serviceaccount-token`.
 */
export const GKE_SA_ANNOTATION = "iam.gke.io/gcp-service-account";

function gcsIdentity(region: PlanRegion): AuthIdentity {
  if (isFederatedGcsRegion(region)) {
    return {
      volumes: [gcpIdentityVolume(region, TOKEN_SECONDS)],
      mounts: [{ name: "gcp-workload-identity", mountPath: GCP_IDENTITY_DIR, readOnly: true }],
      env: [{ name: "GOOGLE_APPLICATION_CREDENTIALS", value: `${GCP_IDENTITY_DIR}/${GCP_CREDENTIALS_FILE}` }],
    };
  }
  return { annotations: { [GKE_SA_ANNOTATION]: gcsServiceAccountEmail(GCP_PROJECT_PLACEHOLDER) }, volumes: [], mounts: [], env: [] };
}

/**
 * Azure Blob: Microsoft Entra Workload ID. On AKS the workload identity webhook injects the token
 * and AZURE_* variables into pods labelled `azure.workload.identity/use: "true"` whose service
 * account has the client-id annotation (Azure docs, "Use Microsoft Entra Workload ID with AKS";
 * teleport-cluster templates/auth/serviceaccount.yaml writes `auth.azure.clientID` as that
 * annotation). Elsewhere the values do what the webhook would: a projected token with audience
 * api://AzureADTokenExchange and the variables the Azure SDK's workload identity credential reads.
 * The client id exists only after terraform apply: a placeholder per region (storage README).
 */
export const AZURE_TOKEN_DIR = "/var/run/secrets/azure/tokens";
export const azureClientIdPlaceholder = (region: PlanRegion): string => `AZURE_CLIENT_ID_${region.id.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`;
export const AZURE_TENANT_PLACEHOLDER = "AZURE_TENANT_ID";

function azureIdentity(region: PlanRegion): AuthIdentity {
  const clientID = azureClientIdPlaceholder(region);
  if (providerOf(region.id) === "azure") return { azure: { clientID }, podLabels: { "azure.workload.identity/use": "true" }, volumes: [], mounts: [], env: [] };
  return {
    volumes: [{ name: "azure-identity-token", projected: { sources: [{ serviceAccountToken: { audience: AZURE_TOKEN_AUDIENCE, expirationSeconds: TOKEN_SECONDS, path: "azure-identity-token" } }] } }],
    mounts: [{ name: "azure-identity-token", mountPath: AZURE_TOKEN_DIR, readOnly: true }],
    env: [
      { name: "AZURE_CLIENT_ID", value: clientID },
      { name: "AZURE_TENANT_ID", value: AZURE_TENANT_PLACEHOLDER },
      { name: "AZURE_FEDERATED_TOKEN_FILE", value: `${AZURE_TOKEN_DIR}/azure-identity-token` },
      { name: "AZURE_AUTHORITY_HOST", value: "https://login.microsoftonline.com/" },
    ],
  };
}
