import { DEFAULT_CURVE_SSH_NODES } from "./sizing-curve";

/** Points on a curve past the default range: the top is split into this many equal steps. */
const STEPS = 20;
/** Round numbers the top of a longer curve snaps up to (× a power of ten): axis ticks stay readable. */
const NICE = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest round number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^n) at or above `n`. */
export function niceCeil(n: number): number {
  if (n <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(n));
  const factor = NICE.find((f) => f * power >= n - 1e-9) ?? 10;
  return factor * power;
}

/**
 * SSH-node counts for the plan's sizing curve: the default 1,000 to 100,000, or, when the plan
 * is larger, 1,000 then 20 equal steps up to a round number at or above 110% of the plan's count,
 * so the curve's range always includes the plan's workload. The plan's own count is always one
 * of the points, so the chart's "this plan" point is a computed one, not an interpolation.
 */
export function curveSshNodes(planSshNodes: number): number[] {
  const base = planSshNodes <= 100_000 ? [...DEFAULT_CURVE_SSH_NODES] : stepsTo(niceCeil(planSshNodes * 1.1));
  return [...new Set([...base, Math.max(0, Math.round(planSshNodes))])].filter((n) => n > 0).sort((a, b) => a - b);
}

function stepsTo(top: number): number[] {
  const step = top / STEPS;
  return [1_000, ...Array.from({ length: STEPS }, (_, i) => Math.round((i + 1) * step))];
}

/** Axis ticks from 0 to the last point: five equal steps. */
export function curveTicks(points: readonly number[]): number[] {
  const top = points.length > 0 ? Math.max(...points) : 100_000;
  const end = top <= 100_000 ? 100_000 : niceCeil(top);
  return Array.from({ length: 6 }, (_, i) => Math.round((end * i) / 5));
}
