import type { Provider } from "../catalog";
import { accuracy, fitBaseModel, fitCorridorFactors, type Accuracy, type Sample } from "./calibrate";
import { estimateRttMs, type RttModel } from "./estimate-rtt";

export const PROVIDERS: readonly Provider[] = ["aws", "azure", "gcp"];

/** The provider of a measured pair (every shipped dataset measures pairs inside one provider). */
export function sampleProvider(sample: Pick<Sample, "key">): Provider {
  return sample.key.slice(0, sample.key.indexOf(":")) as Provider;
}

/** `fitCorridorFactors` on each provider's samples alone (provider-corridors.ts). */
export function fitProviderCorridorFactors(samples: readonly Sample[], model: RttModel): Record<Provider, Record<string, number>> {
  const of = (p: Provider) => fitCorridorFactors(samples.filter((s) => sampleProvider(s) === p), model);
  return { aws: of("aws"), azure: of("azure"), gcp: of("gcp") };
}

export type FittedModel = { model: RttModel; shared: Record<string, number>; perProvider: Record<Provider, Record<string, number>> };

/** The whole calibration on `samples`: distance model, shared corridor factors, per-provider corridor factors. */
export function fitAll(samples: readonly Sample[], model: RttModel = fitBaseModel(samples)): FittedModel {
  return { model, shared: fitCorridorFactors(samples, model), perProvider: fitProviderCorridorFactors(samples, model) };
}

/** A fitted model's estimate for a sample, with the same factor choice as rtt.ts. */
export function predictWith(fitted: FittedModel, sample: Sample): number {
  const factor = fitted.perProvider[sampleProvider(sample)][sample.corridor] ?? fitted.shared[sample.corridor] ?? 1;
  return estimateRttMs(sample.distanceKm, factor, fitted.model);
}

/**
 * Leave one provider out: fit everything on the other providers' calibration samples and test on
 * every measured pair of the left-out one. This is how the model does on a backbone it has never
 * seen, the situation of pairs across providers and of a provider without published data.
 */
export function leaveOneProviderOut(samples: readonly Sample[], isCalibration: (s: Sample) => boolean, provider: Provider): Accuracy {
  const fitted = fitAll(samples.filter((s) => sampleProvider(s) !== provider && isCalibration(s)));
  return accuracy(
    samples.filter((s) => sampleProvider(s) === provider),
    (s) => predictWith(fitted, s),
  );
}
