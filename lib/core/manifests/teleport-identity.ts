import type { BundleContext } from "@/lib/core/bundle/context";
import type { PlanRegion } from "@/lib/schemas/plan";
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
  volumes: Record<string, unknown>[];
  mounts: Record<string, unknown>[];
  env: { name: string; value: string }[];
};

export function authIdentity(ctx: BundleContext, region: PlanRegion): AuthIdentity {
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
