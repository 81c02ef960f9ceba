import type { Rtt } from "@/lib/core/analysis/types";

/** One slot of the latency grid: column x (to), row y (from); null where no pair exists (the diagonal). */
export type Cell = { x: number; y: number; from: string; to: string; rtt: Rtt | null };

/** Every (from, to) slot of the grid in row-major order, matched to the analysis' ordered pairs. */
export function buildCells(ids: readonly string[], latency: readonly Rtt[]): Cell[] {
  const byPair = new Map(latency.map((r) => [`${r.from}|${r.to}`, r]));
  return ids.flatMap((from, y) => ids.map((to, x) => ({ x, y, from, to, rtt: byPair.get(`${from}|${to}`) ?? null })));
}
