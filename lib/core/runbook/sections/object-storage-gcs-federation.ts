import type { Source } from "@/lib/core/analysis/types";
import { providerOf, regionCode } from "@/lib/core/bundle/context";
import { BUNDLE_PATHS } from "@/lib/core/bundle/paths";
import { GCP_CREDENTIALS_CONFIGMAP, GCP_PROJECT_NUMBER_PLACEHOLDER, isFederatedGcsRegion } from "@/lib/core/manifests/storage-gcs-federation";
import { GCP_PROJECT_PLACEHOLDER } from "@/lib/core/manifests/storage-gcs-names";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import { kubeContext, listText } from "../names";
import { capture, envRef, envSuffix, kubectl, sh } from "../shell";

/**
 * Runbook parts for GCS recordings from Teleport regions outside Google Cloud (Workload Identity
 * Federation with the cluster's OIDC issuer; lib/core/manifests/storage-gcs-federation.ts), each
 * placed after what it needs: the issuers are read before `terraform apply` asks for them, the
 * ConfigMaps are applied after Terraform made the pool (the audience names it) and before Teleport
 * is installed (the Auth pods mount them).
 */
export const WIF_KUBERNETES_DOC: Source = {
  title: "Google Cloud docs: Configure Workload Identity Federation with Kubernetes",
  url: "https://cloud.google.com/iam/docs/workload-identity-federation-with-kubernetes",
};

/** The APIs token exchange and impersonation call (same doc, "Before you begin"). */
export const WIF_APIS = ["iam.googleapis.com", "sts.googleapis.com", "iamcredentials.googleapis.com"] as const;

export const gcsFederatedRegions = (plan: Plan): PlanRegion[] =>
  plan.objectStorage.kind === "gcs" ? plan.regions.filter((r) => r.runsTeleport && isFederatedGcsRegion(r)) : [];

/** The command that prints a cluster's OIDC issuer URL (EKS docs: "Create an IAM OIDC provider"; AKS docs: "Create an OIDC provider on AKS"). */
export function issuerCommand(region: PlanRegion): string {
  const name = region.kubernetes.clusterName;
  switch (providerOf(region.id)) {
    case "aws":
      return sh(["aws", "eks", "describe-cluster", "--name", name, "--region", regionCode(region.id), "--query", "cluster.identity.oidc.issuer", "--output", "text"]);
    case "azure":
      return sh(["az", "aks", "show", "--name", name, "--resource-group", envRef(`AKS_RESOURCE_GROUP_${envSuffix(regionCode(region.id))}`), "--query", "oidcIssuerProfile.issuerUrl", "--output", "tsv"]);
    default:
      // Any other cluster: the issuer its API server publishes in its discovery document.
      return sh(kubectl(kubeContext(region), null, "get", "--raw", "/.well-known/openid-configuration"));
  }
}

/** Before terraform apply: enable the APIs and print each issuer URL apply asks for. */
export function federationCreateCommands(plan: Plan): string[] {
  const regions = gcsFederatedRegions(plan);
  if (regions.length === 0) return [];
  return [sh(["gcloud", "services", "enable", ...WIF_APIS, "--project", envRef("GCP_PROJECT_ID")]), ...regions.map(issuerCommand)];
}

export function federationCreateText(plan: Plan): string {
  const regions = gcsFederatedRegions(plan);
  if (regions.length === 0) return "";
  return ` For ${listText(regions.map((r) => r.id))}, outside Google Cloud, it also creates a workload identity pool with one OIDC provider per cluster: first enable the IAM, Security Token Service and IAM Service Account Credentials APIs, then read each cluster's OIDC issuer URL (the commands below print them; an AKS cluster needs --enable-oidc-issuer) and give them when terraform apply asks for oidc_issuer_url_<region>.`;
}

/** After terraform apply, before Teleport: fill the placeholders and apply each region's ConfigMap. */
export function federationAccess(plan: Plan): { text: string; commands: string[]; verify: string[]; files: string[] } | null {
  const regions = gcsFederatedRegions(plan);
  if (regions.length === 0) return null;
  return {
    text:
      ` ${listText(regions.map((r) => r.id))} run outside Google Cloud: their Auth service account impersonates the same service account through Workload Identity Federation with the cluster's OIDC issuer (principal://iam.googleapis.com/<pool>/subject/system:serviceaccount:<namespace>:<service account>, roles/iam.workloadIdentityUser), from a projected token and the credential configuration in the ConfigMap ${GCP_CREDENTIALS_CONFIGMAP}, which GOOGLE_APPLICATION_CREDENTIALS names; it holds no key. ` +
      `Replace ${GCP_PROJECT_NUMBER_PLACEHOLDER} (the first command below keeps your project's number in $GCP_PROJECT_NUMBER) and ${GCP_PROJECT_PLACEHOLDER} in those regions' values files and ConfigMaps, then apply the ConfigMaps before installing Teleport.`,
    commands: [
      capture("GCP_PROJECT_NUMBER", ["gcloud", "projects", "describe", envRef("GCP_PROJECT_ID"), "--format=value(projectNumber)"]),
      ...regions.map((r) => sh(kubectl(kubeContext(r), null, "apply", `--filename=${BUNDLE_PATHS.gcpCredentials(r.id)}`))),
    ],
    verify: [
      sh(["terraform", "-chdir=storage", "output", "teleport_auth_token_audiences"]),
      ...regions.map((r) => sh(kubectl(kubeContext(r), r.kubernetes.teleportNamespace, "get", "configmap", GCP_CREDENTIALS_CONFIGMAP, "--output=jsonpath={.data.credential-configuration\\.json}"))),
    ],
    files: regions.map((r) => BUNDLE_PATHS.gcpCredentials(r.id)),
  };
}
