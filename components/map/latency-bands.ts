import { PRIMARY_SECONDARY_CRITICAL_MS, PRIMARY_SECONDARY_WARNING_MS } from "@/lib/core/rules/cockroach-primary-secondary-distance";

export type LatencyBand = { id: "near" | "far" | "intercontinental"; label: string; colour: string };

/**
 * Bands for the lines between planned regions. The limits are the risk rule's (primary and
 * secondary far apart, Multi-region Blueprint "Impact of the CockroachDB regions"): up to 40 ms
 * is neighbouring regions of one continent, above 100 ms a typically intercontinental pair.
 */
export const LATENCY_BANDS: readonly LatencyBand[] = [
  { id: "near", label: `up to ${PRIMARY_SECONDARY_WARNING_MS} ms`, colour: "#1e7a3c" },
  { id: "far", label: `${PRIMARY_SECONDARY_WARNING_MS}–${PRIMARY_SECONDARY_CRITICAL_MS} ms`, colour: "#b86e00" },
  { id: "intercontinental", label: `over ${PRIMARY_SECONDARY_CRITICAL_MS} ms`, colour: "#b3261e" },
];

export function latencyBand(rttMs: number): LatencyBand {
  const [near, far, intercontinental] = LATENCY_BANDS as [LatencyBand, LatencyBand, LatencyBand];
  if (rttMs <= PRIMARY_SECONDARY_WARNING_MS) return near;
  if (rttMs <= PRIMARY_SECONDARY_CRITICAL_MS) return far;
  return intercontinental;
}
