import { describe, expect, test } from "vitest";
import { accuracy, fitBaseModel, fitCorridorFactors, isHeldOut, toSample } from "./calibrate";
import { PROVIDERS, fitProviderCorridorFactors, leaveOneProviderOut, sampleProvider } from "./calibrate-providers";
import { CORRIDOR_FACTORS } from "./corridors";
import { RTT_MODEL, baseRttMs, estimateRttMs } from "./estimate-rtt";
import { MEASURED_PAIRS } from "./measured";
import { PROVIDER_CORRIDOR_FACTORS } from "./provider-corridors";

const samples = MEASURED_PAIRS.map(toSample);
const training = samples.filter((sample) => !isHeldOut(sample));
const heldOut = samples.filter(isHeldOut);
const shipped = (sample: (typeof samples)[number]): number =>
  estimateRttMs(sample.distanceKm, PROVIDER_CORRIDOR_FACTORS[sampleProvider(sample)][sample.corridor] ?? CORRIDOR_FACTORS[sample.corridor] ?? 1);

/** The figures README.md § Accuracy reports: [pairs, median absolute relative error, share within ±25%]. */
const REPORTED = {
  heldOut: { median: 0.056, within25: 0.956 },
  heldOutByProvider: { aws: [123, 0.077, 0.935], azure: [369, 0.048, 0.981], gcp: [211, 0.062, 0.924] } as Record<string, number[]>,
  leaveOut: { aws: [496, 0.085, 0.913], azure: [1431, 0.081, 0.929], gcp: [780, 0.074, 0.906] } as Record<string, number[]>,
};

describe("calibration split", () => {
  test("holds out about a quarter of the measured pairs, disjoint from the training set", () => {
    expect(heldOut.length + training.length).toBe(samples.length);
    expect(heldOut.length / samples.length).toBeGreaterThan(0.2);
    expect(heldOut.length / samples.length).toBeLessThan(0.3);
    const trainingKeys = new Set(training.map((s) => s.key));
    expect(heldOut.some((s) => trainingKeys.has(s.key))).toBe(false);
  });

  test("the split is stable", () => {
    expect(heldOut).toHaveLength(703);
    expect(heldOut.slice(0, 3).map((s) => s.key)).toEqual([
      "aws:af-south-1|aws:ap-northeast-3",
      "aws:af-south-1|aws:ap-south-2",
      "aws:af-south-1|aws:ap-southeast-1",
    ]);
  });
});

describe("accuracy on held-out measured pairs (never seen by the fit)", () => {
  const result = accuracy(heldOut, shipped);

  test("median absolute relative error ≤ 10%", () => {
    // Shipped model: see README.md § Accuracy.
    expect(result.medianAbsRelError).toBeLessThanOrEqual(0.1);
  });

  test("at least 90% of pairs within ±25%", () => {
    expect(result.shareWithin25).toBeGreaterThanOrEqual(0.9);
  });

  test("reported figures", () => {
    expect(result.pairs).toBe(703);
    expect(result.medianAbsRelError).toBeCloseTo(REPORTED.heldOut.median, 3);
    expect(result.shareWithin25).toBeCloseTo(REPORTED.heldOut.within25, 3);
  });

  test("the corridor factors earn their place: distance alone does worse", () => {
    const distanceOnly = accuracy(heldOut, (s) => baseRttMs(s.distanceKm));
    expect(distanceOnly.shareWithin25).toBeLessThan(result.shareWithin25);
    expect(distanceOnly.medianAbsRelError).toBeGreaterThan(result.medianAbsRelError);
  });

  test.each(PROVIDERS)("holds for the %s pairs on their own: median ≤ 10%, 90% within ±25%", (provider) => {
    const subset = accuracy(
      heldOut.filter((s) => sampleProvider(s) === provider),
      shipped,
    );
    expect(subset.medianAbsRelError).toBeLessThanOrEqual(0.1);
    expect(subset.shareWithin25).toBeGreaterThanOrEqual(0.9);
    expect([subset.pairs, subset.medianAbsRelError, subset.shareWithin25].map((x) => Number(x.toFixed(3)))).toEqual(REPORTED.heldOutByProvider[provider]);
  });
});

describe("each provider left out of the fit in turn (README.md § Accuracy)", () => {
  test.each(PROVIDERS)("fitted without %s, tested on all its measured pairs", (provider) => {
    const result = leaveOneProviderOut(samples, (s) => !isHeldOut(s), provider);
    expect([result.pairs, result.medianAbsRelError, result.shareWithin25].map((x) => Number(x.toFixed(3)))).toEqual(REPORTED.leaveOut[provider]);
    // A backbone the fit never saw still meets the target for estimated pairs: median ≤ 10%, 90% within ±25%.
    expect(result.medianAbsRelError).toBeLessThanOrEqual(0.1);
    expect(result.shareWithin25).toBeGreaterThanOrEqual(0.9);
  });
});

describe("shipped constants come from the fit", () => {
  test("the distance model", () => {
    const fitted = fitBaseModel(training);
    expect(fitted.overheadMs).toBe(RTT_MODEL.overheadMs);
    expect(fitted.inflationDecay).toBeCloseTo(RTT_MODEL.inflationDecay, 9);
    expect(fitted.inflationAt1000Km).toBeCloseTo(RTT_MODEL.inflationAt1000Km, 2);
  });

  test("the corridor factors", () => {
    expect(fitCorridorFactors(training, RTT_MODEL)).toEqual(CORRIDOR_FACTORS);
  });

  test("the corridor factors per provider backbone", () => {
    expect(fitProviderCorridorFactors(training, RTT_MODEL)).toEqual(PROVIDER_CORRIDOR_FACTORS);
  });
});
