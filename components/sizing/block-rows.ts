import type { PodGroup, ResourceBlock, Sizing } from "@/lib/core/analysis/types";

export type BlockRow = { component: PodGroup["component"]; resources: ResourceBlock; isOverride: boolean; regions: string[] };

/** Regions sharing the same block for a component are listed once, so three regions read as one row. */
export function blockRows(sizing: Sizing): BlockRow[] {
  const rows = new Map<string, BlockRow>();
  for (const region of sizing.regions) {
    for (const group of region.groups) {
      const key = JSON.stringify([group.component, group.resources, group.isOverride]);
      const row = rows.get(key) ?? { component: group.component, resources: group.resources, isOverride: group.isOverride, regions: [] };
      row.regions.push(region.region);
      rows.set(key, row);
    }
  }
  return [...rows.values()];
}
