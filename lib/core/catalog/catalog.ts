import { AWS_REGIONS } from "./regions-aws";
import { AZURE_REGIONS } from "./regions-azure";
import { GCP_REGIONS } from "./regions-gcp";
import type { CatalogRegion, RegionId } from "./types";

/** Every catalog region of every provider, sorted by id. */
export const REGIONS: readonly CatalogRegion[] = [...AWS_REGIONS, ...AZURE_REGIONS, ...GCP_REGIONS].sort(
  (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
);

const BY_ID: ReadonlyMap<string, CatalogRegion> = new Map(REGIONS.map((region) => [region.id, region]));

/** The region with this id ("aws:us-east-1"), or undefined when the catalog has none. */
export function getRegion(id: string): CatalogRegion | undefined {
  return BY_ID.get(id);
}

/** True when `id` names a catalog region; narrows the string to RegionId. */
export function isRegionId(id: string): id is RegionId {
  return BY_ID.has(id);
}

/** Like getRegion, for ids that must exist: throws with the id in the message. */
export function getRegionOrThrow(id: string): CatalogRegion {
  const region = BY_ID.get(id);
  if (!region) throw new Error(`Unknown region id: ${id}`);
  return region;
}
