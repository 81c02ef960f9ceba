import { getRegion } from "@/lib/core/catalog";

/** "US East (N. Virginia) · aws:us-east-1", or the bare id when the catalog does not know it. */
export function regionLabel(id: string): string {
  const region = getRegion(id);
  return region ? `${region.name} · ${id}` : id;
}
