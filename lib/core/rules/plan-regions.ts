import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import type { RegionId } from "../analysis/types";

/** A plan region with its index, which field paths such as `regions.1.zones` need. */
export type IndexedRegion = { region: PlanRegion; index: number; id: RegionId };

// The schema's regex guarantees the "provider:code" shape the RegionId type describes.
export const asRegionId = (id: string): RegionId => id as RegionId;

export function indexedRegions(plan: Plan): IndexedRegion[] {
  return plan.regions.map((region, index) => ({ region, index, id: asRegionId(region.id) }));
}

export const cockroachRegions = (plan: Plan): IndexedRegion[] => indexedRegions(plan).filter((r) => r.region.runsCockroach);
export const teleportRegions = (plan: Plan): IndexedRegion[] => indexedRegions(plan).filter((r) => r.region.runsTeleport);

export function regionIndex(plan: Plan, id: string): number {
  return plan.regions.findIndex((r) => r.id === id);
}

