import type { SizingPoint } from "@/lib/core/sizing";

/** The first point where a zone gets more nodes than at the start: per-node growth has stopped there. */
export function firstScaleOut(points: readonly SizingPoint[]): SizingPoint | null {
  const first = points[0];
  return first ? (points.find((p) => p.nodesPerZone > first.nodesPerZone) ?? null) : null;
}
