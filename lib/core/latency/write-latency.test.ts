import { describe, expect, test } from "vitest";
import type { RegionId } from "../catalog";
import { INTRA_REGION_RTT_MS, rttBetween } from "./rtt";
import { estimateWriteLatency, type WriteLatencyInput } from "./write-latency";

// A concrete AWS plan on measured pairs (CloudPing P50):
// us-east-1 ↔ us-east-2 15.4 ms, us-east-1 ↔ us-west-2 64.1 ms.
const EAST1: RegionId = "aws:us-east-1";
const EAST2: RegionId = "aws:us-east-2";
const WEST2: RegionId = "aws:us-west-2";
const awsPlan = (overrides: Partial<WriteLatencyInput>): WriteLatencyInput => ({
  survivalGoal: "region",
  primaryRegion: EAST1,
  secondaryRegion: EAST2,
  databaseRegions: [EAST1, EAST2, WEST2],
  gatewayRegions: [EAST1, EAST2, WEST2],
  ...overrides,
});
const perGateway = (input: WriteLatencyInput) =>
  Object.fromEntries(estimateWriteLatency(input).perGateway.map((g) => [g.region, g.writeMs]));

describe("the RTTs the expectations below are built from", () => {
  test.each([
    [EAST1, EAST2, 15.4],
    [EAST1, WEST2, 64.1],
    ["aws:eu-west-1", EAST1, 69.6],
    ["aws:eu-west-1", "aws:eu-west-2", 13.7],
  ] as const)("%s ↔ %s = %f ms (measured)", (a, b, ms) => {
    expect(rttBetween(a, b)).toMatchObject({ rttMs: ms, kind: "measured" });
  });
});

describe("estimateWriteLatency", () => {
  test("ZONE survival commits inside the primary region; remote gateways add their RTT to it", () => {
    const result = estimateWriteLatency(awsPlan({ survivalGoal: "zone" }));
    expect(result.commitMs).toBe(INTRA_REGION_RTT_MS);
    expect(perGateway(awsPlan({ survivalGoal: "zone" }))).toEqual({
      [EAST1]: 1.5,
      [EAST2]: 16.9, // 15.4 + 1.5
      [WEST2]: 65.6, // 64.1 + 1.5
    });
    expect(result.worstMs).toBe(65.6);
    expect(result.survivalGoal).toBe("zone");
    expect(result.explanation).toContain("ZONE survival");
  });

  test("REGION survival with a near secondary: commit = RTT primary ↔ secondary", () => {
    const result = estimateWriteLatency(awsPlan({}));
    expect(result.commitMs).toBe(15.4);
    expect(perGateway(awsPlan({}))).toEqual({
      [EAST1]: 15.4,
      [EAST2]: 30.8, // 15.4 + 15.4
      [WEST2]: 79.5, // 64.1 + 15.4
    });
    expect(result.worstMs).toBe(79.5);
    expect(result.explanation).toContain("the secondary region aws:us-east-2, which holds 2 voters");
  });

  test("REGION survival with a far secondary: the nearer third region's single voter completes the quorum", () => {
    const input = awsPlan({ secondaryRegion: WEST2 });
    const result = estimateWriteLatency(input);
    expect(result.commitMs).toBe(15.4);
    expect(result.explanation).toContain("The secondary region is farther (64.1 ms)");
  });

  test("REGION survival without a secondary: nearest other database region", () => {
    const result = estimateWriteLatency(awsPlan({ secondaryRegion: null }));
    expect(result.commitMs).toBe(15.4);
    expect(result.explanation).toContain("2+2+1");
  });

  test("a primary and secondary on different continents make every write pay the ocean (Teleport blueprint)", () => {
    const input: WriteLatencyInput = {
      survivalGoal: "region",
      primaryRegion: EAST1,
      secondaryRegion: "aws:eu-west-1",
      databaseRegions: [EAST1, "aws:eu-west-1", "aws:eu-west-2"],
      gatewayRegions: [EAST1, "aws:eu-west-1"],
    };
    const result = estimateWriteLatency(input);
    // eu-west-1 (69.6) is nearer to us-east-1 than eu-west-2 (77.6).
    expect(result.commitMs).toBe(69.6);
    expect(perGateway(input)).toEqual({ [EAST1]: 69.6, "aws:eu-west-1": 139.2 });
    expect(result.worstMs).toBe(139.2);
  });

  test("an Azure plan on Microsoft's published medians", () => {
    // West Europe ↔ North Europe 17 ms, West Europe ↔ East US 84 ms, North Europe ↔ East US 72 ms.
    const input: WriteLatencyInput = {
      survivalGoal: "region",
      primaryRegion: "azure:westeurope",
      secondaryRegion: "azure:northeurope",
      databaseRegions: ["azure:westeurope", "azure:northeurope", "azure:eastus"],
      gatewayRegions: ["azure:westeurope", "azure:northeurope", "azure:eastus"],
    };
    expect(estimateWriteLatency(input).commitMs).toBe(17);
    expect(perGateway(input)).toEqual({
      "azure:westeurope": 17,
      "azure:northeurope": 34,
      "azure:eastus": 101, // 84 + 17
    });
  });

  test("primary and secondary count as database regions even when not listed", () => {
    const result = estimateWriteLatency(awsPlan({ databaseRegions: [WEST2] }));
    expect(result.commitMs).toBe(15.4);
  });

  test("REGION survival with no other database region says the figure is not a REGION-survival latency", () => {
    const result = estimateWriteLatency(
      awsPlan({ secondaryRegion: null, databaseRegions: [EAST1], gatewayRegions: [EAST1] }),
    );
    expect(result.commitMs).toBe(INTRA_REGION_RTT_MS);
    expect(result.explanation).toContain("needs at least 3 database regions");
  });

  test("no gateways: worst is the commit", () => {
    const result = estimateWriteLatency(awsPlan({ gatewayRegions: [] }));
    expect(result.perGateway).toEqual([]);
    expect(result.worstMs).toBe(15.4);
  });

  test("duplicate gateways are reported once", () => {
    expect(estimateWriteLatency(awsPlan({ gatewayRegions: [EAST2, EAST2] })).perGateway).toHaveLength(1);
  });

  test("cites its sources", () => {
    const { source } = estimateWriteLatency(awsPlan({}));
    expect(source).toContain("multiregion-survival-goals.md");
    expect(source).toContain("round-trip time to the nearest region");
    expect(source).toContain("Teleport Multi-region Blueprint");
  });

  test("rejects a secondary region equal to the primary", () => {
    expect(() => estimateWriteLatency(awsPlan({ secondaryRegion: EAST1 }))).toThrow(RangeError);
  });
});
