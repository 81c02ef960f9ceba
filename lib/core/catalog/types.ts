export const PROVIDERS = ["aws", "gcp", "azure"] as const;

export type Provider = (typeof PROVIDERS)[number];

export const CONTINENTS = [
  "north-america",
  "south-america",
  "europe",
  "asia",
  "oceania",
  "africa",
  "middle-east",
] as const;

export type Continent = (typeof CONTINENTS)[number];

/**
 * One public cloud region. Coordinates are metro-level (about 1 km is plenty:
 * they only feed the great-circle latency estimate and the map).
 */
export type CatalogRegion = {
  /** `${provider}:${code}`, e.g. "aws:us-east-1". */
  id: `${Provider}:${string}`;
  provider: Provider;
  /** The provider's own region code, e.g. "europe-west1", "westeurope". */
  code: string;
  /** The provider's display name, e.g. "US East (N. Virginia)". */
  name: string;
  /** Metro the region is in (or the location the provider publishes). */
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  continent: Continent;
  lat: number;
  lon: number;
  /**
   * Zone names as the provider spells them: AWS "us-east-1a", GCP
   * "europe-west1-b", Azure logical zones "1" | "2" | "3". Empty for Azure
   * regions without availability zones.
   */
  zones: string[];
};

export type RegionId = CatalogRegion["id"];
