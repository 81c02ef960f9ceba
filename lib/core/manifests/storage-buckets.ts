import type { BundleContext } from "@/lib/core/bundle/context";
import { tfName } from "@/lib/core/bundle/context";
import type { PlanRegion } from "@/lib/schemas/plan";
import type { SessionBucket } from "./session-storage";
import { sessionBucket } from "./session-storage";

/** One S3 session bucket with the Terraform names the storage files give it and its key. */
export type TfBucket = {
  region: PlanRegion;
  /** Terraform resource name, e.g. sessions_aws_us_east_1. */
  id: string;
  /** Aliased provider configured for the bucket's AWS region. */
  provider: string;
  bucket: SessionBucket;
};

export function tfBuckets(ctx: BundleContext): TfBucket[] {
  return ctx.teleportRegions.map((region) => ({
    region,
    id: `sessions_${tfName(region.id)}`,
    provider: `aws.${tfName(region.id)}`,
    bucket: sessionBucket(ctx.plan, region),
  }));
}
