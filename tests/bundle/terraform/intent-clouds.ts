import { tfName } from "@/lib/core/bundle/context";
import { AZURE_BLOB_ROLE, AZURE_TOKEN_AUDIENCE, replicationPairs } from "@/lib/core/manifests/storage-azure-terraform";
import { authSubject, federatedBindingNames, isFederatedGcsRegion } from "@/lib/core/manifests/storage-gcs-federation";
import { gcsLocation } from "@/lib/core/manifests/storage-gcs-location";
import { TELEPORT_GCS_PERMISSIONS, bindingNames, gkeTeleportNamespaces } from "@/lib/core/manifests/storage-gcs-terraform";
import { issuerUrlVariable } from "@/lib/core/manifests/storage-iam";
import { TELEPORT_RELEASE } from "@/lib/core/runbook/names";
import type { Plan } from "@/lib/schemas/plan";

/**
 * `terraform test` files for the GCS and Azure Blob storage Terraform, like intent.ts for S3: plan
 * against mocked providers (override_during = plan makes mocked computed values known) and assert
 * what the file is for. They run where the plugin mirror has hashicorp/google or hashicorp/azurerm
 * (terraform.test.ts); storage-clouds.test.ts asserts the same intent on the JSON everywhere.
 */
const q = (s: string) => JSON.stringify(s);
const PROJECT = "example-project";
const teleportRegions = (plan: Plan) => plan.regions.filter((r) => r.runsTeleport);
const asserts = (label: string, list: string[]) =>
  list.map((a, i) => `  assert {\n    condition     = ${a}\n    error_message = ${q(`${label} intent ${i + 1}: ${a}`)}\n  }`).join("\n");

export function gcsStorageTest(plan: Plan): string {
  const place = gcsLocation(plan);
  const bucket = "google_storage_bucket.sessions";
  const namespaces = gkeTeleportNamespaces(teleportRegions(plan));
  const federated = teleportRegions(plan).filter(isFederatedGcsRegion);
  const federatedNamespaces = [...new Set(federated.map((r) => r.kubernetes.teleportNamespace))];
  const POOL_NAME = "projects/123456789012/locations/global/workloadIdentityPools/teleport-auth";
  const list = [
    `${bucket}.location == ${q(place.location)}`,
    `${bucket}.uniform_bucket_level_access == true && ${bucket}.public_access_prevention == "enforced"`,
    place.kind === "dual-region"
      ? `toset(${bucket}.custom_placement_config[0].data_locations) == toset([${place.dataLocations.map(q).join(", ")}]) && ${bucket}.rpo == "ASYNC_TURBO"`
      : `length(${bucket}.custom_placement_config) == 0`,
    `toset(google_project_iam_custom_role.teleport_sessions.permissions) == toset([${TELEPORT_GCS_PERMISSIONS.map(q).join(", ")}])`,
    `google_storage_bucket_iam_member.teleport_auth.role == google_project_iam_custom_role.teleport_sessions.name`,
    ...namespaces.map((ns, i) => {
      const m = `google_service_account_iam_member.${bindingNames(namespaces)[i]}`;
      return `${m}.role == "roles/iam.workloadIdentityUser" && ${m}.member == ${q(`serviceAccount:${PROJECT}.svc.id.goog[${ns}/${TELEPORT_RELEASE}]`)}`;
    }),
    // Outside Google Cloud: one OIDC provider per cluster, admitting only the Auth KSA, and the federated principal's binding.
    ...federated.map((r) => {
      const p = `google_iam_workload_identity_pool_provider.${tfName(r.id)}`;
      return `${p}.oidc[0].issuer_uri == var.${issuerUrlVariable(r)} && ${p}.attribute_mapping["google.subject"] == "assertion.sub" && ${p}.attribute_condition == ${q(`assertion.sub == ${JSON.stringify(authSubject(r))}`)}`;
    }),
    ...federatedNamespaces.map((ns, i) => {
      const m = `google_service_account_iam_member.${federatedBindingNames(federatedNamespaces)[i]}`;
      return `${m}.role == "roles/iam.workloadIdentityUser" && ${m}.member == ${q(`principal://iam.googleapis.com/${POOL_NAME}/subject/system:serviceaccount:${ns}:${TELEPORT_RELEASE}`)}`;
    }),
  ];
  return `mock_provider "google" {
  override_during = plan
  mock_resource "google_project_iam_custom_role" {
    defaults = { name = "projects/${PROJECT}/roles/teleportSessionRecordings" }
  }
  mock_resource "google_service_account" {
    defaults = { email = "teleport-auth-sessions@${PROJECT}.iam.gserviceaccount.com", name = "projects/${PROJECT}/serviceAccounts/teleport-auth-sessions@${PROJECT}.iam.gserviceaccount.com" }
  }
  mock_resource "google_iam_workload_identity_pool" {
    defaults = { name = ${q(POOL_NAME)} }
  }
}
run "intent" {
  command = plan
  variables {
    project_id = ${q(PROJECT)}
${federated.map((r) => `    ${issuerUrlVariable(r)} = ${q(`https://issuer.${tfName(r.id).replace(/_/g, "-")}.example.com/`)}`).join("\n")}
  }
${asserts("gcs", list)}
}
`;
}

export function azureStorageTest(plan: Plan): string {
  const regions = teleportRegions(plan);
  const account = (id: string) => `azurerm_storage_account.sessions_${id}`;
  const list = [
    ...regions.map((r) => {
      const a = account(tfName(r.id));
      return `${a}.blob_properties[0].versioning_enabled && ${a}.blob_properties[0].change_feed_enabled && ${a}.min_tls_version == "TLS1_2" && ${a}.allow_nested_items_to_be_public == false`;
    }),
    ...replicationPairs(regions).map(([s, d]) => {
      const o = `azurerm_storage_object_replication.${tfName(s.id)}_to_${tfName(d.id)}`;
      return `${o}.source_storage_account_id == ${account(tfName(s.id))}.id && ${o}.destination_storage_account_id == ${account(tfName(d.id))}.id && alltrue([for rule in ${o}.rules : rule.source_container_name == "session" && startswith(rule.destination_container_name, "session-from-")])`;
    }),
    ...regions.map((r) => {
      const id = tfName(r.id);
      return `azurerm_federated_identity_credential.sessions_${id}.audience == tolist([${q(AZURE_TOKEN_AUDIENCE)}]) && azurerm_federated_identity_credential.sessions_${id}.subject == ${q(`system:serviceaccount:${r.kubernetes.teleportNamespace}:${TELEPORT_RELEASE}`)} && azurerm_federated_identity_credential.sessions_${id}.issuer == var.${issuerUrlVariable(r)}`;
    }),
    ...regions.map((r) => `azurerm_role_assignment.sessions_${tfName(r.id)}.role_definition_name == ${q(AZURE_BLOB_ROLE)} && azurerm_role_assignment.sessions_${tfName(r.id)}.scope == ${account(tfName(r.id))}.id`),
  ];
  return `mock_provider "azurerm" {
  override_during = plan
}
run "intent" {
  command = plan
  variables {
    subscription_id     = "00000000-0000-0000-0000-000000000000"
    resource_group_name = "teleport-sessions"
${regions.map((r) => `    ${issuerUrlVariable(r)} = ${q(`https://issuer.${tfName(r.id).replace(/_/g, "-")}.example.com/`)}`).join("\n")}
  }
${asserts("azure", list)}
}
`;
}
