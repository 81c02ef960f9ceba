import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import { fromYaml } from "@/lib/core/bundle/serialize/yaml";
import { buildRunbook } from "@/lib/core/runbook";
import type { Plan } from "@/lib/schemas/plan";
import { PlanSchema } from "@/lib/schemas/plan";
import { mixedCloudPlan, region } from "../fixtures";
import { MATRIX } from "../matrix";

/**
 * Issue 10, defect 4 for the other clouds: GCS and Azure Blob plans get their recordings store as
 * Terraform, and the Auth pods an identity for it, with no secret. Checked on the generated JSON
 * and values without the Terraform CLI (terraform.test.ts runs the same intent in `terraform test`
 * where the google / azurerm providers are installed).
 */
type Json = Record<string, unknown>;
const files = (plan: Plan) => new Map(buildBundle(plan, analyzePlan(plan)).map((f) => [f.path, f.content]));
const get = (value: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((v, k) => (v as Json | undefined)?.[k], value);
const planNamed = (name: string) => MATRIX.find((m) => m.name === name)?.plan as Plan;
const countsBy = (items: Json[], key: string): number[] => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(String(item[key]), (counts.get(String(item[key])) ?? 0) + 1);
  return [...counts.values()];
};
const tfOf = (plan: Plan) => JSON.parse(files(plan).get("storage/main.tf.json") ?? "{}") as Json;

/** Two GKE regions of one continent: a configurable dual-region bucket. */
const gcsDualRegion = (() => {
  const plan = structuredClone(planNamed("gcp-global-vpc-gcs"));
  plan.regions = plan.regions.filter((r) => r.id !== "gcp:europe-west1");
  return PlanSchema.parse(plan);
})();

describe("GCS recordings", () => {
  test("one multi-region bucket, uniform access, public access prevention enforced, versioning as planned", () => {
    const plan = planNamed("gcp-global-vpc-gcs");
    const bucket = get(tfOf(plan), "resource", "google_storage_bucket", "sessions");
    // us-central1, us-east4 and europe-west1 span two continents: the first region's multi-region.
    expect(bucket).toEqual({
      name: "teleport-sessions",
      location: "US",
      storage_class: "STANDARD",
      uniform_bucket_level_access: true,
      public_access_prevention: "enforced",
      versioning: { enabled: plan.objectStorage.versioning },
      force_destroy: false,
    });
    expect(files(plan).get("storage/README.md")).toContain("no GCS location spans continents");
  });

  test("two regions of one continent: a dual-region with turbo replication", () => {
    const bucket = get(tfOf(gcsDualRegion), "resource", "google_storage_bucket", "sessions");
    expect(get(bucket, "location")).toBe("US");
    expect(get(bucket, "custom_placement_config")).toEqual({ data_locations: ["US-CENTRAL1", "US-EAST4"] });
    expect(get(bucket, "rpo")).toBe("ASYNC_TURBO");
    expect(files(gcsDualRegion).get("storage/README.md")).not.toContain("no GCS location spans continents");
  });

  test("a service account with Teleport's permissions on the bucket only, impersonated by the Auth KSA through Workload Identity", () => {
    const tf = tfOf(planNamed("gcp-global-vpc-gcs"));
    expect(get(tf, "variable", "project_id", "type")).toBe("string");
    expect(get(tf, "resource", "google_project_iam_custom_role", "teleport_sessions", "permissions")).toEqual([
      "storage.buckets.get",
      "storage.objects.create",
      "storage.objects.delete",
      "storage.objects.get",
      "storage.objects.list",
      "storage.objects.update",
    ]);
    expect(get(tf, "resource", "google_storage_bucket_iam_member")).toEqual({
      teleport_auth: {
        bucket: "${google_storage_bucket.sessions.name}",
        role: "${google_project_iam_custom_role.teleport_sessions.name}",
        member: "serviceAccount:${google_service_account.teleport_auth.email}",
      },
    });
    expect(get(tf, "resource", "google_service_account_iam_member")).toEqual({
      auth_teleport: {
        service_account_id: "${google_service_account.teleport_auth.name}",
        role: "roles/iam.workloadIdentityUser",
        member: "serviceAccount:${var.project_id}.svc.id.goog[teleport/teleport-cluster]",
      },
    });
    expect(get(tf, "resource", "google_service_account_key")).toBeUndefined();
  });

  test("the Auth service account carries the GKE annotation; audit_sessions_uri is gs://<bucket> with path=records and the projectID Teleport requires", () => {
    const values = fromYaml(files(planNamed("gcp-global-vpc-gcs")).get("teleport/gcp-us-east4/values.yaml") ?? "");
    expect(get(values, "auth", "annotations", "serviceAccount")).toEqual({ "iam.gke.io/gcp-service-account": "teleport-auth-sessions@GCP_PROJECT_ID.iam.gserviceaccount.com" });
    expect(get(values, "auth", "teleportConfig", "teleport", "storage", "audit_sessions_uri")).toBe("gs://teleport-sessions?path=records&projectID=GCP_PROJECT_ID");
    expect(JSON.stringify(values)).not.toMatch(/credentialsPath|private_key/);
  });
});

