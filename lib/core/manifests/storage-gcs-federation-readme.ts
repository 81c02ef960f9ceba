import type { BundleContext } from "@/lib/core/bundle/context";
import { BUNDLE_PATHS, relativePath } from "@/lib/core/bundle/paths";
import type { Inline } from "@/lib/core/bundle/serialize/markdown";
import { code } from "@/lib/core/bundle/serialize/markdown";
import { WIF_APIS, issuerCommand } from "@/lib/core/runbook/sections/object-storage-gcs-federation";
import { kubeContext } from "@/lib/core/runbook/names";
import { kubectl, sh } from "@/lib/core/runbook/shell";
import { GCP_CREDENTIALS_CONFIGMAP, GCP_PROJECT_NUMBER_PLACEHOLDER, isFederatedGcsRegion } from "./storage-gcs-federation";
import { GCP_PROJECT_PLACEHOLDER } from "./storage-gcs-names";

/**
 * storage/README.md steps for Teleport regions outside Google Cloud writing to GCS (Workload Identity
 * Federation with the cluster's OIDC issuer; ./storage-gcs-federation.ts and Google Cloud docs,
 * "Configure Workload Identity Federation with Kubernetes"), in the order they depend on each other:
 * issuer and APIs before terraform apply, placeholders and ConfigMaps after it, all before Teleport.
 * Both lists are empty when every Teleport region is on GKE.
 */
export function gcsFederationReadmeSteps(ctx: BundleContext): { beforeApply: Inline[][]; afterApply: Inline[][] } {
  const regions = ctx.teleportRegions.filter(isFederatedGcsRegion);
  if (regions.length === 0) return { beforeApply: [], afterApply: [] };
  const at = (path: string) => code(relativePath(BUNDLE_PATHS.storageSteps, path));
  const beforeApply: Inline[][] = [
    [
      "Teleport regions outside Google Cloud (",
      regions.map((r) => r.id).join(", "),
      ") use Workload Identity Federation with their cluster's own OIDC issuer, so before terraform apply: enable the APIs it calls, ",
      code(sh(["gcloud", "services", "enable", ...WIF_APIS, "--project", "<your project>"])),
      ", and read each cluster's issuer URL, which apply asks for as oidc_issuer_url_<region>: ",
      ...regions.flatMap((r, i): Inline[] => [i === 0 ? "" : "; ", `${r.id}: `, code(issuerCommand(r))]),
      ". An AKS cluster needs --enable-oidc-issuer; EKS publishes its issuer already; any other cluster's issuer (kube-apiserver --service-account-issuer) and its keys must be reachable from Google.",
    ],
  ];
  const afterApply: Inline[][] = [
    [
      "main.tf.json then creates the workload identity pool teleport-auth with one OIDC provider per such cluster (attribute mapping google.subject = assertion.sub; the attribute condition admits only the token of the Teleport Auth service account teleport-cluster in the region's Teleport namespace) and lets that principal impersonate the service account (roles/iam.workloadIdentityUser for principal://iam.googleapis.com/<pool>/subject/system:serviceaccount:<namespace>:teleport-cluster). The bucket permissions stay on the service account alone. A deleted pool or provider keeps its id for 30 days: a destroy and re-apply within that time fails.",
    ],
    [
      `Replace ${GCP_PROJECT_NUMBER_PLACEHOLDER} with your project number (`,
      code(sh(["gcloud", "projects", "describe", "<your project>", "--format=value(projectNumber)"])),
      `) and ${GCP_PROJECT_PLACEHOLDER} with your project id in those regions' teleport values (the projected token's audience) and in their ConfigMaps: `,
      ...regions.flatMap((r, i): Inline[] => [i === 0 ? "" : ", ", at(BUNDLE_PATHS.gcpCredentials(r.id))]),
      ". Each audience must equal the one terraform -chdir=storage output teleport_auth_token_audiences prints for the region.",
    ],
    [
      `Before installing Teleport, apply each ConfigMap (${GCP_CREDENTIALS_CONFIGMAP}, in the region's Teleport namespace): `,
      ...regions.flatMap((r, i): Inline[] => [i === 0 ? "" : "; ", code(sh(kubectl(kubeContext(r), null, "apply", `--filename=${BUNDLE_PATHS.gcpCredentials(r.id)}`)))]),
      ". The Auth pods mount it with a projected service-account token (audience: the provider) and read it through GOOGLE_APPLICATION_CREDENTIALS; Teleport's GCS backend uses Google's default credentials when audit_sessions_uri sets no credentialsPath. It names a token file and a service account, no key.",
    ],
  ];
  return { beforeApply, afterApply };
}
