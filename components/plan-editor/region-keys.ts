import type { PlanRegion } from "@/lib/schemas/plan";

/**
 * React keys for the form's region sections: the region id and its occurrence, so removing a
 * region keeps every other section mounted (its state kept, nothing rebuilt), and a region
 * listed twice (an invalid draft the form must still show) gets two distinct keys.
 */
export function regionKeys(regions: readonly Pick<PlanRegion, "id">[]): string[] {
  const seen = new Map<string, number>();
  return regions.map((r) => {
    const n = seen.get(r.id) ?? 0;
    seen.set(r.id, n + 1);
    return `${r.id}:${n}`;
  });
}
