import { providerOf, regionCode } from "@/lib/core/bundle/context";
import type { Plan } from "@/lib/schemas/plan";

/**
 * Where the one GCS session bucket lives (Teleport docs, Storage backends, GCS: a dual-region
 * bucket with the Standard class is recommended; Multi-region Blueprint: "GCS multi-region
 * location"). Google Cloud docs, "Bucket locations": a configurable dual-region is two regions of
 * one continent, written as the continent's multi-region code (US, EU, ASIA) plus
 * `custom_placement_config.data_locations`; a multi-region (US, EU, ASIA) spans the continent's
 * regions. No location spans two continents, so Teleport regions on several continents share the
 * multi-region of the first Teleport region's continent and the others write across the ocean
 * (`spansContinents`, which the storage README states).
 */
export type GcsLocation = {
  location: string;
  /** The two regions of a configurable dual-region, upper case, else empty. */
  dataLocations: string[];
  kind: "dual-region" | "multi-region" | "region";
  spansContinents: boolean;
};

const CONTINENTS: [prefix: RegExp, multiRegion: string][] = [
  [/^(us|northamerica)-/, "US"],
  [/^europe-/, "EU"],
  [/^asia-/, "ASIA"],
];

const continentOf = (code: string): string | undefined => CONTINENTS.find(([prefix]) => prefix.test(code))?.[1];

export function gcsLocation(plan: Plan): GcsLocation {
  const codes = plan.regions.filter((r) => r.runsTeleport && providerOf(r.id) === "gcp").map((r) => regionCode(r.id));
  const continents = [...new Set(codes.map(continentOf))];
  const first = codes[0];
  const continent = continents[0];
  const spansContinents = continents.length > 1;
  if (first === undefined) return { location: "US", dataLocations: [], kind: "multi-region", spansContinents };
  // A region outside the three multi-region continents: a regional bucket in it.
  if (continent === undefined) return { location: first.toUpperCase(), dataLocations: [], kind: "region", spansContinents };
  const sameContinent = codes.filter((c) => continentOf(c) === continent);
  if (sameContinent.length === 2 && !spansContinents)
    return { location: continent, dataLocations: sameContinent.map((c) => c.toUpperCase()), kind: "dual-region", spansContinents };
  return { location: continent, dataLocations: [], kind: "multi-region", spansContinents };
}
