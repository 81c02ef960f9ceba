import { getRegion } from "@/lib/core/catalog";
import { pinCiliumClusterIds } from "@/lib/core/net/cilium-cluster-id";
import type { Plan } from "@/lib/schemas/plan";
import { mentionsRegion } from "./waivers";

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance; only used to pick the nearest replacement, so a sphere is enough. */
function distanceKm(a: string, b: string): number {
  const ra = getRegion(a);
  const rb = getRegion(b);
  if (!ra || !rb) return Number.POSITIVE_INFINITY;
  const rad = Math.PI / 180;
  const dLat = (rb.lat - ra.lat) * rad;
  const dLon = (rb.lon - ra.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(ra.lat * rad) * Math.cos(rb.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function nearest(to: string, candidates: string[]): string | null {
  return candidates.reduce<string | null>((best, id) => (best === null || distanceKm(to, id) < distanceKm(to, best) ? id : best), null);
}

/**
 * Removes a region and repairs what pointed at it. A removed primary is replaced by the
 * secondary (the region CockroachDB already keeps a copy in) or else the nearest remaining
 * CockroachDB region; a secondary that was removed or promoted is replaced by the remaining
 * CockroachDB region nearest the primary, because the blueprint warns that a far-away pair
 * makes writes slower (Multi-region Blueprint, "Impact of the CockroachDB regions"). Waivers
 * of findings about the removed region are dropped: their finding cannot fire any more. The
 * remaining regions keep their Cilium cluster ids: they are written into the plan before the
 * region goes, as a region's position no longer gives its id once one before it is removed.
 */
export function removeRegion(plan: Plan, id: string): Plan {
  if (!plan.regions.some((r) => r.id === id)) return plan;
  const regions = pinCiliumClusterIds(plan.regions).filter((r) => r.id !== id);
  const cockroachIds = regions.filter((r) => r.runsCockroach).map((r) => r.id);
  const { primaryRegion: oldPrimary, secondaryRegion: oldSecondary } = plan.cockroachdb;

  let primaryRegion = oldPrimary;
  if (!cockroachIds.includes(oldPrimary)) {
    primaryRegion = oldSecondary !== null && cockroachIds.includes(oldSecondary) ? oldSecondary : (nearest(oldPrimary, cockroachIds) ?? "");
  }
  let secondaryRegion = oldSecondary;
  const isSecondaryGone = oldSecondary !== null && (!cockroachIds.includes(oldSecondary) || oldSecondary === primaryRegion);
  if (isSecondaryGone) secondaryRegion = nearest(primaryRegion, cockroachIds.filter((r) => r !== primaryRegion));

  return {
    ...plan,
    cockroachdb: { ...plan.cockroachdb, primaryRegion, secondaryRegion },
    regions,
    waivers: plan.waivers.filter((w) => !mentionsRegion(w.findingId, id)),
  };
}
