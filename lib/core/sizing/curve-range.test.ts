import { describe, expect, test } from "vitest";
import { curveSshNodes, curveTicks, niceCeil } from "./curve-range";
import { DEFAULT_CURVE_SSH_NODES } from "./sizing-curve";

describe("the sizing curve's range always includes the plan's workload", () => {
  test("a plan inside the default range adds its own count to the default points", () => {
    expect(curveSshNodes(10_000)).toEqual([...DEFAULT_CURVE_SSH_NODES]);
    expect(curveSshNodes(12_345)).toContain(12_345);
    expect(curveSshNodes(12_345)).toHaveLength(DEFAULT_CURVE_SSH_NODES.length + 1);
  });

  test("200,000 SSH nodes: 1,000 then 20 steps of 12,500 to 250,000, the plan's count among them", () => {
    const points = curveSshNodes(200_000);
    expect(points[0]).toBe(1_000);
    expect(points[1]).toBe(12_500);
    expect(points.at(-1)).toBe(250_000);
    expect(points).toContain(200_000);
    expect(points).toHaveLength(21);
  });

  test("the last point is never below the plan", () => {
    for (const n of [100_001, 137_000, 999_999, 1_000_000, 4_000_000]) expect(curveSshNodes(n).at(-1)).toBeGreaterThanOrEqual(n);
  });

  test("round tops and ticks", () => {
    expect([niceCeil(220_000), niceCeil(110_000), niceCeil(1_000_000), niceCeil(7)]).toEqual([250_000, 150_000, 1_000_000, 8]);
    expect(curveTicks(curveSshNodes(10_000))).toEqual([0, 20_000, 40_000, 60_000, 80_000, 100_000]);
    expect(curveTicks(curveSshNodes(200_000))).toEqual([0, 50_000, 100_000, 150_000, 200_000, 250_000]);
  });
});