describe("Azure Blob recordings", () => {
  const plan = planNamed("azure-blob");
  const tf = tfOf(plan);
  const resources = (type: string) => get(tf, "resource", type) as Record<string, Json>;

  test("one account per region: StorageV2, TLS 1.2, no public blobs, versioning and change feed, Teleport's two containers", () => {
    const accounts = resources("azurerm_storage_account");
    expect(Object.keys(accounts)).toEqual(["sessions_azure_eastus2", "sessions_azure_westeurope", "sessions_azure_northeurope"]);
    expect(accounts.sessions_azure_westeurope).toEqual({
      name: "tpsessionswesteurope",
      resource_group_name: "${var.resource_group_name}",
      location: "westeurope",
      account_kind: "StorageV2",
      account_tier: "Standard",
      account_replication_type: "ZRS",
      min_tls_version: "TLS1_2",
      https_traffic_only_enabled: true,
      allow_nested_items_to_be_public: false,
      blob_properties: { versioning_enabled: true, change_feed_enabled: true },
    });
    const containers = Object.values(resources("azurerm_storage_container"));
    for (const id of Object.keys(accounts))
      expect(containers.filter((c) => c.storage_account_id === `\${azurerm_storage_account.${id}.id}`).map((c) => c.name)).toEqual(expect.arrayContaining(["inprogress", "session"]));
    expect(containers.every((c) => c.container_access_type === "private")).toBe(true);
  });

  test("object replication into read-only replica containers, at most two destinations per source and two sources per destination", () => {
    const policies = Object.values(resources("azurerm_storage_object_replication"));
    // Three accounts: every account replicates to both others.
    expect(policies).toHaveLength(6);
    expect(countsBy(policies, "source_storage_account_id")).toEqual([2, 2, 2]);
    expect(countsBy(policies, "destination_storage_account_id")).toEqual([2, 2, 2]);
    expect(policies[0]).toEqual({
      source_storage_account_id: "${azurerm_storage_account.sessions_azure_eastus2.id}",
      destination_storage_account_id: "${azurerm_storage_account.sessions_azure_westeurope.id}",
      rules: [
        {
          source_container_name: "${azurerm_storage_container.session_azure_eastus2.name}",
          destination_container_name: "${azurerm_storage_container.replica_azure_eastus2_to_azure_westeurope.name}",
          copy_blobs_created_after: "Everything",
        },
      ],
    });
    expect(resources("azurerm_storage_container").replica_azure_eastus2_to_azure_westeurope?.name).toBe("session-from-eastus2");
    // Never into a container Teleport writes: Azure refuses writes to a replication destination.
    for (const p of policies) expect(String((p.rules as Json[])[0]?.destination_container_name)).toContain(".replica_");
  });

  test("five regions stay within Azure's limit of two destinations per source", () => {
    const five = structuredClone(plan);
    const ssd = { storageClass: { name: "managed-premium", type: "ssd" as const } };
    five.regions = [...five.regions, region("azure:uksouth", ["1", "2", "3"], 19, ssd), region("azure:francecentral", ["1", "2", "3"], 20, ssd)];
    const policies = Object.values(get(tfOf(PlanSchema.parse(five)), "resource", "azurerm_storage_object_replication") as Record<string, Json>);
    expect(policies).toHaveLength(10);
    expect(countsBy(policies, "source_storage_account_id")).toEqual([2, 2, 2, 2, 2]);
    expect(countsBy(policies, "destination_storage_account_id")).toEqual([2, 2, 2, 2, 2]);
  });

  test("a federated identity per region for the Auth KSA, Storage Blob Data Contributor on its own account", () => {
    expect(resources("azurerm_federated_identity_credential").sessions_azure_eastus2).toEqual({
      name: "teleport-auth",
      user_assigned_identity_id: "${azurerm_user_assigned_identity.sessions_azure_eastus2.id}",
      audience: ["api://AzureADTokenExchange"],
      issuer: "${var.oidc_issuer_url_azure_eastus2}",
      subject: "system:serviceaccount:teleport:teleport-cluster",
    });
    expect(resources("azurerm_role_assignment").sessions_azure_eastus2).toEqual({
      scope: "${azurerm_storage_account.sessions_azure_eastus2.id}",
      role_definition_name: "Storage Blob Data Contributor",
      principal_id: "${azurerm_user_assigned_identity.sessions_azure_eastus2.principal_id}",
      principal_type: "ServicePrincipal",
    });
    expect(get(tf, "provider", "azurerm")).toEqual({ features: {}, subscription_id: "${var.subscription_id}" });
  });

  test("AKS values: auth.azure.clientID and the workload identity pod label, no secret", () => {
    const values = fromYaml(files(plan).get("teleport/azure-eastus2/values.yaml") ?? "");
    expect(get(values, "auth", "azure")).toEqual({ clientID: "AZURE_CLIENT_ID_AZURE_EASTUS2" });
    expect(get(values, "auth", "extraLabels")).toEqual({ pod: { "azure.workload.identity/use": "true" } });
    expect(get(values, "auth", "teleportConfig", "teleport", "storage", "audit_sessions_uri")).toBe("azblob://tpsessionseastus2.blob.core.windows.net");
  });

  test("outside AKS the values do what the webhook would: a projected token and the AZURE_* variables", () => {
    const values = fromYaml(files(mixedCloudPlan()).get("teleport/gcp-us-east4/values.yaml") ?? "");
    expect(get(values, "auth", "azure")).toBeUndefined();
    expect(get(values, "auth", "extraEnv")).toEqual(
      expect.arrayContaining([
        { name: "AZURE_CLIENT_ID", value: "AZURE_CLIENT_ID_GCP_US_EAST4" },
        { name: "AZURE_FEDERATED_TOKEN_FILE", value: "/var/run/secrets/azure/tokens/azure-identity-token" },
      ]),
    );
    expect(get(values, "auth", "extraVolumes")).toEqual(
      expect.arrayContaining([
        { name: "azure-identity-token", projected: { sources: [{ serviceAccountToken: { audience: "api://AzureADTokenExchange", expirationSeconds: 3600, path: "azure-identity-token" } }] } },
      ]),
    );
  });

  test("the runbook applies the Terraform and checks replication into the replica containers", () => {
    const steps = buildRunbook(plan, analyzePlan(plan)).sections.flatMap((s) => s.steps);
    const create = steps.find((s) => s.key === "object-storage.buckets");
    expect(create?.commands).toEqual(["terraform -chdir=storage init", "terraform -chdir=storage apply"]);
    expect(create?.files).toEqual(["storage/main.tf.json", "storage/README.md"]);
    const verify = steps.find((s) => s.key === "object-storage.replication")?.verify ?? [];
    expect(verify.filter((c) => c.startsWith("az storage blob show"))).toEqual([
      "az storage blob show --auth-mode login --account-name tpsessionswesteurope --container-name session-from-eastus2 --name runbook-checks/replication-check --query properties.contentLength --output tsv",
      "az storage blob show --auth-mode login --account-name tpsessionsnortheurope --container-name session-from-eastus2 --name runbook-checks/replication-check --query properties.contentLength --output tsv",
    ]);
  });
});

test("Teleport regions on other clouds get their Azure account and identity in the nearest Azure region", () => {
  const tf = tfOf(mixedCloudPlan());
  const location = (type: string, id: string) => get(tf, "resource", type, id, "location");
  // Ashburn (39.04, -77.49): Boydton (36.67, -78.39) is nearer than the catalog's East US point (37.37, -79.82).
  expect(location("azurerm_storage_account", "sessions_aws_us_east_1")).toBe("eastus2");
  expect(location("azurerm_user_assigned_identity", "sessions_gcp_europe_west1")).toBe(location("azurerm_storage_account", "sessions_gcp_europe_west1"));
  expect(String(location("azurerm_storage_account", "sessions_gcp_europe_west1"))).not.toContain("-");
});
