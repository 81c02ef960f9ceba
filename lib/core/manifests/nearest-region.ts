import { REGIONS, getRegion } from "@/lib/core/catalog";
import { greatCircleKm } from "@/lib/core/latency/great-circle";
import { regionCode } from "@/lib/core/bundle/context";

/**
 * The code of the provider's region nearest to a plan region (itself when it is on that provider):
 * where a cloud's own resources for a region on another cloud go, e.g. the Azure storage account
 * of a Teleport region on AWS when recordings live in Azure Blob. Great-circle distance between the
 * catalog's coordinates, like nearestAwsRegionCode (lib/core/bundle/context.ts).
 */
export function nearestRegionCode(id: string, provider: "aws" | "gcp" | "azure"): string {
  const here = getRegion(id);
  if (!here) return regionCode(id);
  if (here.provider === provider) return here.code;
  let best: { code: string; km: number } | undefined;
  for (const candidate of REGIONS) {
    if (candidate.provider !== provider) continue;
    const km = greatCircleKm(here, candidate);
    if (!best || km < best.km) best = { code: candidate.code, km };
  }
  return best?.code ?? here.code;
}
