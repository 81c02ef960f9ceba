import { describe, expect, test } from "vitest";
import { getRegionOrThrow, type RegionId } from "../catalog";
import { MEASURED_DATASETS, MEASURED_PAIRS, measuredRtt, pairKey } from "./measured";

describe("measured datasets", () => {
  test.each(MEASURED_DATASETS.map((dataset) => [dataset.id, dataset] as const))(
    "%s names its source and date",
    (_, dataset) => {
      expect(dataset.url).toMatch(/^https:\/\//);
      expect(dataset.date).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
      expect(dataset.title.length).toBeGreaterThan(0);
    },
  );

  test.each([
    // Azure: 54 regions → 54 × 53 / 2 pairs. CloudPing: 32 regions → 32 × 31 / 2.
    ["azure-p50-2026-07", 1431],
    ["aws-cloudping-p50-1y", 496],
    // Google Cloud: 44 regions on the dashboard, 40 of them public catalog regions → 40 × 39 / 2.
    ["gcp-performance-dashboard-2023-11", 780],
  ])("%s yields %i unordered pairs", (id, count) => {
    expect(MEASURED_PAIRS.filter((pair) => pair.dataset.id === id)).toHaveLength(count);
  });

  test("pairs are unique, ordered, within one provider and positive", () => {
    expect(new Set(MEASURED_PAIRS.map((pair) => pairKey(pair.a, pair.b))).size).toBe(MEASURED_PAIRS.length);
    for (const pair of MEASURED_PAIRS) {
      expect(pair.a < pair.b).toBe(true);
      expect(getRegionOrThrow(pair.a).provider).toBe(pair.dataset.provider);
      expect(getRegionOrThrow(pair.b).provider).toBe(pair.dataset.provider);
      expect(pair.rttMs).toBeGreaterThan(0);
      expect(pair.rttMs).toBeLessThan(500);
    }
  });

  // Each figure is the mean of the two published directions.
  test.each<[RegionId, RegionId, number]>([
    ["azure:westeurope", "azure:northeurope", 17], // 17 and 17
    ["azure:eastus", "azure:westeurope", 84], // 85 and 83
    ["azure:germanywestcentral", "azure:uaenorth", 109], // 118 and 100: the one large asymmetry in the table
    ["aws:us-east-1", "aws:eu-west-1", 69.6], // 69.558 and 69.644
    ["aws:us-east-1", "aws:us-west-2", 64.1], // 64.269 and 63.972
    ["aws:af-south-1", "aws:ap-southeast-4", 421], // 419.812 and 422.119
    ["gcp:africa-south1", "gcp:asia-east1", 232], // 232 and 232
    ["gcp:europe-west3", "gcp:europe-west4", 7.1], // 7.1 and 7.1
  ])("%s ↔ %s = %f ms, either way round", (a, b, ms) => {
    expect(measuredRtt(a, b)?.rttMs).toBe(ms);
    expect(measuredRtt(b, a)?.rttMs).toBe(ms);
  });

  test.each<[RegionId, RegionId]>([
    ["gcp:europe-north2", "gcp:europe-west1"], // newer than the dashboard snapshot
    ["aws:us-east-1", "azure:eastus"],
    ["aws:ap-east-2", "aws:ap-northeast-1"],
  ])("%s ↔ %s has no measurement", (a, b) => {
    expect(measuredRtt(a, b)).toBeUndefined();
  });
});
