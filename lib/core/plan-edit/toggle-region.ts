import { getRegion } from "@/lib/core/catalog";
import type { Plan } from "@/lib/schemas/plan";
import { addRegion } from "./add-region";
import { removeRegion } from "./remove-region";

/** What a click on a map marker does: adds a catalog region, or removes it when already planned. */
export function toggleRegion(plan: Plan, id: string): Plan {
  if (plan.regions.some((r) => r.id === id)) return removeRegion(plan, id);
  const region = getRegion(id);
  return region ? addRegion(plan, region) : plan;
}
