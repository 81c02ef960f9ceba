import type { CatalogRegion } from "../catalog";

/**
 * Coarse routing areas. Continents are too coarse for routing: South Asia
 * reaches Europe through the Red Sea while East Asia's traffic to Europe goes
 * the long way round, Israel reaches the Gulf through Europe, and the US East
 * coast sits at the short end of the transatlantic cables. Europe and North
 * America are cut further at their edges, which sit away from the core
 * exchanges (Frankfurt, Amsterdam, London; Ashburn, Chicago, the west coast):
 * the Nordics, Iberia with the French Mediterranean coast, the US interior
 * (Iowa, Texas, Wyoming) and Mexico. README.md § Accuracy gives the effect of
 * each cut, and of the cuts that were tried and not kept.
 */
export const ROUTING_AREAS = [
  "north-america-east",
  "north-america-central",
  "north-america-west",
  "mexico",
  "south-america",
  "europe",
  "europe-north",
  "europe-south",
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
  MX: "mexico",
};

/** Meridian splitting North America: Chicago, Ohio, Toronto and the East coast lie east of it. */
export const NORTH_AMERICA_SPLIT_LON = -90;
/** West of NORTH_AMERICA_SPLIT_LON and east of this meridian is the interior: Iowa, Texas, Wyoming. */
export const NORTH_AMERICA_CENTRAL_WEST_LON = -110;
/** European regions at or north of this latitude are Nordic: Stockholm, Oslo, Copenhagen, Finland. */
export const EUROPE_NORTH_MIN_LAT = 55;
/** European regions south of this latitude: Madrid, Zaragoza, Marseille. Milan (45.5°) stays central. */
export const EUROPE_SOUTH_MAX_LAT = 44;

/** The routing area of a region: by country where a continent is too coarse, else by continent and position. */
export function routingArea(region: Pick<CatalogRegion, "country" | "continent" | "lat" | "lon">): RoutingArea {
  const byCountry = AREA_BY_COUNTRY[region.country];
  if (byCountry) return byCountry;
  switch (region.continent) {
    case "north-america":
      if (region.lon >= NORTH_AMERICA_SPLIT_LON) return "north-america-east";
      return region.lon > NORTH_AMERICA_CENTRAL_WEST_LON ? "north-america-central" : "north-america-west";
    case "europe":
      if (region.lat >= EUROPE_NORTH_MIN_LAT) return "europe-north";
      return region.lat < EUROPE_SOUTH_MAX_LAT ? "europe-south" : "europe";
    case "south-america":
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
  "africa|europe": 1.15,
  "africa|europe-north": 1.2,
  "africa|europe-south": 1.05,
  "africa|gulf": 1.05,
  "africa|levant": 1.6,
  "africa|mexico": 1.15,
  "africa|north-america-central": 1.1,
  "africa|north-america-east": 1.1,
  "africa|north-america-west": 1.1,
  "africa|oceania": 1.85,
  "africa|south-america": 2.75,
  "africa|south-asia": 1.25,
  "africa|southeast-asia": 1.4,
  "east-asia|east-asia": 1,
  "east-asia|europe": 1.55,
  "east-asia|europe-north": 1.85,
  "east-asia|europe-south": 1.35,
  "east-asia|gulf": 1.3,
  "east-asia|levant": 1.75,
  "east-asia|mexico": 1,
  "east-asia|north-america-central": 0.9,
  "east-asia|north-america-east": 0.95,
  "east-asia|north-america-west": 0.8,
  "east-asia|oceania": 0.95,
  "east-asia|south-america": 0.95,
  "east-asia|south-asia": 1.3,
  "east-asia|southeast-asia": 0.9,
  "europe-north|europe-north": 1.15,
  "europe-north|europe-south": 1.05,
  "europe-north|gulf": 1.35,
  "europe-north|levant": 1.25,
  "europe-north|mexico": 1,
  "europe-north|north-america-central": 1.05,
  "europe-north|north-america-east": 0.95,
  "europe-north|north-america-west": 1.2,
  "europe-north|oceania": 1.1,
  "europe-north|south-america": 1.2,
  "europe-north|south-asia": 1.45,
  "europe-north|southeast-asia": 1.2,
  "europe-south|europe-south": 0.95,
  "europe-south|gulf": 1.05,
  "europe-south|levant": 0.95,
  "europe-south|mexico": 0.85,
  "europe-south|north-america-central": 0.9,
  "europe-south|north-america-east": 0.9,
  "europe-south|north-america-west": 1,
  "europe-south|oceania": 0.95,
  "europe-south|south-america": 1.45,
  "europe-south|south-asia": 1.05,
  "europe-south|southeast-asia": 0.95,
  "europe|europe": 1.05,
  "europe|europe-north": 1.1,
  "europe|europe-south": 1,
  "europe|gulf": 1.3,
  "europe|levant": 1.05,
  "europe|mexico": 0.95,
  "europe|north-america-central": 0.95,
  "europe|north-america-east": 0.9,
  "europe|north-america-west": 1.05,
  "europe|oceania": 1,
  "europe|south-america": 1.3,
  "europe|south-asia": 1.25,
  "europe|southeast-asia": 1.05,
  "gulf|gulf": 1.5,
  "gulf|levant": 2.9,
  "gulf|mexico": 0.95,
  "gulf|north-america-central": 1.05,
  "gulf|north-america-east": 1.05,
  "gulf|north-america-west": 1.2,
  "gulf|oceania": 0.95,
  "gulf|south-america": 1.45,
  "gulf|south-asia": 1.05,
  "gulf|southeast-asia": 0.95,
  "levant|mexico": 0.95,
  "levant|north-america-central": 0.9,
  "levant|north-america-east": 0.9,
  "levant|north-america-west": 1.05,
  "levant|oceania": 1.3,
  "levant|south-america": 1.4,
  "levant|south-asia": 2,
  "levant|southeast-asia": 1.45,
  "mexico|north-america-central": 1.05,
  "mexico|north-america-east": 1.05,
  "mexico|north-america-west": 1.3,
  "mexico|oceania": 1.05,
  "mexico|south-asia": 1.05,
  "mexico|southeast-asia": 0.95,
  "north-america-central|north-america-central": 0.8,
  "north-america-central|north-america-east": 1.1,
  "north-america-central|north-america-west": 0.85,
  "north-america-central|oceania": 0.8,
  "north-america-central|south-america": 1,
  "north-america-central|south-asia": 1.1,
  "north-america-central|southeast-asia": 0.85,
  "north-america-east|north-america-east": 1.05,
  "north-america-east|north-america-west": 1,
  "north-america-east|oceania": 0.85,
  "north-america-east|south-america": 0.95,
  "north-america-east|south-asia": 1.1,
  "north-america-east|southeast-asia": 0.95,
  "north-america-west|north-america-west": 1.2,
  "north-america-west|oceania": 0.75,
  "north-america-west|south-america": 1.05,
  "north-america-west|south-asia": 1.15,
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
