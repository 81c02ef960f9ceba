import { describe, expect, test } from "vitest";
import { accuracy, fitBaseModel, fitCorridorFactors, isHeldOut, toSample } from "./calibrate";
import { CORRIDOR_FACTORS } from "./corridors";
import { RTT_MODEL, baseRttMs, estimateRttMs } from "./estimate-rtt";
import { MEASURED_PAIRS } from "./measured";

const samples = MEASURED_PAIRS.map(toSample);
const training = samples.filter((sample) => !isHeldOut(sample));
const heldOut = samples.filter(isHeldOut);
const shipped = (sample: (typeof samples)[number]): number =>
  estimateRttMs(sample.distanceKm, CORRIDOR_FACTORS[sample.corridor] ?? 1);

describe("calibration split", () => {
  test("holds out about a quarter of the measured pairs, disjoint from the training set", () => {
    expect(heldOut.length + training.length).toBe(samples.length);
    expect(heldOut.length / samples.length).toBeGreaterThan(0.2);
    expect(heldOut.length / samples.length).toBeLessThan(0.3);
    const trainingKeys = new Set(training.map((s) => s.key));
    expect(heldOut.some((s) => trainingKeys.has(s.key))).toBe(false);
  });

  test("the split is stable", () => {
    expect(heldOut).toHaveLength(492);
    expect(heldOut.slice(0, 3).map((s) => s.key)).toEqual([
      "aws:af-south-1|aws:ap-northeast-3",
      "aws:af-south-1|aws:ap-south-2",
      "aws:af-south-1|aws:ap-southeast-1",
    ]);
  });
});

describe("accuracy on held-out measured pairs (never seen by the fit)", () => {
  const result = accuracy(heldOut, shipped);

  test("median absolute relative error ≤ 12%", () => {
    // Shipped model: 6.1% on 492 pairs (README.md § Accuracy).
    expect(result.medianAbsRelError).toBeLessThanOrEqual(0.12);
  });

  test("at least 90% of pairs within ±25%", () => {
    // Shipped model: 95.5% on 492 pairs.
    expect(result.shareWithin25).toBeGreaterThanOrEqual(0.9);
  });

  test("reported figures", () => {
    expect(result.pairs).toBe(492);
    expect(result.medianAbsRelError).toBeCloseTo(0.061, 3);
    expect(result.shareWithin25).toBeCloseTo(0.955, 3);
  });

  test("the corridor factors earn their place: distance alone does worse", () => {
    const distanceOnly = accuracy(heldOut, (s) => baseRttMs(s.distanceKm));
    expect(distanceOnly.shareWithin25).toBeLessThan(result.shareWithin25);
    expect(distanceOnly.medianAbsRelError).toBeGreaterThan(result.medianAbsRelError);
  });

  test.each(["azure", "aws"])("holds for the %s pairs on their own", (provider) => {
    const subset = accuracy(
      heldOut.filter((s) => s.key.startsWith(`${provider}:`)),
      shipped,
    );
    expect(subset.medianAbsRelError).toBeLessThanOrEqual(0.12);
    expect(subset.shareWithin25).toBeGreaterThanOrEqual(0.9);
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
});
