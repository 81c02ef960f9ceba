import { describe, expect, test } from "vitest";
import { REGIONS, getRegionOrThrow } from "../catalog";
import {
  CORRIDOR_FACTORS,
  EUROPE_NORTH_MIN_LAT,
  EUROPE_SOUTH_MAX_LAT,
  NORTH_AMERICA_CENTRAL_WEST_LON,
  NORTH_AMERICA_SPLIT_LON,
  ROUTING_AREAS,
  corridorKey,
  routingArea,
} from "./corridors";

const areaOf = (id: string) => routingArea(getRegionOrThrow(id as Parameters<typeof getRegionOrThrow>[0]));

describe("routing areas", () => {
  test.each([
    ["aws:eu-north-1", "europe-north"], // Stockholm, 59.3° N
    ["azure:denmarkeast", "europe-north"], // Copenhagen, 55.7° N
    ["gcp:europe-west3", "europe"], // Frankfurt
    ["gcp:europe-west8", "europe"], // Milan, 45.5° N: the Po valley routes through Frankfurt and Zurich
    ["azure:francesouth", "europe-south"], // Marseille, 43.3° N
    ["aws:eu-south-2", "europe-south"], // Zaragoza
    ["aws:mx-central-1", "mexico"], // Querétaro
    ["gcp:us-central1", "north-america-central"], // Council Bluffs, 95.9° W
    ["azure:westcentralus", "north-america-central"], // Cheyenne, 104.8° W
    ["gcp:us-west3", "north-america-west"], // Salt Lake City, 111.9° W
    ["aws:us-east-2", "north-america-east"], // Ohio
    ["aws:il-central-1", "levant"],
  ])("%s lies in %s", (id, area) => {
    expect(areaOf(id)).toBe(area);
  });

  // Each cut lies in a gap between catalog regions, so nudging it would move no region: the
  // areas are a statement about geography, not a fit to the measured pairs.
  test("no catalog region sits near a cut (half a degree of latitude, half to one degree of longitude)", () => {
    for (const r of Object.values(REGIONS)) {
      if (r.continent === "europe") {
        expect(Math.abs(r.lat - EUROPE_NORTH_MIN_LAT)).toBeGreaterThan(0.5);
        expect(Math.abs(r.lat - EUROPE_SOUTH_MAX_LAT)).toBeGreaterThan(0.5);
      }
      if (r.continent === "north-america" && r.country !== "MX") {
        expect(Math.abs(r.lon - NORTH_AMERICA_CENTRAL_WEST_LON)).toBeGreaterThan(1);
        expect(Math.abs(r.lon - NORTH_AMERICA_SPLIT_LON)).toBeGreaterThan(0.5);
      }
    }
  });

  test("every corridor factor is keyed by two known areas in canonical order, and positive", () => {
    for (const [key, factor] of Object.entries(CORRIDOR_FACTORS)) {
      const [a, b] = key.split("|") as [(typeof ROUTING_AREAS)[number], (typeof ROUTING_AREAS)[number]];
      expect(ROUTING_AREAS).toContain(a);
      expect(ROUTING_AREAS).toContain(b);
      expect(corridorKey(a, b)).toBe(key);
      expect(factor).toBeGreaterThan(0);
    }
  });
});
