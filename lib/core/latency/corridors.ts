import type { CatalogRegion } from "../catalog";

/**
 * Coarse routing areas. Continents are too coarse for routing: South Asia
 * reaches Europe through the Red Sea while East Asia's traffic to Europe goes
 * the long way round, Israel reaches the Gulf through Europe, and the US East
 * coast sits at the short end of the transatlantic cables.
 */
export const ROUTING_AREAS = [
  "north-america-east",
  "north-america-west",
  "south-america",
  "europe",
  "levant",
  "gulf",
  "africa",
  "south-asia",
  "southeast-asia",
  "east-asia",
  "oceania",
] as const;

export type RoutingArea = (typeof ROUTING_AREAS)[number];

const AREA_BY_COUNTRY: Readonly<Record<string, RoutingArea>> = {
  IL: "levant",
  AE: "gulf",
  BH: "gulf",
  QA: "gulf",
  SA: "gulf",
  IN: "south-asia",
  ID: "southeast-asia",
  MY: "southeast-asia",
  SG: "southeast-asia",
  TH: "southeast-asia",
  CN: "east-asia",
  HK: "east-asia",
  JP: "east-asia",
  KR: "east-asia",
  TW: "east-asia",
};

/** Meridian splitting North America: Chicago, Ohio, Toronto and the East coast lie east of it. */
export const NORTH_AMERICA_SPLIT_LON = -90;

/** The routing area of a region: by country where a continent is too coarse, else by continent. */
export function routingArea(region: Pick<CatalogRegion, "country" | "continent" | "lon">): RoutingArea {
  const byCountry = AREA_BY_COUNTRY[region.country];
  if (byCountry) return byCountry;
  switch (region.continent) {
    case "north-america":
      return region.lon >= NORTH_AMERICA_SPLIT_LON ? "north-america-east" : "north-america-west";
    case "south-america":
    case "europe":
    case "africa":
    case "oceania":
      return region.continent;
    case "middle-east":
      return "gulf";
    case "asia":
      return "east-asia";
  }
}

/** Canonical key of an unordered area pair, e.g. "east-asia|europe". */
export function corridorKey(a: RoutingArea, b: RoutingArea): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Multiplier on the distance term of the RTT model per corridor (unordered
 * area pair), fitted by `fitCorridorFactors` on the calibration pairs and
 * rounded to 0.05. Above 1 where cables detour: East Asia ↔ Europe (via Suez
 * or across North America), Israel ↔ Gulf (via Europe), Africa ↔ South
 * America or Oceania (via Europe or Asia). Below 1 where cables run close to
 * the great circle (transatlantic from the US East coast, transpacific,
 * Oceania). Fitted on the pairs of all three providers; used for pairs across providers and
 * for a provider's corridor without measured pairs of its own (provider-corridors.ts).
 * Corridors missing here have no measured pair and use 1.
 */
export const CORRIDOR_FACTORS: Readonly<Record<string, number>> = {
  "africa|africa": 0.75,
  "africa|east-asia": 1.3,
  "africa|europe": 1.1,
  "africa|gulf": 1.05,
  "africa|levant": 1.6,
  "africa|north-america-east": 1.1,
  "africa|north-america-west": 1.1,
  "africa|oceania": 1.85,
  "africa|south-america": 2.75,
  "africa|south-asia": 1.25,
  "africa|southeast-asia": 1.4,
  "east-asia|east-asia": 1,
  "east-asia|europe": 1.6,
  "east-asia|gulf": 1.3,
  "east-asia|levant": 1.75,
  "east-asia|north-america-east": 0.95,
  "east-asia|north-america-west": 0.85,
  "east-asia|oceania": 0.95,
  "east-asia|south-america": 0.95,
  "east-asia|south-asia": 1.3,
  "east-asia|southeast-asia": 0.9,
  "europe|europe": 1.05,
  "europe|gulf": 1.3,
  "europe|levant": 1.05,
  "europe|north-america-east": 0.9,
  "europe|north-america-west": 1,
  "europe|oceania": 1.05,
  "europe|south-america": 1.25,
  "europe|south-asia": 1.25,
  "europe|southeast-asia": 1.05,
  "gulf|gulf": 1.5,
  "gulf|levant": 2.9,
  "gulf|north-america-east": 1.05,
  "gulf|north-america-west": 1.15,
  "gulf|oceania": 0.95,
  "gulf|south-america": 1.45,
  "gulf|south-asia": 1.05,
  "gulf|southeast-asia": 0.95,
  "levant|north-america-east": 0.9,
  "levant|north-america-west": 1,
  "levant|oceania": 1.3,
  "levant|south-america": 1.4,
  "levant|south-asia": 2,
  "levant|southeast-asia": 1.45,
  "north-america-east|north-america-east": 1.05,
  "north-america-east|north-america-west": 1.05,
  "north-america-east|oceania": 0.85,
  "north-america-east|south-america": 0.95,
  "north-america-east|south-asia": 1.1,
  "north-america-east|southeast-asia": 0.95,
  "north-america-west|north-america-west": 1,
  "north-america-west|oceania": 0.8,
  "north-america-west|south-america": 1.05,
  "north-america-west|south-asia": 1.1,
  "north-america-west|southeast-asia": 0.85,
  "oceania|oceania": 0.85,
  "oceania|south-america": 1.5,
  "oceania|south-asia": 0.95,
  "oceania|southeast-asia": 0.95,
  "south-america|south-america": 1.1,
  "south-america|south-asia": 1.45,
  "south-america|southeast-asia": 1.4,
  "south-asia|south-asia": 1.45,
  "south-asia|southeast-asia": 0.95,
  "southeast-asia|southeast-asia": 0.9,
};

/** The corridor multiplier for two areas, 1 when the corridor has no measured pair. */
export function corridorFactor(a: RoutingArea, b: RoutingArea): number {
  return CORRIDOR_FACTORS[corridorKey(a, b)] ?? 1;
}
