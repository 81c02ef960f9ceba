/** Light in silica fibre: c / 1.47 ≈ 204 km/ms one way; 200 km/ms is the usual round figure. */
export const FIBRE_KM_PER_MS = 200;

/** Constants of the distance model. See README.md § Estimated RTT for how they were fitted. */
export type RttModel = {
  /** Fixed cost of equipment, serialisation and the last metres inside each data centre, ms. */
  overheadMs: number;
  /** Fibre route length ÷ great-circle distance for a 1000 km hop. */
  inflationAt1000Km: number;
  /** How fast that ratio falls with distance: inflation ∝ distance^(−decay). */
  inflationDecay: number;
};

/**
 * Fitted on the calibration three quarters of the shipped measured pairs
 * (Azure P50 July 2026, CloudPing AWS P50 1Y and Google Cloud's Performance
 * Dashboard, November 2023); `calibrate.test.ts` re-runs the fit and checks
 * these values.
 */
export const RTT_MODEL: RttModel = {
  overheadMs: 3.5,
  inflationAt1000Km: 1.8,
  inflationDecay: 0.07,
};

/**
 * Route inflation (fibre path ÷ great circle) at a distance. Short hops detour
 * most (metro rings, backhaul to a few landing points); long hauls run closer to
 * the great circle. With the shipped constants: 1.89 at 500 km, 1.8 at 1000 km,
 * 1.63 at 4000 km, 1.53 at 10 000 km.
 */
export function routeInflation(distanceKm: number, model: RttModel = RTT_MODEL): number {
  // Below 1 km the power law would blow up; a region pair is never that close.
  const d = Math.max(distanceKm, 1);
  return model.inflationAt1000Km * (d / 1000) ** -model.inflationDecay;
}

/** overhead + 2 × d × inflation(d) / 200 km/ms, with no corridor detour. */
export function baseRttMs(distanceKm: number, model: RttModel = RTT_MODEL): number {
  if (!Number.isFinite(distanceKm) || distanceKm < 0) {
    throw new RangeError(`distanceKm must be a finite, non-negative number, got ${distanceKm}`);
  }
  return model.overheadMs + (2 * distanceKm * routeInflation(distanceKm, model)) / FIBRE_KM_PER_MS;
}

/**
 * Estimated round-trip time in ms between two points `distanceKm` apart on
 * the great circle:
 *
 *   rtt = overhead + corridorFactor × 2 × d × inflation(d) / 200 km/ms,
 *   inflation(d) = 1.8 × (d / 1000 km)^−0.07, overhead = 3.5 ms.
 *
 * Light in fibre covers about 200 km/ms (refractive index ≈ 1.47), fibre routes
 * are longer than the great circle (the inflation, 1.5–2.5× over the distances
 * between cloud regions), and each end adds a fixed overhead. `corridorFactor`
 * (default 1) scales the distance term for corridors whose cables detour, see
 * `corridors.ts`. Constants fitted on published medians (Microsoft's Azure
 * network round-trip latency statistics, July 2026; CloudPing AWS P50, 2025;
 * Google Cloud Performance Dashboard, 2023-11-27);
 * accuracy on held-out pairs is in README.md. Monotone non-decreasing in distance.
 */
export function estimateRttMs(distanceKm: number, corridorFactor = 1, model: RttModel = RTT_MODEL): number {
  if (!Number.isFinite(corridorFactor) || corridorFactor <= 0) {
    throw new RangeError(`corridorFactor must be a positive number, got ${corridorFactor}`);
  }
  return model.overheadMs + corridorFactor * (baseRttMs(distanceKm, model) - model.overheadMs);
}
