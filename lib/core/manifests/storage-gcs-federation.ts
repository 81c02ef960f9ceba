import type { BundleContext } from "@/lib/core/bundle/context";
import { providerOf, regionCode, tfName } from "@/lib/core/bundle/context";
import { regionSlug } from "@/lib/core/bundle/paths";
import { prettyJson } from "@/lib/core/bundle/serialize/json";
import { TELEPORT_RELEASE } from "@/lib/core/runbook/names";
import type { PlanRegion } from "@/lib/schemas/plan";
import { GCP_PROJECT_PLACEHOLDER, gcsServiceAccountEmail } from "./storage-gcs-names";
import { issuerUrlVariable } from "./storage-iam";
import { ref, tfLiteral } from "./terraform";

/**
 * GCS recordings for Teleport regions outside Google Cloud (EKS, AKS or any other cluster): Workload
 * Identity Federation with the cluster's own OIDC issuer (Google Cloud docs, "Configure Workload
 * Identity Federation with Kubernetes"). GKE regions use Workload Identity Federation for GKE
 * instead (storage-gcs-terraform.ts).
 * - One workload identity pool; per region an OIDC provider with the cluster's issuer, the mapping
 *   `google.subject = assertion.sub` and an attribute condition that admits only the Teleport Auth
 *   service account's token (hashicorp/google 6.50 docs, google_iam_workload_identity_pool_provider).
 * - Service account impersonation rather than direct resource access: the federated principal
 *   `principal://iam.googleapis.com/<pool name>/subject/system:serviceaccount:<ns>:<ksa>` gets
 *   roles/iam.workloadIdentityUser on the service account GKE regions already use. So the bucket
 *   permissions live on one identity for every region (one custom-role grant on the bucket to audit),
 *   and the pods hold an ordinary service-account access token, which every Cloud Storage API accepts.
 * - In the pod: a projected service-account token whose audience is the provider's full resource
 *   name (the provider leaves allowed_audiences empty, so that is the audience it accepts: provider
 *   docs, `oidc.allowed_audiences`), and a credential configuration file of type external_account
 *   (Google AIP-4117, "External Account Credentials") named by GOOGLE_APPLICATION_CREDENTIALS.
 *   Teleport's GCS backend builds its client with Google's default credentials unless the URI sets
 *   credentialsPath (gravitational/teleport lib/events/gcssessions/gcshandler.go, DefaultNewHandler:
 *   `storage.NewClient` without options), and those read that variable first.
 * The credential configuration names a token file and a service account, no key: it ships in the
 * bundle as a ConfigMap. The project number and id are not in the plan: placeholders.
 */
export const GCP_WIF_POOL_ID = "teleport-auth";
export const GCP_PROJECT_NUMBER_PLACEHOLDER = "GCP_PROJECT_NUMBER";
export const GCP_CREDENTIALS_CONFIGMAP = "teleport-gcp-credentials";
export const GCP_CREDENTIALS_FILE = "credential-configuration.json";
export const GCP_IDENTITY_DIR = "/var/run/secrets/gcp-workload-identity";
const TOKEN_FILE = "token";
const POOL = "google_iam_workload_identity_pool.teleport_auth";

/** Regions whose Auth pods federate: every Teleport region not on Google Cloud. */
export const isFederatedGcsRegion = (region: PlanRegion): boolean => providerOf(region.id) !== "gcp";

/** Provider id: 4–32 of [a-z0-9-], never starting with the reserved `gcp-` (only non-GKE regions get one). */
export const gcpProviderId = (region: PlanRegion): string => regionSlug(region.id).toLowerCase().replace(/[^a-z0-9-]+/g, "-").slice(0, 32).replace(/-+$/, "");

/** The Kubernetes token subject of the Auth pods: system:serviceaccount:<namespace>:<service account>. */
export const authSubject = (region: PlanRegion): string => `system:serviceaccount:${region.kubernetes.teleportNamespace}:${TELEPORT_RELEASE}`;

/** The audience the projected token carries, with the project number left as a placeholder. */
export const gcpTokenAudience = (region: PlanRegion, projectNumber = GCP_PROJECT_NUMBER_PLACEHOLDER): string =>
  `//iam.googleapis.com/projects/${projectNumber}/locations/global/workloadIdentityPools/${GCP_WIF_POOL_ID}/providers/${gcpProviderId(region)}`;

/** The external_account credential configuration of one region (AIP-4117; what `gcloud iam workload-identity-pools create-cred-config` writes). */
export function gcpCredentialConfiguration(region: PlanRegion): Record<string, unknown> {
  return {
    type: "external_account",
    audience: gcpTokenAudience(region),
    subject_token_type: "urn:ietf:params:oauth:token-type:jwt",
    token_url: "https://sts.googleapis.com/v1/token",
    credential_source: { file: `${GCP_IDENTITY_DIR}/${TOKEN_FILE}`, format: { type: "text" } },
    service_account_impersonation_url: `https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/${gcsServiceAccountEmail(GCP_PROJECT_PLACEHOLDER)}:generateAccessToken`,
  };
}

