import type { CatalogRegion } from "./types";

// Azure exposes logical zones "1", "2", "3" in every region that has
// availability zones; regions without them get an empty list. A fresh array
// per region so no caller can change another region's zones by accident.
function az(): string[] {
  return ["1", "2", "3"];
}

/**
 * Azure public regions, sorted by id. Several are access-restricted pairs
 * (e.g. australiacentral2, francesouth, germanynorth); they are public regions
 * all the same and are kept. See SOURCES.md.
 */
export const AZURE_REGIONS: readonly CatalogRegion[] = [
  { id: "azure:australiacentral", provider: "azure", code: "australiacentral", name: "Australia Central", city: "Canberra", country: "AU", continent: "oceania", lat: -35.31, lon: 149.12, zones: [] },
  { id: "azure:australiacentral2", provider: "azure", code: "australiacentral2", name: "Australia Central 2", city: "Canberra", country: "AU", continent: "oceania", lat: -35.31, lon: 149.12, zones: [] },
  { id: "azure:australiaeast", provider: "azure", code: "australiaeast", name: "Australia East", city: "Sydney", country: "AU", continent: "oceania", lat: -33.86, lon: 151.21, zones: az() },
  { id: "azure:australiasoutheast", provider: "azure", code: "australiasoutheast", name: "Australia Southeast", city: "Melbourne", country: "AU", continent: "oceania", lat: -37.81, lon: 144.96, zones: [] },
  { id: "azure:austriaeast", provider: "azure", code: "austriaeast", name: "Austria East", city: "Vienna", country: "AT", continent: "europe", lat: 48.21, lon: 16.37, zones: az() },
  { id: "azure:belgiumcentral", provider: "azure", code: "belgiumcentral", name: "Belgium Central", city: "Brussels", country: "BE", continent: "europe", lat: 50.85, lon: 4.35, zones: az() },
  { id: "azure:brazilsouth", provider: "azure", code: "brazilsouth", name: "Brazil South", city: "São Paulo", country: "BR", continent: "south-america", lat: -23.55, lon: -46.63, zones: az() },
  { id: "azure:brazilsoutheast", provider: "azure", code: "brazilsoutheast", name: "Brazil Southeast", city: "Rio de Janeiro", country: "BR", continent: "south-america", lat: -22.91, lon: -43.21, zones: [] },
  { id: "azure:canadacentral", provider: "azure", code: "canadacentral", name: "Canada Central", city: "Toronto", country: "CA", continent: "north-america", lat: 43.65, lon: -79.38, zones: az() },
  { id: "azure:canadaeast", provider: "azure", code: "canadaeast", name: "Canada East", city: "Quebec City", country: "CA", continent: "north-america", lat: 46.82, lon: -71.22, zones: [] },
  { id: "azure:centralindia", provider: "azure", code: "centralindia", name: "Central India", city: "Pune", country: "IN", continent: "asia", lat: 18.52, lon: 73.86, zones: az() },
  { id: "azure:centralus", provider: "azure", code: "centralus", name: "Central US", city: "Des Moines", country: "US", continent: "north-america", lat: 41.59, lon: -93.6, zones: az() },
  { id: "azure:chilecentral", provider: "azure", code: "chilecentral", name: "Chile Central", city: "Santiago", country: "CL", continent: "south-america", lat: -33.45, lon: -70.67, zones: az() },
  { id: "azure:denmarkeast", provider: "azure", code: "denmarkeast", name: "Denmark East", city: "Copenhagen", country: "DK", continent: "europe", lat: 55.68, lon: 12.57, zones: az() },
  { id: "azure:eastasia", provider: "azure", code: "eastasia", name: "East Asia", city: "Hong Kong", country: "HK", continent: "asia", lat: 22.27, lon: 114.19, zones: az() },
  { id: "azure:eastus", provider: "azure", code: "eastus", name: "East US", city: "Virginia", country: "US", continent: "north-america", lat: 37.37, lon: -79.82, zones: az() },
  { id: "azure:eastus2", provider: "azure", code: "eastus2", name: "East US 2", city: "Boydton", country: "US", continent: "north-america", lat: 36.67, lon: -78.39, zones: az() },
  { id: "azure:francecentral", provider: "azure", code: "francecentral", name: "France Central", city: "Paris", country: "FR", continent: "europe", lat: 48.86, lon: 2.35, zones: az() },
  { id: "azure:francesouth", provider: "azure", code: "francesouth", name: "France South", city: "Marseille", country: "FR", continent: "europe", lat: 43.3, lon: 5.37, zones: [] },
  { id: "azure:germanynorth", provider: "azure", code: "germanynorth", name: "Germany North", city: "Berlin", country: "DE", continent: "europe", lat: 52.52, lon: 13.4, zones: [] },
  { id: "azure:germanywestcentral", provider: "azure", code: "germanywestcentral", name: "Germany West Central", city: "Frankfurt", country: "DE", continent: "europe", lat: 50.11, lon: 8.68, zones: az() },
  { id: "azure:indonesiacentral", provider: "azure", code: "indonesiacentral", name: "Indonesia Central", city: "Jakarta", country: "ID", continent: "asia", lat: -6.21, lon: 106.85, zones: az() },
  { id: "azure:israelcentral", provider: "azure", code: "israelcentral", name: "Israel Central", city: "Tel Aviv", country: "IL", continent: "middle-east", lat: 32.09, lon: 34.78, zones: az() },
  { id: "azure:italynorth", provider: "azure", code: "italynorth", name: "Italy North", city: "Milan", country: "IT", continent: "europe", lat: 45.46, lon: 9.19, zones: az() },
  { id: "azure:japaneast", provider: "azure", code: "japaneast", name: "Japan East", city: "Tokyo", country: "JP", continent: "asia", lat: 35.68, lon: 139.77, zones: az() },
  { id: "azure:japanwest", provider: "azure", code: "japanwest", name: "Japan West", city: "Osaka", country: "JP", continent: "asia", lat: 34.69, lon: 135.5, zones: az() },
  { id: "azure:jioindiacentral", provider: "azure", code: "jioindiacentral", name: "Jio India Central", city: "Nagpur", country: "IN", continent: "asia", lat: 21.15, lon: 79.09, zones: [] },
  { id: "azure:jioindiawest", provider: "azure", code: "jioindiawest", name: "Jio India West", city: "Jamnagar", country: "IN", continent: "asia", lat: 22.47, lon: 70.06, zones: [] },
  { id: "azure:koreacentral", provider: "azure", code: "koreacentral", name: "Korea Central", city: "Seoul", country: "KR", continent: "asia", lat: 37.57, lon: 126.98, zones: az() },
  { id: "azure:koreasouth", provider: "azure", code: "koreasouth", name: "Korea South", city: "Busan", country: "KR", continent: "asia", lat: 35.18, lon: 129.08, zones: [] },
  { id: "azure:malaysiawest", provider: "azure", code: "malaysiawest", name: "Malaysia West", city: "Kuala Lumpur", country: "MY", continent: "asia", lat: 3.14, lon: 101.69, zones: az() },
  { id: "azure:mexicocentral", provider: "azure", code: "mexicocentral", name: "Mexico Central", city: "Querétaro", country: "MX", continent: "north-america", lat: 20.59, lon: -100.39, zones: az() },
  { id: "azure:newzealandnorth", provider: "azure", code: "newzealandnorth", name: "New Zealand North", city: "Auckland", country: "NZ", continent: "oceania", lat: -36.85, lon: 174.76, zones: az() },
  { id: "azure:northcentralus", provider: "azure", code: "northcentralus", name: "North Central US", city: "Chicago", country: "US", continent: "north-america", lat: 41.88, lon: -87.63, zones: [] },
  { id: "azure:northeurope", provider: "azure", code: "northeurope", name: "North Europe", city: "Dublin", country: "IE", continent: "europe", lat: 53.35, lon: -6.26, zones: az() },
  { id: "azure:norwayeast", provider: "azure", code: "norwayeast", name: "Norway East", city: "Oslo", country: "NO", continent: "europe", lat: 59.91, lon: 10.75, zones: az() },
  { id: "azure:norwaywest", provider: "azure", code: "norwaywest", name: "Norway West", city: "Stavanger", country: "NO", continent: "europe", lat: 58.97, lon: 5.73, zones: [] },
  { id: "azure:polandcentral", provider: "azure", code: "polandcentral", name: "Poland Central", city: "Warsaw", country: "PL", continent: "europe", lat: 52.23, lon: 21.01, zones: az() },
  { id: "azure:qatarcentral", provider: "azure", code: "qatarcentral", name: "Qatar Central", city: "Doha", country: "QA", continent: "middle-east", lat: 25.29, lon: 51.53, zones: az() },
  { id: "azure:southafricanorth", provider: "azure", code: "southafricanorth", name: "South Africa North", city: "Johannesburg", country: "ZA", continent: "africa", lat: -26.2, lon: 28.05, zones: az() },
  { id: "azure:southafricawest", provider: "azure", code: "southafricawest", name: "South Africa West", city: "Cape Town", country: "ZA", continent: "africa", lat: -33.92, lon: 18.42, zones: [] },
  { id: "azure:southcentralus", provider: "azure", code: "southcentralus", name: "South Central US", city: "San Antonio", country: "US", continent: "north-america", lat: 29.42, lon: -98.49, zones: az() },
  { id: "azure:southeastasia", provider: "azure", code: "southeastasia", name: "Southeast Asia", city: "Singapore", country: "SG", continent: "asia", lat: 1.28, lon: 103.83, zones: az() },
  { id: "azure:southindia", provider: "azure", code: "southindia", name: "South India", city: "Chennai", country: "IN", continent: "asia", lat: 13.08, lon: 80.27, zones: [] },
  { id: "azure:spaincentral", provider: "azure", code: "spaincentral", name: "Spain Central", city: "Madrid", country: "ES", continent: "europe", lat: 40.42, lon: -3.7, zones: az() },
  { id: "azure:swedencentral", provider: "azure", code: "swedencentral", name: "Sweden Central", city: "Gävle", country: "SE", continent: "europe", lat: 60.67, lon: 17.14, zones: az() },
  { id: "azure:swedensouth", provider: "azure", code: "swedensouth", name: "Sweden South", city: "Malmö", country: "SE", continent: "europe", lat: 55.6, lon: 13.0, zones: [] },
  { id: "azure:switzerlandnorth", provider: "azure", code: "switzerlandnorth", name: "Switzerland North", city: "Zurich", country: "CH", continent: "europe", lat: 47.38, lon: 8.54, zones: az() },
  { id: "azure:switzerlandwest", provider: "azure", code: "switzerlandwest", name: "Switzerland West", city: "Geneva", country: "CH", continent: "europe", lat: 46.2, lon: 6.14, zones: [] },
  { id: "azure:uaecentral", provider: "azure", code: "uaecentral", name: "UAE Central", city: "Abu Dhabi", country: "AE", continent: "middle-east", lat: 24.45, lon: 54.38, zones: [] },
  { id: "azure:uaenorth", provider: "azure", code: "uaenorth", name: "UAE North", city: "Dubai", country: "AE", continent: "middle-east", lat: 25.27, lon: 55.3, zones: az() },
  { id: "azure:uksouth", provider: "azure", code: "uksouth", name: "UK South", city: "London", country: "GB", continent: "europe", lat: 51.51, lon: -0.13, zones: az() },
  { id: "azure:ukwest", provider: "azure", code: "ukwest", name: "UK West", city: "Cardiff", country: "GB", continent: "europe", lat: 51.48, lon: -3.18, zones: [] },
  { id: "azure:westcentralus", provider: "azure", code: "westcentralus", name: "West Central US", city: "Cheyenne", country: "US", continent: "north-america", lat: 41.14, lon: -104.82, zones: [] },
  { id: "azure:westeurope", provider: "azure", code: "westeurope", name: "West Europe", city: "Amsterdam", country: "NL", continent: "europe", lat: 52.37, lon: 4.9, zones: az() },
  { id: "azure:westindia", provider: "azure", code: "westindia", name: "West India", city: "Mumbai", country: "IN", continent: "asia", lat: 19.08, lon: 72.88, zones: [] },
  { id: "azure:westus", provider: "azure", code: "westus", name: "West US", city: "San Francisco", country: "US", continent: "north-america", lat: 37.78, lon: -122.42, zones: [] },
  { id: "azure:westus2", provider: "azure", code: "westus2", name: "West US 2", city: "Quincy", country: "US", continent: "north-america", lat: 47.23, lon: -119.85, zones: az() },
  { id: "azure:westus3", provider: "azure", code: "westus3", name: "West US 3", city: "Phoenix", country: "US", continent: "north-america", lat: 33.45, lon: -112.07, zones: az() },
];
