import { describe, expect, test } from "vitest";
import { greatCircleKm } from "../latency/great-circle";
import {
  AWS_REGIONS,
  AZURE_REGIONS,
  CONTINENTS,
  GCP_REGIONS,
  PROVIDERS,
  REGIONS,
  getRegion,
  getRegionOrThrow,
  isRegionId,
  type CatalogRegion,
  type Continent,
} from "./index";

const isSortedById = (list: readonly CatalogRegion[]): boolean =>
  list.every((region, i) => i === 0 || (list[i - 1]?.id ?? "") < region.id);

describe("region catalog", () => {
  test("has at least 90 regions", () => {
    expect(REGIONS.length).toBeGreaterThanOrEqual(90);
  });

  test.each([
    ["aws", AWS_REGIONS, 34],
    ["gcp", GCP_REGIONS, 42],
    ["azure", AZURE_REGIONS, 59],
  ] as const)("%s lists %i regions, sorted by id, all of that provider", (provider, list, count) => {
    expect(list).toHaveLength(count);
    expect(isSortedById(list)).toBe(true);
    expect(list.every((region) => region.provider === provider)).toBe(true);
  });

  test("REGIONS is every provider list, sorted by id", () => {
    expect(REGIONS).toHaveLength(AWS_REGIONS.length + GCP_REGIONS.length + AZURE_REGIONS.length);
    expect(isSortedById(REGIONS)).toBe(true);
    expect(new Set(REGIONS.map((region) => region.provider))).toEqual(new Set(PROVIDERS));
  });

  test("ids are unique and equal `${provider}:${code}`", () => {
    expect(new Set(REGIONS.map((region) => region.id)).size).toBe(REGIONS.length);
    for (const region of REGIONS) expect(region.id).toBe(`${region.provider}:${region.code}`);
  });

  test("every region has a name, city, ISO country, known continent and in-range coordinates", () => {
    for (const region of REGIONS) {
      expect(region.name.length, region.id).toBeGreaterThan(0);
      expect(region.city.length, region.id).toBeGreaterThan(0);
      expect(region.country, region.id).toMatch(/^[A-Z]{2}$/);
      expect(CONTINENTS, region.id).toContain(region.continent);
      expect(Number.isFinite(region.lat) && region.lat >= -90 && region.lat <= 90, region.id).toBe(true);
      expect(Number.isFinite(region.lon) && region.lon >= -180 && region.lon <= 180, region.id).toBe(true);
    }
  });

  // Loose boxes: they catch a swapped sign or lat/lon, not a misplaced city.
  const BOXES: Record<Continent, { lat: [number, number]; lon: [number, number] }> = {
    "north-america": { lat: [14, 72], lon: [-170, -50] },
    "south-america": { lat: [-56, 13], lon: [-82, -34] },
    europe: { lat: [35, 72], lon: [-25, 45] },
    asia: { lat: [-11, 56], lon: [60, 150] },
    oceania: { lat: [-48, -10], lon: [110, 180] },
    africa: { lat: [-35, 38], lon: [-18, 52] },
    "middle-east": { lat: [12, 42], lon: [34, 60] },
  };

  test.each(REGIONS.map((region) => [region.id, region] as const))("%s lies inside its continent's box", (_, region) => {
    const box = BOXES[region.continent];
    expect(region.lat).toBeGreaterThanOrEqual(box.lat[0]);
    expect(region.lat).toBeLessThanOrEqual(box.lat[1]);
    expect(region.lon).toBeGreaterThanOrEqual(box.lon[0]);
    expect(region.lon).toBeLessThanOrEqual(box.lon[1]);
  });

  test("regions that name the same city are within 100 km of each other", () => {
    const byCity = new Map<string, CatalogRegion[]>();
    for (const region of REGIONS) byCity.set(region.city, [...(byCity.get(region.city) ?? []), region]);
    for (const group of byCity.values()) {
      for (const a of group) for (const b of group) expect(greatCircleKm(a, b), `${a.id} / ${b.id}`).toBeLessThan(100);
    }
  });

  test.each([
    ["aws", /^(.+)[a-z]$/, 2],
    ["gcp", /^(.+)-[a-z]$/, 3],
  ] as const)("%s zone names are the region code plus a letter", (provider, pattern, minZones) => {
    for (const region of REGIONS.filter((r) => r.provider === provider)) {
      expect(region.zones.length, region.id).toBeGreaterThanOrEqual(minZones);
      expect(new Set(region.zones).size, region.id).toBe(region.zones.length);
      for (const zone of region.zones) expect(pattern.exec(zone)?.[1], `${region.id} ${zone}`).toBe(region.code);
    }
  });

  test("azure regions have zones 1, 2, 3 or none", () => {
    for (const region of AZURE_REGIONS) {
      expect([[], ["1", "2", "3"]], region.id).toContainEqual(region.zones);
    }
    expect(AZURE_REGIONS.filter((region) => region.zones.length === 3).length).toBeGreaterThanOrEqual(35);
  });

  test("zone arrays are not shared between regions", () => {
    const arrays = REGIONS.map((region) => region.zones);
    expect(new Set(arrays).size).toBe(arrays.length);
  });

  test.each([
    ["aws:us-east-1", ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"]],
    ["aws:eu-west-1", ["eu-west-1a", "eu-west-1b", "eu-west-1c"]],
    ["gcp:us-central1", ["us-central1-a", "us-central1-b", "us-central1-c", "us-central1-f"]],
    ["gcp:europe-west1", ["europe-west1-b", "europe-west1-c", "europe-west1-d"]],
    ["azure:westeurope", ["1", "2", "3"]],
    ["azure:westus", []],
  ])("%s has zones %j", (id, zones) => {
    expect(getRegion(id)?.zones).toEqual(zones);
  });

  test.each([
    ["aws:us-east-1", "US East (N. Virginia)", "Ashburn", "US", "north-america"],
    ["aws:ap-southeast-2", "Asia Pacific (Sydney)", "Sydney", "AU", "oceania"],
    ["gcp:europe-west1", "Belgium", "St. Ghislain", "BE", "europe"],
    ["gcp:southamerica-east1", "São Paulo", "Osasco", "BR", "south-america"],
    ["azure:westeurope", "West Europe", "Amsterdam", "NL", "europe"],
    ["azure:uaenorth", "UAE North", "Dubai", "AE", "middle-east"],
  ])("%s is %s in %s, %s (%s)", (id, name, city, country, continent) => {
    expect(getRegion(id)).toMatchObject({ name, city, country, continent });
  });
});

describe("lookups", () => {
  test.each([
    ["aws:us-east-1", true],
    ["gcp:europe-west4", true],
    ["azure:northeurope", true],
    ["aws:us-east-9", false],
    ["us-east-1", false],
    ["AWS:us-east-1", false],
    ["", false],
  ])("isRegionId(%j) is %s", (id, expected) => {
    expect(isRegionId(id)).toBe(expected);
    expect(getRegion(id) !== undefined).toBe(expected);
  });

  test("getRegionOrThrow names the unknown id", () => {
    expect(getRegionOrThrow("gcp:us-east4").city).toBe("Ashburn");
    expect(() => getRegionOrThrow("gcp:nowhere1")).toThrow("gcp:nowhere1");
  });
});
