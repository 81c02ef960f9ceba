import type { PlanRegion } from "@/lib/schemas/plan";
import { regionSlug } from "@/lib/core/bundle/paths";

/**
 * The KMS key each region's session bucket encrypts with, named by an alias that is unique per
 * AWS region and account. Teleport's S3 uploader always asks for SSE-KMS (CreateMultipartUpload
 * with ServerSideEncryption "aws:kms", plus SSEKMSKeyId when `sse_kms_key` is set:
 * gravitational/teleport lib/events/s3sessions/s3stream.go, CreateUpload; RFD 0042). Without a
 * key id S3 falls back to the AWS managed key aws/s3, whose key policy no replication role can
 * be granted on; so the values name this alias in `sse_kms_key`, and S3 resolves an alias in
 * the requester's account and the bucket's region (S3 API, PutObject:
 * x-amz-server-side-encryption-aws-kms-key-id "Key ID, Key ARN, or Key Alias").
 * Alias names allow letters, digits, "/", "_" and "-" (KMS API, CreateAlias: AliasName).
 */
export function sessionKeyAlias(bucketPrefix: string, region: PlanRegion): string {
  const clean = bucketPrefix.replace(/[^A-Za-z0-9_-]/g, "-").slice(0, 120);
  return `alias/${clean}-${regionSlug(region.id)}`;
}
