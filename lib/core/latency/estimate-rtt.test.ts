import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { FIBRE_KM_PER_MS, RTT_MODEL, estimateRttMs, routeInflation } from "./estimate-rtt";

describe("estimateRttMs", () => {
  // rtt = 3.5 + 2 × d × 1.8 × (d/1000)^−0.07 / 200
  test.each([
    [0, 3.5],
    [1000, 3.5 + (2 * 1000 * 1.8) / 200],
    [5000, 3.5 + (2 * 5000 * 1.8 * 5 ** -0.07) / 200],
    [10_000, 3.5 + (2 * 10_000 * 1.8 * 10 ** -0.07) / 200],
  ])("%i km → %f ms", (distanceKm, expected) => {
    expect(estimateRttMs(distanceKm)).toBeCloseTo(expected, 9);
  });

  test("uses light in fibre at 200 km/ms and the shipped constants", () => {
    expect(FIBRE_KM_PER_MS).toBe(200);
    expect(RTT_MODEL).toEqual({ overheadMs: 3.5, inflationAt1000Km: 1.8, inflationDecay: 0.07 });
  });

  test("a corridor factor scales the distance term only", () => {
    const plain = estimateRttMs(8000);
    expect(estimateRttMs(8000, 1.5)).toBeCloseTo(RTT_MODEL.overheadMs + 1.5 * (plain - RTT_MODEL.overheadMs), 9);
    expect(estimateRttMs(0, 2)).toBe(RTT_MODEL.overheadMs);
  });

  test("is monotone non-decreasing in distance, for any corridor factor", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 25_000, noNaN: true }),
        fc.double({ min: 0, max: 25_000, noNaN: true }),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        (x, y, factor) => {
          const [near, far] = x <= y ? [x, y] : [y, x];
          expect(estimateRttMs(near, factor)).toBeLessThanOrEqual(estimateRttMs(far, factor));
        },
      ),
    );
  });

  test("is never below the overhead nor below the speed of light in fibre along the great circle", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 20_100, noNaN: true }), (d) => {
        const rtt = estimateRttMs(d);
        expect(rtt).toBeGreaterThanOrEqual(RTT_MODEL.overheadMs);
        expect(rtt).toBeGreaterThanOrEqual((2 * d) / FIBRE_KM_PER_MS);
      }),
    );
  });

  test.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])("rejects distance %f", (d) => {
    expect(() => estimateRttMs(d)).toThrow(RangeError);
  });

  test.each([[0], [-1], [Number.NaN]])("rejects corridor factor %f", (factor) => {
    expect(() => estimateRttMs(100, factor)).toThrow(RangeError);
  });
});

describe("routeInflation", () => {
  // Fibre routes run 1.3–2x the great circle on long hauls and more on short hops.
  test.each([
    [500, 1.85, 1.95],
    [1000, 1.8, 1.8],
    [4000, 1.6, 1.7],
    [10_000, 1.5, 1.6],
    [18_000, 1.45, 1.5],
  ])("%i km → between %f and %f", (d, low, high) => {
    expect(routeInflation(d)).toBeGreaterThanOrEqual(low);
    expect(routeInflation(d)).toBeLessThanOrEqual(high);
  });

  test("falls with distance", () => {
    expect(routeInflation(300)).toBeGreaterThan(routeInflation(3000));
    expect(routeInflation(3000)).toBeGreaterThan(routeInflation(15_000));
  });
});
