import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { EARTH_RADIUS_KM, greatCircleKm } from "./great-circle";

const point = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe("greatCircleKm", () => {
  // Reference distances: standard haversine values on the 6371 km sphere.
  test.each([
    ["same point", { lat: 50.11, lon: 8.68 }, { lat: 50.11, lon: 8.68 }, 0],
    ["London – Paris", { lat: 51.5074, lon: -0.1278 }, { lat: 48.8566, lon: 2.3522 }, 343.5],
    ["New York – London", { lat: 40.7128, lon: -74.006 }, { lat: 51.5074, lon: -0.1278 }, 5570.2],
    ["equator to pole", { lat: 0, lon: 0 }, { lat: 90, lon: 0 }, (Math.PI / 2) * EARTH_RADIUS_KM],
    ["antipodes", { lat: 0, lon: 0 }, { lat: 0, lon: 180 }, Math.PI * EARTH_RADIUS_KM],
    ["across the antimeridian", { lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 }, 111.2],
  ])("%s", (_, a, b, km) => {
    expect(greatCircleKm(a, b)).toBeCloseTo(km, km < 1000 ? 0 : -1);
  });

  test("is symmetric, non-negative and at most half the circumference", () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const ab = greatCircleKm(a, b);
        expect(ab).toBeCloseTo(greatCircleKm(b, a), 6);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(Math.PI * EARTH_RADIUS_KM + 1e-6);
      }),
    );
  });
});
