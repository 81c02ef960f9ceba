/**
 * Amazon S3 general purpose bucket naming rules (AWS docs: "General purpose bucket naming
 * rules", https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).
 * Returns null for a valid name, or one sentence saying what to change.
 */
export const S3_BUCKET_NAME_MIN = 3;
export const S3_BUCKET_NAME_MAX = 63;

const RESERVED_PREFIXES = ["xn--", "sthree-", "amzn-s3-demo-"] as const;
const RESERVED_SUFFIXES = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"] as const;

export function s3BucketNameProblem(name: string): string | null {
  if (name.length < S3_BUCKET_NAME_MIN || name.length > S3_BUCKET_NAME_MAX)
    return `It is ${name.length} characters long; S3 bucket names have ${S3_BUCKET_NAME_MIN} to ${S3_BUCKET_NAME_MAX}.`;
  const bad = /[^-.a-z0-9]/.exec(name);
  if (bad) return `It contains "${bad[0]}"; S3 bucket names allow only lower-case letters, digits, "." and "-".`;
  if (!/^[a-z0-9].*[a-z0-9]$/.test(name)) return "S3 bucket names must start and end with a lower-case letter or digit.";
  if (name.includes("..")) return "S3 bucket names must not contain two dots in a row.";
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return "S3 bucket names must not look like an IP address.";
  const prefix = RESERVED_PREFIXES.find((p) => name.startsWith(p));
  if (prefix) return `S3 reserves names starting with "${prefix}".`;
  const suffix = RESERVED_SUFFIXES.find((s) => name.endsWith(s));
  if (suffix) return `S3 reserves names ending with "${suffix}".`;
  return null;
}

/**
 * The bucket of one region: `<prefix>-<region code>`, e.g. "teleport-sessions-us-east-1". The
 * blueprint creates one bucket per region; this is the planner's naming convention for them, and
 * the risk rules check the names this function gives.
 */
export function regionalBucketName(prefix: string, regionCode: string): string {
  return `${prefix}-${regionCode}`;
}
