export { REGIONS, getRegion, getRegionOrThrow, isRegionId } from "./catalog";
export { AWS_REGIONS } from "./regions-aws";
export { AZURE_REGIONS } from "./regions-azure";
export { GCP_REGIONS } from "./regions-gcp";
export { CONTINENTS, PROVIDERS } from "./types";
export type { CatalogRegion, Continent, Provider, RegionId } from "./types";
