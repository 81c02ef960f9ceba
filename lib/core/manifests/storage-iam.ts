import type { BundleContext } from "@/lib/core/bundle/context";
import { providerOf, tfName } from "@/lib/core/bundle/context";
import { TELEPORT_RELEASE } from "@/lib/core/runbook/names";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import type { TfBucket } from "./storage-buckets";
import { ref, tfLiteral } from "./terraform";

/**
 * IAM for the S3 session recordings: the role Teleport's Auth pods assume and the role S3
 * replication assumes. No keys or secrets: the Auth pods get short-lived credentials by
 * exchanging their Kubernetes service-account token (sts:AssumeRoleWithWebIdentity):
 * - on EKS through IAM Roles for Service Accounts, with the cluster's IAM OIDC provider given
 *   as a variable (AWS EKS docs: "Assign IAM roles to Kubernetes service accounts", trust policy
 *   conditions `<issuer>:sub` and `<issuer>:aud`);
 * - on GKE and AKS through the same web-identity federation: the Terraform registers the
 *   cluster's public OIDC issuer as an IAM OIDC provider (AWS IAM docs: "Create an OpenID
 *   Connect (OIDC) identity provider in IAM"), and the Helm values mount a projected token with
 *   audience sts.amazonaws.com, which the AWS SDK's default chain reads from
 *   AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN (AWS SDKs and Tools reference: "Assume role
 *   with web identity").
 * One role for every region, named as the plan's uploader role, so `complete_initiators` in
 * every region's URI names it (Multi-region Blueprint, final section).
 */
export const STS_AUDIENCE = "sts.amazonaws.com";
const ISSUER_PREFIX = "https://";

export const teleportRoleName = (plan: Plan): string => plan.objectStorage.uploaderRole || "teleport-auth";
export const replicationRoleName = (plan: Plan): string => `${plan.objectStorage.bucketPrefix}-replication`.slice(0, 64);
/** The ARN the Helm values annotate; a placeholder account id when the plan has none. */
export const AWS_ACCOUNT_PLACEHOLDER = "AWS_ACCOUNT_ID";
export const teleportRoleArn = (plan: Plan): string => `arn:aws:iam::${plan.objectStorage.awsAccountId ?? AWS_ACCOUNT_PLACEHOLDER}:role/${teleportRoleName(plan)}`;

export const isEks = (region: PlanRegion): boolean => providerOf(region.id) === "aws";
export const eksProviderVariable = (region: PlanRegion): string => `eks_oidc_provider_arn_${tfName(region.id)}`;
export const issuerUrlVariable = (region: PlanRegion): string => `oidc_issuer_url_${tfName(region.id)}`;
const hostLocal = (region: PlanRegion): string => `oidc_host_${tfName(region.id)}`;

export function iamVariables(regions: PlanRegion[]): Record<string, unknown> {
  return Object.fromEntries(
    regions.map((r) =>
      isEks(r)
        ? [eksProviderVariable(r), { type: "string", description: `ARN of the IAM OIDC provider of the EKS cluster in ${r.id} (aws eks describe-cluster … identity.oidc.issuer, registered in IAM).` }]
        : [
            issuerUrlVariable(r),
            {
              type: "string",
              description: `Public OIDC issuer URL of the Kubernetes cluster in ${r.id} (GKE: https://container.googleapis.com/v1/projects/P/locations/L/clusters/C; AKS: az aks show --query oidcIssuerProfile.issuerUrl).`,
              validation: [{ condition: `\${startswith(var.${issuerUrlVariable(r)}, "${ISSUER_PREFIX}")}`, error_message: "Must be an https:// issuer URL." }],
            },
          ],
    ),
  );
}

/** The issuer host/path each region's trust conditions are keyed by. */
export function iamLocals(regions: PlanRegion[]): Record<string, string> {
  return Object.fromEntries(
    regions.map((r) => [
      hostLocal(r),
      isEks(r)
        ? `\${element(split(":oidc-provider/", var.${eksProviderVariable(r)}), 1)}`
        : `\${trimprefix(var.${issuerUrlVariable(r)}, "${ISSUER_PREFIX}")}`,
    ]),
  );
}

const policy = (statements: unknown[]): string => JSON.stringify({ Version: "2012-10-17", Statement: statements });

