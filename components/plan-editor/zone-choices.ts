import { getRegion } from "@/lib/core/catalog";

/**
 * The region's zones as checkboxes, in the catalog's order. Zones the catalog does not know
 * stay listed (and flagged by the schema) so they can be unticked. Regions without zones in
 * the catalog (some Azure regions) offer the region itself as their single zone.
 */
export function zoneChoices(regionId: string, planZones: readonly string[]): string[] {
  const region = getRegion(regionId);
  const known = region && region.zones.length > 0 ? region.zones : [region?.code ?? regionId];
  return [...known, ...planZones.filter((z) => !known.includes(z))];
}
