import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { REGIONS, type RegionId } from "../catalog";
import { INTRA_REGION_RTT_MS, estimatedRttBetween, latencyMatrix, rttBetween } from "./rtt";

describe("rttBetween", () => {
  // Measured: the shipped medians themselves. Estimated: ranges justified by a
  // measured pair of similar geometry (in the comment). The Google Cloud ranges were
  // first written for estimates; the pairs are measured now and still land in them.
  test.each<[RegionId, RegionId, number, number, "measured" | "estimated"]>([
    ["aws:us-east-1", "aws:eu-west-1", 65, 80, "measured"],
    ["aws:us-east-1", "aws:us-west-2", 60, 75, "measured"],
    ["aws:us-east-1", "aws:ap-southeast-2", 190, 230, "measured"],
    ["azure:westeurope", "azure:northeurope", 15, 20, "measured"],
    // Azure West Europe ↔ UK South 11 ms (357 km), ↔ Germany West Central 11 ms (364 km).
    ["gcp:europe-west1", "gcp:europe-west4", 5, 15, "measured"],
    // AWS us-east-1 ↔ eu-west-2 (London) 77.6 ms, ↔ eu-west-3 (Paris) 84.0 ms.
    ["gcp:us-east4", "gcp:europe-west1", 70, 105, "measured"],
    // AWS us-east-1 ↔ us-west-2 64.1 ms over a similar span (Virginia – Oregon).
    ["gcp:us-east1", "gcp:us-west1", 55, 80, "measured"],
    // Azure Central US (Iowa) ↔ East US (Virginia) 28.5 ms.
    ["gcp:us-central1", "gcp:us-east4", 20, 40, "measured"],
    // Azure Japan East ↔ Germany West Central 235.5 ms; AWS Tokyo ↔ Frankfurt 227.4 ms.
    ["gcp:asia-northeast1", "gcp:europe-west3", 200, 260, "measured"],
    // AWS Singapore ↔ Frankfurt 160.9 ms; Azure Southeast Asia ↔ West Europe 169 ms.
    ["gcp:asia-southeast1", "gcp:europe-west4", 140, 190, "measured"],
    // AWS Sydney ↔ Oregon 141 ms.
    ["gcp:australia-southeast1", "gcp:us-west1", 130, 170, "measured"],
    // AWS São Paulo ↔ N. Virginia 115.3 ms.
    ["gcp:southamerica-east1", "gcp:us-east1", 100, 130, "measured"],
    // Google Cloud regions newer than the dashboard snapshot stay estimated, with Google's own corridor factors.
    // Azure Sweden Central ↔ West Europe (Stockholm – Amsterdam, 1130 km) 24 ms.
    ["gcp:europe-north2", "gcp:europe-west1", 18, 35, "estimated"],
    // GCP us-central1 ↔ us-south1 (Iowa – Dallas, 1000 km) 24 ms; Querétaro is 2300 km from Iowa.
    ["gcp:northamerica-south1", "gcp:us-central1", 28, 50, "estimated"],
    // Same metro, two providers: only the fixed overhead.
    ["aws:us-east-1", "gcp:us-east4", 1, 6, "estimated"],
    ["azure:japaneast", "aws:ap-northeast-1", 1, 6, "estimated"],
  ])("%s ↔ %s is %i–%i ms (%s)", (a, b, low, high, kind) => {
    const rtt = rttBetween(a, b);
    expect(rtt).toMatchObject({ from: a, to: b, kind });
    expect(rtt.rttMs).toBeGreaterThanOrEqual(low);
    expect(rtt.rttMs).toBeLessThanOrEqual(high);
    expect(rtt.source).toBeTruthy();
  });

  test("a measured pair names its dataset URL", () => {
    expect(rttBetween("aws:us-east-1", "aws:eu-west-1").source).toContain("https://www.cloudping.co/");
    expect(rttBetween("azure:eastus", "azure:westus").source).toContain(
      "https://learn.microsoft.com/en-us/azure/networking/azure-network-latency",
    );
    expect(rttBetween("gcp:us-east1", "gcp:europe-west1").source).toContain(
      "https://cloud.google.com/network-intelligence-center/docs/performance-dashboard/how-to/view-google-cloud-latency",
    );
  });

  test.each<[RegionId, RegionId]>([
    ["aws:us-east-1", "aws:eu-west-1"],
    ["aws:us-east-1", "aws:us-west-2"],
    ["aws:us-east-1", "aws:ap-southeast-2"],
    ["azure:westeurope", "azure:eastus"],
    ["gcp:us-east1", "gcp:europe-west1"],
    ["gcp:asia-northeast1", "gcp:europe-west3"],
  ])("the model alone lands within 25%% of the measured %s ↔ %s", (a, b) => {
    const measured = rttBetween(a, b).rttMs;
    expect(Math.abs(estimatedRttBetween(a, b).rttMs - measured) / measured).toBeLessThanOrEqual(0.25);
  });

  test.each(["aws:us-east-1", "gcp:europe-west4", "azure:westeurope", "azure:westus"] as const)(
    "%s to itself is the intra-region RTT",
    (id) => {
      expect(rttBetween(id, id)).toMatchObject({ from: id, to: id, rttMs: INTRA_REGION_RTT_MS, kind: "estimated" });
      expect(INTRA_REGION_RTT_MS).toBe(1.5);
    },
  );

  const regionId = fc.constantFrom(...REGIONS.map((region) => region.id));

  test("is symmetric", () => {
    fc.assert(
      fc.property(regionId, regionId, (a, b) => {
        const ab = rttBetween(a, b);
        const ba = rttBetween(b, a);
        expect(ab.rttMs).toBe(ba.rttMs);
        expect(ab.kind).toBe(ba.kind);
      }),
      { numRuns: 500 },
    );
  });

  test("every pair of distinct catalog regions is above the intra-region RTT and below 500 ms", () => {
    for (const a of REGIONS) {
      for (const b of REGIONS) {
        if (a.id === b.id) continue;
        const { rttMs } = rttBetween(a.id, b.id);
        expect(rttMs, `${a.id} ↔ ${b.id}`).toBeGreaterThan(INTRA_REGION_RTT_MS);
        // The longest measured pair is AWS Cape Town ↔ Melbourne, 421 ms; Cape Town ↔ Auckland is estimated at 458 ms.
        expect(rttMs, `${a.id} ↔ ${b.id}`).toBeLessThan(500);
      }
    }
  });

  test("cross-provider pairs are estimated", () => {
    expect(rttBetween("aws:eu-west-1", "azure:northeurope").kind).toBe("estimated");
  });

  test("throws on an unknown region", () => {
    expect(() => rttBetween("aws:us-east-1", "aws:mars-1")).toThrow("aws:mars-1");
  });
});

describe("latencyMatrix", () => {
  test("has every ordered pair of distinct regions, from-major in input order", () => {
    const ids: RegionId[] = ["aws:us-east-1", "gcp:europe-west1", "azure:japaneast"];
    const matrix = latencyMatrix(ids);
    expect(matrix.map((rtt) => `${rtt.from}>${rtt.to}`)).toEqual([
      "aws:us-east-1>gcp:europe-west1",
      "aws:us-east-1>azure:japaneast",
      "gcp:europe-west1>aws:us-east-1",
      "gcp:europe-west1>azure:japaneast",
      "azure:japaneast>aws:us-east-1",
      "azure:japaneast>gcp:europe-west1",
    ]);
    for (const rtt of matrix) expect(rtt).toEqual(rttBetween(rtt.from, rtt.to));
  });

  test.each([
    [[], 0],
    [["aws:us-east-1"], 0],
    [["aws:us-east-1", "aws:us-east-1", "aws:us-east-2"], 2],
  ] as const)("%j gives %i entries", (ids, count) => {
    expect(latencyMatrix(ids)).toHaveLength(count);
  });
});
