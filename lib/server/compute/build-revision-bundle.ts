import "server-only";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle, zipBundle, type BundleFile } from "@/lib/core/bundle";
import type { Plan } from "@/lib/schemas/plan";

/**
 * The bundle's files and zip for a plan. CPU-heavy (hundreds of milliseconds for 12 regions);
 * the only place the server builds a bundle, so moving it off the request thread is one change.
 */
export async function buildRevisionBundle(plan: Plan): Promise<{ files: BundleFile[]; zip: Uint8Array<ArrayBuffer> }> {
  const files = buildBundle(plan, analyzePlan(plan));
  return { files, zip: zipBundle(files) };
}