/** The ConfigMap the Auth pods mount the credential configuration from, in the Teleport namespace. */
export function gcpCredentialsConfigMap(region: PlanRegion): Record<string, unknown> {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: GCP_CREDENTIALS_CONFIGMAP, namespace: region.kubernetes.teleportNamespace },
    data: { [GCP_CREDENTIALS_FILE]: prettyJson(gcpCredentialConfiguration(region)) },
  };
}

/** One projected volume holds both the token (refreshed by the kubelet) and the configuration file. */
export function gcpIdentityVolume(region: PlanRegion, tokenSeconds: number): Record<string, unknown> {
  return {
    name: "gcp-workload-identity",
    projected: {
      sources: [
        { serviceAccountToken: { audience: gcpTokenAudience(region), expirationSeconds: tokenSeconds, path: TOKEN_FILE } },
        { configMap: { name: GCP_CREDENTIALS_CONFIGMAP, items: [{ key: GCP_CREDENTIALS_FILE, path: GCP_CREDENTIALS_FILE }] } },
      ],
    },
  };
}

/** Namespaces of the federated regions, once each: regions sharing one share the principal and its binding. */
const federatedNamespaces = (regions: readonly PlanRegion[]): string[] => [...new Set(regions.map((r) => r.kubernetes.teleportNamespace))];
/** Terraform names of the bindings, one per namespace; cleaned names that collide get their position. */
export function federatedBindingNames(namespaces: readonly string[]): string[] {
  const clean = namespaces.map((ns) => `federated_${ns.replace(/[^A-Za-z0-9]/g, "_")}`);
  return clean.map((name, i) => (clean.indexOf(name) === i ? name : `${name}_${i + 1}`));
}

/** Variables, resources and outputs merged into storage/main.tf.json; empty when every Teleport region is on GKE. */
export function gcsFederationTerraform(ctx: BundleContext): { variable: Record<string, unknown>; resource: Record<string, Record<string, unknown>>; output: Record<string, unknown> } {
  const regions = ctx.teleportRegions.filter(isFederatedGcsRegion);
  if (regions.length === 0) return { variable: {}, resource: {}, output: {} };
  const provider = (r: PlanRegion) => `google_iam_workload_identity_pool_provider.${tfName(r.id)}`;
  const namespaces = federatedNamespaces(regions);
  return {
    variable: Object.fromEntries(regions.map((r) => [issuerUrlVariable(r), issuerVariable(r)])),
    resource: {
      google_iam_workload_identity_pool: {
        teleport_auth: {
          workload_identity_pool_id: GCP_WIF_POOL_ID,
          display_name: "Teleport Auth",
          description: "Kubernetes clusters outside Google Cloud whose Teleport Auth pods write session recordings.",
        },
      },
      google_iam_workload_identity_pool_provider: Object.fromEntries(
        regions.map((r) => [
          tfName(r.id),
          {
            workload_identity_pool_id: ref(`${POOL}.workload_identity_pool_id`),
            workload_identity_pool_provider_id: gcpProviderId(r),
            display_name: gcpProviderId(r),
            // At most 256 characters (provider docs): the region id is short, a cluster name may not be.
            description: `OIDC issuer of the Teleport Kubernetes cluster in ${r.id}.`,
            attribute_mapping: { "google.subject": "assertion.sub" },
            // CEL string literal; only the Auth service account's token is accepted.
            attribute_condition: tfLiteral(`assertion.sub == ${JSON.stringify(authSubject(r))}`),
            oidc: { issuer_uri: ref(`var.${issuerUrlVariable(r)}`) },
          },
        ]),
      ),
      google_service_account_iam_member: Object.fromEntries(
        namespaces.map((ns, i) => [
          federatedBindingNames(namespaces)[i],
          {
            service_account_id: ref("google_service_account.teleport_auth.name"),
            role: "roles/iam.workloadIdentityUser",
            member: `principal://iam.googleapis.com/${ref(`${POOL}.name`)}/subject/${tfLiteral(`system:serviceaccount:${ns}:${TELEPORT_RELEASE}`)}`,
          },
        ]),
      ),
    },
    output: {
      teleport_auth_token_audiences: {
        description: "Audience of the projected token per region outside Google Cloud: the values and the credentials ConfigMap carry it with GCP_PROJECT_NUMBER to replace.",
        value: Object.fromEntries(regions.map((r) => [r.id, `//iam.googleapis.com/${ref(`${provider(r)}.name`)}`])),
      },
    },
  };
}

function issuerVariable(r: PlanRegion): Record<string, unknown> {
  const cloud = providerOf(r.id);
  const how =
    cloud === "aws"
      ? `EKS: aws eks describe-cluster --name ${r.kubernetes.clusterName} --region ${regionCode(r.id)} --query cluster.identity.oidc.issuer --output text`
      : cloud === "azure"
        ? `AKS: az aks show --name ${r.kubernetes.clusterName} --resource-group <group> --query oidcIssuerProfile.issuerUrl --output tsv; the cluster needs --enable-oidc-issuer`
        : "the kube-apiserver's --service-account-issuer, whose discovery document and keys Google must reach";
  return {
    type: "string",
    description: tfLiteral(`Public OIDC issuer URL of the Kubernetes cluster in ${r.id} (${how}).`),
    validation: [{ condition: `\${startswith(var.${issuerUrlVariable(r)}, "https://")}`, error_message: "Must be an https:// issuer URL." }],
  };
}
