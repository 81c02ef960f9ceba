import { tfName } from "@/lib/core/bundle/context";
import { recordKind } from "@/lib/core/manifests/dns";
import { lbDnsNameVariable, lbIpVariable, loadBalancerAddress } from "@/lib/core/manifests/proxy-address";
import { eksProviderVariable, isEks, issuerUrlVariable } from "@/lib/core/manifests/storage-iam";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";

/**
 * `terraform test` files (HCL, written from fixed identifiers and numbers only) that plan the
 * bundle's Terraform against mocked providers and assert its intent. Every aliased provider gets
 * its own mock; `override_during = plan` makes mocked ARNs known at plan time (Terraform 1.11,
 * "Tests: mocks"), so policies and ARNs can be asserted.
 */
const EKS_ISSUER = (code: string) => `oidc.eks.${code}.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE`;
const ACCOUNT = "123456789012";

const q = (s: string) => JSON.stringify(s);
const mockProvider = (alias?: string) => `mock_provider "aws" {
${alias ? `  alias = ${q(alias)}\n` : ""}  override_during = plan
  mock_resource "aws_iam_role" {
    defaults = { arn = "arn:aws:iam::${ACCOUNT}:role/mock" }
  }
  mock_resource "aws_kms_key" {
    defaults = { arn = "arn:aws:kms:us-east-1:${ACCOUNT}:key/mock", key_id = "mock" }
  }
  mock_resource "aws_iam_openid_connect_provider" {
    defaults = { arn = "arn:aws:iam::${ACCOUNT}:oidc-provider/mock.example.com" }
  }
  mock_resource "aws_s3_bucket" {
    defaults = { arn = "arn:aws:s3:::mock" }
  }
}
`;

const teleportRegions = (plan: Plan) => plan.regions.filter((r) => r.runsTeleport);
const awsCode = (r: PlanRegion) => r.id.slice(r.id.indexOf(":") + 1);

export function storageTest(plan: Plan): string {
  const regions = teleportRegions(plan);
  const n = regions.length;
  const vars = regions
    .map((r) =>
      isEks(r)
        ? `    ${eksProviderVariable(r)} = ${q(`arn:aws:iam::${ACCOUNT}:oidc-provider/${EKS_ISSUER(awsCode(r))}`)}`
        : `    ${issuerUrlVariable(r)} = ${q(`https://issuer.${tfName(r.id).replace(/_/g, "-")}.example.com`)}`,
    )
    .join("\n");
  const configs = regions.map((r) => `aws_s3_bucket_replication_configuration.sessions_${tfName(r.id)}`);
  const asserts = [
    ...configs.map((c) => `length(${c}.rule) == ${n - 1}`),
    `sum([${configs.map((c) => `length(${c}.rule)`).join(", ")}]) == ${n * (n - 1)}`,
    ...configs.map((c) => `alltrue([for rule in ${c}.rule : rule.source_selection_criteria[0].sse_kms_encrypted_objects[0].status == "Enabled"])`),
    ...configs.map((c) => `alltrue([for rule in ${c}.rule : startswith(rule.destination[0].encryption_configuration[0].replica_kms_key_id, "arn:aws:kms:")])`),
    ...configs.map((c) => `${c}.role == aws_iam_role.replication.arn`),
    `length(jsondecode(aws_iam_role.teleport_auth.assume_role_policy).Statement) == ${n}`,
    ...regions.filter(isEks).map((r) => `strcontains(aws_iam_role.teleport_auth.assume_role_policy, ${q(`${EKS_ISSUER(awsCode(r))}:sub`)})`),
    ...regions.filter((r) => !isEks(r)).map((r) => `aws_iam_openid_connect_provider.sessions_${tfName(r.id)}.client_id_list == toset(["sts.amazonaws.com"])`),
    `strcontains(aws_iam_role_policy.replication.policy, "kms:Decrypt")`,
    ...regions.map((r) => `aws_s3_bucket_public_access_block.sessions_${tfName(r.id)}.block_public_policy && aws_s3_bucket_public_access_block.sessions_${tfName(r.id)}.restrict_public_buckets`),
  ];
  return `${[undefined, ...regions.map((r) => tfName(r.id))].map(mockProvider).join("\n")}
run "intent" {
  command = plan
  variables {
${vars}
  }
${asserts.map((a, i) => `  assert {\n    condition     = ${a}\n    error_message = ${q(`storage intent ${i + 1}: ${a}`)}\n  }`).join("\n")}
}
`;
}

export function dnsTest(plan: Plan): string {
  const regions = teleportRegions(plan);
  const hasHealthCheck = plan.geoDns.healthCheck.enabled;
  const vars = regions
    .map((r) =>
      loadBalancerAddress(r) === "ip" ? `    ${lbIpVariable(r.id)} = "203.0.113.10"` : `    ${lbDnsNameVariable(r.id)} = ${q(`nlb-${tfName(r.id).replace(/_/g, "-")}.elb.amazonaws.com`)}`,
    )
    .join("\n");
  const asserts = regions.flatMap((r) => {
    const id = tfName(r.id);
    const kind = recordKind(r);
    return ["", "_wildcard"].flatMap((suffix) => {
      const rec = `aws_route53_record.proxy${suffix}_${id}`;
      return [
        `${rec}.type == ${q(kind === "cname" ? "CNAME" : "A")}`,
        kind === "alias" ? `length(${rec}.alias) == 1 && ${rec}.records == null` : `length(${rec}.alias) == 0 && ${rec}.records == toset([var.${kind === "a" ? lbIpVariable(r.id) : lbDnsNameVariable(r.id)}])`,
        ...(hasHealthCheck ? [`${rec}.health_check_id == aws_route53_health_check.proxy_${id}.id`] : []),
      ];
    }).concat(
      hasHealthCheck
        ? kind === "a"
          ? [`aws_route53_health_check.proxy_${id}.ip_address == var.${lbIpVariable(r.id)}`]
          : [`aws_route53_health_check.proxy_${id}.fqdn == var.${lbDnsNameVariable(r.id)} && aws_route53_health_check.proxy_${id}.ip_address == null`]
        : [],
    );
  });
  // Each health check gets its own known id so a record pointing at the wrong check fails.
  const overrides = hasHealthCheck
    ? regions.map((r) => `  override_resource {\n    target          = aws_route53_health_check.proxy_${tfName(r.id)}\n    override_during = plan\n    values          = { id = "hc-${tfName(r.id)}" }\n  }`).join("\n")
    : "";
  return `${mockProvider()}
run "intent" {
  command = plan
  variables {
    hosted_zone_id = "Z0123456789EXAMPLE"
${vars}
  }
${overrides}
${asserts.map((a, i) => `  assert {\n    condition     = ${a}\n    error_message = ${q(`dns intent ${i + 1}: ${a}`)}\n  }`).join("\n")}
}
`;
}