export function iamResources(ctx: BundleContext, buckets: TfBucket[], provider: string): Record<string, unknown> {
  const { plan } = ctx;
  const bucketArns = buckets.map((b) => ref(`aws_s3_bucket.${b.id}.arn`));
  const objectArns = buckets.map((b) => `${ref(`aws_s3_bucket.${b.id}.arn`)}/*`);
  const keyArns = buckets.map((b) => ref(`aws_kms_key.${b.id}.arn`));
  const federated = buckets.filter((b) => !isEks(b.region));

  const trust = buckets.map((b) => ({
    Effect: "Allow",
    Principal: { Federated: isEks(b.region) ? ref(`var.${eksProviderVariable(b.region)}`) : ref(`aws_iam_openid_connect_provider.${b.id}.arn`) },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: {
      StringEquals: {
        [`${ref(`local.${hostLocal(b.region)}`)}:sub`]: tfLiteral(`system:serviceaccount:${b.region.kubernetes.teleportNamespace}:${TELEPORT_RELEASE}`),
        [`${ref(`local.${hostLocal(b.region)}`)}:aud`]: STS_AUDIENCE,
      },
    },
  }));

  // Teleport docs, Storage backends, "S3 IAM policy" (bucket managed outside Teleport), plus
  // what SSE-KMS multipart uploads need: kms:GenerateDataKey and kms:Decrypt (S3 docs,
  // "Multipart upload API and permissions").
  const teleportPolicy = policy([
    { Sid: "BucketActions", Effect: "Allow", Action: ["s3:ListBucket", "s3:ListBucketVersions", "s3:ListBucketMultipartUploads", "s3:GetBucketVersioning", "s3:GetEncryptionConfiguration"], Resource: bucketArns },
    {
      Sid: "ObjectActions",
      Effect: "Allow",
      Action: ["s3:GetObject", "s3:GetObjectVersion", "s3:GetObjectRetention", "s3:PutObject", "s3:DeleteObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"],
      Resource: objectArns,
    },
    { Sid: "SessionKeys", Effect: "Allow", Action: ["kms:GenerateDataKey", "kms:Decrypt"], Resource: keyArns },
  ]);

  // S3 docs, "Setting up permissions for live replication" and "Replicating encrypted objects":
  // read the source versions, write replicas, decrypt with the source key and encrypt with the
  // destination's key, each only through S3 in that key's region.
  const replicationPolicy = policy([
    { Effect: "Allow", Action: ["s3:GetReplicationConfiguration", "s3:ListBucket"], Resource: bucketArns },
    { Effect: "Allow", Action: ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"], Resource: objectArns },
    { Effect: "Allow", Action: ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"], Resource: objectArns },
    ...buckets.map((b) => ({
      Effect: "Allow",
      Action: ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"],
      Resource: ref(`aws_kms_key.${b.id}.arn`),
      Condition: { StringLike: { "kms:ViaService": `s3.${b.bucket.location}.amazonaws.com` } },
    })),
  ]);

  return {
    ...(federated.length > 0
      ? {
          aws_iam_openid_connect_provider: Object.fromEntries(
            federated.map((b) => [b.id, { provider, url: ref(`var.${issuerUrlVariable(b.region)}`), client_id_list: [STS_AUDIENCE] }]),
          ),
        }
      : {}),
    aws_iam_role: {
      teleport_auth: { provider, name: tfLiteral(teleportRoleName(plan)), description: "Assumed by the Teleport Auth pods to write session recordings.", assume_role_policy: policy(trust) },
      replication: {
        provider,
        name: tfLiteral(replicationRoleName(plan)),
        description: "Assumed by S3 to replicate session recordings between the regional buckets.",
        assume_role_policy: policy([{ Effect: "Allow", Principal: { Service: "s3.amazonaws.com" }, Action: "sts:AssumeRole" }]),
      },
    },
    aws_iam_role_policy: {
      teleport_auth: { provider, name: "session-recordings", role: ref("aws_iam_role.teleport_auth.id"), policy: teleportPolicy },
      replication: { provider, name: "session-replication", role: ref("aws_iam_role.replication.id"), policy: replicationPolicy },
    },
  };
}
