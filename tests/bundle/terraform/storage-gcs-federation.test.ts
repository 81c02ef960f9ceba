import { Pod } from "kubernetes-models/v1";
import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import { buildRunbook } from "@/lib/core/runbook";
import { fromYaml } from "@/lib/core/bundle/serialize/yaml";
import { REGIONS } from "@/lib/core/catalog/catalog";
import { gcpProviderId } from "@/lib/core/manifests/storage-gcs-federation";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import { MATRIX } from "../matrix";

/**
 * GCS recordings from Teleport regions outside Google Cloud (EKS, AKS): Workload Identity Federation
 * with each cluster's OIDC issuer. The plan "gcs-mixed-cloud" has a GKE, an EKS and an AKS region,
 * the AKS one in its own Teleport namespace. Exact Terraform, values and ConfigMaps; GKE regions and
 * S3 / Azure Blob plans keep what they had.
 */
type Json = Record<string, unknown>;
const files = (plan: Plan) => new Map(buildBundle(plan, analyzePlan(plan)).map((f) => [f.path, f.content]));
const get = (value: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((v, k) => (v as Json | undefined)?.[k], value);
const planNamed = (name: string) => MATRIX.find((m) => m.name === name)?.plan as Plan;

const plan = planNamed("gcs-mixed-cloud");
const bundle = files(plan);
const tf = JSON.parse(bundle.get("storage/main.tf.json") ?? "{}") as Json;
const values = (slug: string) => fromYaml(bundle.get(`teleport/${slug}/values.yaml`) ?? "");
const audience = (provider: string) => `//iam.googleapis.com/projects/GCP_PROJECT_NUMBER/locations/global/workloadIdentityPools/teleport-auth/providers/${provider}`;
const DIR = "/var/run/secrets/gcp-workload-identity";

describe("Terraform: one pool, one OIDC provider per region outside Google Cloud, impersonation of the one service account", () => {
  test("the pool", () => {
    expect(get(tf, "resource", "google_iam_workload_identity_pool")).toEqual({
      teleport_auth: {
        workload_identity_pool_id: "teleport-auth",
        display_name: "Teleport Auth",
        description: "Kubernetes clusters outside Google Cloud whose Teleport Auth pods write session recordings.",
      },
    });
  });

  test("a provider for the EKS and the AKS region, none for GKE, each admitting only its Auth service account", () => {
    const providers = get(tf, "resource", "google_iam_workload_identity_pool_provider") as Record<string, Json>;
    expect(Object.keys(providers)).toEqual(["aws_us_east_1", "azure_eastus2"]);
    expect(providers.aws_us_east_1).toEqual({
      workload_identity_pool_id: "${google_iam_workload_identity_pool.teleport_auth.workload_identity_pool_id}",
      workload_identity_pool_provider_id: "aws-us-east-1",
      display_name: "aws-us-east-1",
      description: "OIDC issuer of the Teleport Kubernetes cluster in aws:us-east-1.",
      attribute_mapping: { "google.subject": "assertion.sub" },
      attribute_condition: 'assertion.sub == "system:serviceaccount:teleport:teleport-cluster"',
      oidc: { issuer_uri: "${var.oidc_issuer_url_aws_us_east_1}" },
    });
    expect(get(providers, "azure_eastus2", "attribute_condition")).toBe('assertion.sub == "system:serviceaccount:teleport-aks:teleport-cluster"');
    expect(get(providers, "azure_eastus2", "oidc")).toEqual({ issuer_uri: "${var.oidc_issuer_url_azure_eastus2}" });
  });

  test("issuer variables for the two clusters, named with the command that reads each", () => {
    const variables = get(tf, "variable") as Record<string, Json>;
    expect(Object.keys(variables)).toEqual(["project_id", "oidc_issuer_url_aws_us_east_1", "oidc_issuer_url_azure_eastus2"]);
    expect(variables.oidc_issuer_url_aws_us_east_1?.description).toContain("aws eks describe-cluster --name teleport-us-east-1 --region us-east-1 --query cluster.identity.oidc.issuer --output text");
    expect(variables.oidc_issuer_url_azure_eastus2?.description).toContain("az aks show --name teleport-eastus2 --resource-group <group> --query oidcIssuerProfile.issuerUrl --output tsv");
    expect(get(variables, "oidc_issuer_url_aws_us_east_1", "validation")).toEqual([
      { condition: '${startswith(var.oidc_issuer_url_aws_us_east_1, "https://")}', error_message: "Must be an https:// issuer URL." },
    ]);
  });

  test("roles/iam.workloadIdentityUser for the GKE KSA and for each federated namespace's principal", () => {
    expect(get(tf, "resource", "google_service_account_iam_member")).toEqual({
      auth_teleport: {
        service_account_id: "${google_service_account.teleport_auth.name}",
        role: "roles/iam.workloadIdentityUser",
        member: "serviceAccount:${var.project_id}.svc.id.goog[teleport/teleport-cluster]",
      },
      federated_teleport: {
        service_account_id: "${google_service_account.teleport_auth.name}",
        role: "roles/iam.workloadIdentityUser",
        member: "principal://iam.googleapis.com/${google_iam_workload_identity_pool.teleport_auth.name}/subject/system:serviceaccount:teleport:teleport-cluster",
      },
      federated_teleport_aks: {
        service_account_id: "${google_service_account.teleport_auth.name}",
        role: "roles/iam.workloadIdentityUser",
        member: "principal://iam.googleapis.com/${google_iam_workload_identity_pool.teleport_auth.name}/subject/system:serviceaccount:teleport-aks:teleport-cluster",
      },
    });
    // The bucket grant stays on the service account alone: no federated principal on the bucket, no key.
    expect(Object.keys(get(tf, "resource", "google_storage_bucket_iam_member") as Json)).toEqual(["teleport_auth"]);
    expect(get(tf, "resource", "google_service_account_key")).toBeUndefined();
  });

  test("the audiences as an output", () => {
    expect(get(tf, "output", "teleport_auth_token_audiences", "value")).toEqual({
      "aws:us-east-1": "//iam.googleapis.com/${google_iam_workload_identity_pool_provider.aws_us_east_1.name}",
      "azure:eastus2": "//iam.googleapis.com/${google_iam_workload_identity_pool_provider.azure_eastus2.name}",
    });
  });
});

describe("values and ConfigMaps", () => {
  test.each([
    ["aws-us-east-1", "aws-us-east-1"],
    ["azure-eastus2", "azure-eastus2"],
  ])("%s: a projected token with the provider's audience and the credential configuration, GOOGLE_APPLICATION_CREDENTIALS", (slug, provider) => {
    const v = values(slug);
    expect(get(v, "auth", "annotations")).toBeUndefined();
    expect(get(v, "auth", "extraVolumes")).toEqual([
      { name: "db-certs", secret: { secretName: "cockroach-certs" } },
      {
        name: "gcp-workload-identity",
        projected: {
          sources: [
            { serviceAccountToken: { audience: audience(provider), expirationSeconds: 3600, path: "token" } },
            { configMap: { name: "teleport-gcp-credentials", items: [{ key: "credential-configuration.json", path: "credential-configuration.json" }] } },
          ],
        },
      },
    ]);
    expect(get(v, "auth", "extraVolumeMounts")).toEqual([
      { name: "db-certs", mountPath: "/var/lib/db-certs", readOnly: true },
      { name: "gcp-workload-identity", mountPath: DIR, readOnly: true },
    ]);
    expect((get(v, "auth", "extraEnv") as Json[]).slice(3)).toEqual([{ name: "GOOGLE_APPLICATION_CREDENTIALS", value: `${DIR}/credential-configuration.json` }]);
  });

  // The chart copies these three lists into the Auth pod verbatim (templates/auth/deployment.yaml):
  // as a pod they must pass the Kubernetes schema (kubernetes-models 5.1.0, generated from the OpenAPI spec).
  const authPod = (v: unknown) =>
    new Pod({
      metadata: { name: "teleport-cluster-auth" },
      spec: {
        containers: [{ name: "teleport", image: "teleport", env: get(v, "auth", "extraEnv") as never, volumeMounts: get(v, "auth", "extraVolumeMounts") as never }],
        volumes: get(v, "auth", "extraVolumes") as never,
      },
    });

  test.each(["aws-us-east-1", "azure-eastus2"])("%s: the Auth pod's volumes, mounts and env validate against the Kubernetes schema", (slug) => {
    expect(() => authPod(values(slug)).validate()).not.toThrow();
    // The check can fail: a token lifetime written as a string is refused.
    const broken = structuredClone(values(slug)) as Json;
    ((get(broken, "auth", "extraVolumes") as Json[])[1] as { projected: { sources: Json[] } }).projected.sources[0] = { serviceAccountToken: { audience: "x", expirationSeconds: "3600", path: "token" } };
    expect(() => authPod(broken).validate()).toThrow();
  });

  test.each([
    ["aws-us-east-1", "aws-us-east-1", "teleport"],
    ["azure-eastus2", "azure-eastus2", "teleport-aks"],
  ])("%s: the ConfigMap holds an external_account configuration that reads the mounted token and impersonates the service account", (slug, provider, namespace) => {
    const configMap = fromYaml(bundle.get(`kubernetes/${slug}/gcp-credentials.yaml`) ?? "") as Json;
    expect(get(configMap, "metadata")).toEqual({ name: "teleport-gcp-credentials", namespace });
    const data = get(configMap, "data") as Record<string, string>;
    expect(Object.keys(data)).toEqual(["credential-configuration.json"]);
    expect(JSON.parse(data["credential-configuration.json"] ?? "")).toEqual({
      type: "external_account",
      audience: audience(provider),
      subject_token_type: "urn:ietf:params:oauth:token-type:jwt",
      token_url: "https://sts.googleapis.com/v1/token",
      credential_source: { file: `${DIR}/token`, format: { type: "text" } },
      service_account_impersonation_url: "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/teleport-auth-sessions@GCP_PROJECT_ID.iam.gserviceaccount.com:generateAccessToken",
    });
  });

  test("the GKE region keeps its annotation and gets no token, ConfigMap or variable", () => {
    const v = values("gcp-us-east4");
    expect(get(v, "auth", "annotations", "serviceAccount")).toEqual({ "iam.gke.io/gcp-service-account": "teleport-auth-sessions@GCP_PROJECT_ID.iam.gserviceaccount.com" });
    expect(get(v, "auth", "extraVolumes")).toEqual([{ name: "db-certs", secret: { secretName: "cockroach-certs" } }]);
    expect(JSON.stringify(get(v, "auth", "extraEnv"))).not.toContain("GOOGLE_APPLICATION_CREDENTIALS");
    expect([...bundle.keys()].filter((p) => p.endsWith("gcp-credentials.yaml"))).toEqual(["kubernetes/aws-us-east-1/gcp-credentials.yaml", "kubernetes/azure-eastus2/gcp-credentials.yaml"]);
  });

  test("nothing secret in any generated configuration (the READMEs may name credentialsPath to say it is not used)", () => {
    const configs = [...bundle].filter(([path]) => !path.endsWith(".md")).map(([, content]) => content);
    expect(configs.length).toBeGreaterThan(10);
    expect(configs.join("\n")).not.toMatch(/private_key|BEGIN (RSA )?PRIVATE KEY|credentialsPath|google_service_account_key/);
  });
});

describe("runbook and README", () => {
  const steps = buildRunbook(plan, analyzePlan(plan)).sections.flatMap((s) => s.steps);
  const step = (key: string) => steps.find((s) => s.key === key);

  test("the issuers are read and the APIs enabled before terraform apply asks for them", () => {
    expect(step("object-storage.buckets")?.commands).toEqual([
      'gcloud services enable iam.googleapis.com sts.googleapis.com iamcredentials.googleapis.com --project "$GCP_PROJECT_ID"',
      "aws eks describe-cluster --name teleport-us-east-1 --region us-east-1 --query cluster.identity.oidc.issuer --output text",
      'az aks show --name teleport-eastus2 --resource-group "$AKS_RESOURCE_GROUP_EASTUS2" --query oidcIssuerProfile.issuerUrl --output tsv',
      "terraform -chdir=storage init",
      "terraform -chdir=storage apply",
    ]);
    expect(step("object-storage.buckets")?.needs).toEqual(["tools-installed", "cluster-ready:aws:us-east-1", "cluster-ready:azure:eastus2"]);
  });

  test("the ConfigMaps are applied after Terraform and before Teleport, in each cluster", () => {
    const access = step("object-storage.access");
    expect(access?.commands).toEqual([
      `GCP_PROJECT_NUMBER="$(gcloud projects describe "$GCP_PROJECT_ID" '--format=value(projectNumber)')"`,
      "kubectl --context teleport-us-east-1 apply --filename=kubernetes/aws-us-east-1/gcp-credentials.yaml",
      "kubectl --context teleport-eastus2 apply --filename=kubernetes/azure-eastus2/gcp-credentials.yaml",
    ]);
    expect(access?.verify).toContain("terraform -chdir=storage output teleport_auth_token_audiences");
    expect(access?.needs).toEqual(["recording-buckets", "cluster-ready:aws:us-east-1", "cluster-ready:azure:eastus2"]);
    expect(step("teleport.deploy.azure:eastus2")?.needs).toContain("recording-access");
  });

  test("the storage README orders the steps: issuers, apply, placeholders, ConfigMaps, GKE", () => {
    const readme = bundle.get("storage/README.md") ?? "";
    const at = (text: string) => readme.indexOf(text);
    const order = ["aws eks describe-cluster", "terraform -chdir=storage apply", "Replace GCP_PROJECT_NUMBER", "kubectl --context teleport-eastus2 apply", "The GKE clusters need"].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(readme).toContain("az aks show --name teleport-eastus2");
  });

  test("the bundle README sends the reader through storage/README.md before the Teleport install", () => {
    expect(bundle.get("README.md")).toContain("Set up the session recording storage: [storage/main.tf.json](storage/main.tf.json), following [storage/README.md](storage/README.md).");
  });

  test("a GKE-only plan's README has no federation step", () => {
    expect(files(planNamed("gcp-global-vpc-gcs")).get("storage/README.md")).not.toMatch(/Workload Identity Federation with their cluster|gcp-credentials/);
  });
});

describe("plans that need no federation are unchanged", () => {
  test("GKE only: no pool, no provider, no ConfigMap, the GKE binding alone", () => {
    const gke = files(planNamed("gcp-global-vpc-gcs"));
    const gkeTf = JSON.parse(gke.get("storage/main.tf.json") ?? "{}") as Json;
    expect(Object.keys(get(gkeTf, "resource") as Json)).toEqual([
      "google_storage_bucket",
      "google_service_account",
      "google_project_iam_custom_role",
      "google_storage_bucket_iam_member",
      "google_service_account_iam_member",
    ]);
    expect(Object.keys(get(gkeTf, "variable") as Json)).toEqual(["project_id"]);
    expect(Object.keys(get(gkeTf, "output") as Json)).toEqual(["teleport_auth_service_account_email"]);
    expect([...gke.keys()].some((p) => p.endsWith("gcp-credentials.yaml"))).toBe(false);
  });

  test.each(["blueprint", "load-balancer-ips", "azure-blob"])("%s (S3 or Azure Blob): no Google identity anywhere", (name) => {
    const other = files(planNamed(name));
    expect([...other.keys()].some((p) => p.endsWith("gcp-credentials.yaml"))).toBe(false);
    for (const [path, content] of other) if (path.startsWith("teleport/")) expect(content).not.toMatch(/gcp-workload-identity|GOOGLE_APPLICATION_CREDENTIALS/);
  });

  test("S3 outside EKS still gets the AWS web identity token", () => {
    const v = fromYaml(files(planNamed("load-balancer-ips")).get("teleport/gcp-europe-west1/values.yaml") ?? "");
    expect((get(v, "auth", "extraVolumes") as Json[]).map((x) => x.name)).toEqual(["db-certs", "aws-sts-token"]);
  });
});

test("every catalog region outside Google Cloud gets a valid, distinct provider id (4–32 of [a-z0-9-], not gcp-)", () => {
  const ids = REGIONS.filter((r) => r.provider !== "gcp").map((r) => gcpProviderId({ id: r.id } as PlanRegion));
  for (const id of ids) expect(id).toMatch(/^(?!gcp-)[a-z0-9-]{4,32}$/);
  expect(new Set(ids).size).toBe(ids.length);
});
