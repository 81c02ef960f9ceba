import { getRegionOrThrow } from "../catalog";
import { corridorKey, routingArea } from "./corridors";
import { baseRttMs, type RttModel } from "./estimate-rtt";
import { greatCircleKm } from "./great-circle";
import type { MeasuredPair } from "./measured";

/** A measured pair reduced to what the model sees. */
export type Sample = { key: string; distanceKm: number; corridor: string; rttMs: number };

export function toSample(pair: MeasuredPair): Sample {
  const a = getRegionOrThrow(pair.a);
  const b = getRegionOrThrow(pair.b);
  return {
    key: `${pair.a}|${pair.b}`,
    distanceKm: greatCircleKm(a, b),
    corridor: corridorKey(routingArea(a), routingArea(b)),
    rttMs: pair.rttMs,
  };
}

/** 32-bit FNV-1a: a stable hash, so the held-out split never changes between runs or machines. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** One measured pair in four is held out of calibration and used only to check accuracy. */
export function isHeldOut(sample: Pick<Sample, "key">): boolean {
  return fnv1a(sample.key) % 4 === 0;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
}

export type Accuracy = { pairs: number; medianAbsRelError: number; shareWithin25: number };

/** Median absolute relative error and share of pairs within ±25% of the measured value. */
export function accuracy(samples: readonly Sample[], predict: (sample: Sample) => number): Accuracy {
  const errors = samples.map((s) => Math.abs(predict(s) - s.rttMs) / s.rttMs);
  return {
    pairs: samples.length,
    medianAbsRelError: median(errors),
    shareWithin25: errors.filter((e) => e <= 0.25).length / Math.max(1, errors.length),
  };
}

const round = (value: number, step: number): number => Math.round(value / step) * step;

/**
 * Fits the distance-only model: overhead and decay by grid search (0.5 ms and
 * 0.01 steps), inflation at 1000 km as the median that makes residuals
 * balanced for that pair of values. Picks the grid point with the most pairs
 * within ±25%, then the lowest median error.
 */
export function fitBaseModel(samples: readonly Sample[]): RttModel {
  let best: { model: RttModel; score: Accuracy } | undefined;
  for (let overheadMs = 0; overheadMs <= 8; overheadMs += 0.5) {
    for (let decay = 0; decay <= 0.3 + 1e-9; decay += 0.01) {
      const unit: RttModel = { overheadMs: 0, inflationAt1000Km: 1, inflationDecay: round(decay, 0.01) };
      const inflationAt1000Km = median(samples.map((s) => (s.rttMs - overheadMs) / baseRttMs(s.distanceKm, unit)));
      const model: RttModel = { overheadMs, inflationAt1000Km, inflationDecay: unit.inflationDecay };
      const score = accuracy(samples, (s) => baseRttMs(s.distanceKm, model));
      const isBetter =
        !best ||
        score.shareWithin25 > best.score.shareWithin25 ||
        (score.shareWithin25 === best.score.shareWithin25 && score.medianAbsRelError < best.score.medianAbsRelError);
      if (isBetter) best = { model, score };
    }
  }
  if (!best) throw new Error("fitBaseModel: no samples");
  return best.model;
}

/** Corridors with fewer training pairs than this keep factor 1. One pair is thin evidence, but better than the plain distance model on a corridor that is known to detour (Israel ↔ Gulf). */
export const MIN_CORRIDOR_SAMPLES = 1;

/**
 * Per-corridor multiplier on the distance term: the median of
 * (measured − overhead) / (model − overhead) over the corridor's pairs,
 * rounded to 0.05.
 */
export function fitCorridorFactors(samples: readonly Sample[], model: RttModel): Record<string, number> {
  const ratios = new Map<string, number[]>();
  for (const s of samples) {
    const list = ratios.get(s.corridor) ?? [];
    list.push((s.rttMs - model.overheadMs) / (baseRttMs(s.distanceKm, model) - model.overheadMs));
    ratios.set(s.corridor, list);
  }
  const factors: Record<string, number> = {};
  for (const [corridor, list] of [...ratios.entries()].sort(([x], [y]) => (x < y ? -1 : 1))) {
    if (list.length >= MIN_CORRIDOR_SAMPLES) factors[corridor] = Number(round(median(list), 0.05).toFixed(2));
  }
  return factors;
}
