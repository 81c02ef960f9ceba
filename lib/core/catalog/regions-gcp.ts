import type { CatalogRegion } from "./types";

// GCP zone names are `${region}-${letter}`; a few older regions skip letters
// (us-central1 has a, b, c, f; us-east1 and europe-west1 start at b).
function zones(code: string, letters: string): string[] {
  return [...letters].map((letter) => `${code}-${letter}`);
}

/** Google Cloud public regions, sorted by id. See SOURCES.md. */
export const GCP_REGIONS: readonly CatalogRegion[] = [
  { id: "gcp:africa-south1", provider: "gcp", code: "africa-south1", name: "Johannesburg", city: "Johannesburg", country: "ZA", continent: "africa", lat: -26.2, lon: 28.05, zones: zones("africa-south1", "abc") },
  { id: "gcp:asia-east1", provider: "gcp", code: "asia-east1", name: "Taiwan", city: "Changhua County", country: "TW", continent: "asia", lat: 24.05, lon: 120.52, zones: zones("asia-east1", "abc") },
  { id: "gcp:asia-east2", provider: "gcp", code: "asia-east2", name: "Hong Kong", city: "Hong Kong", country: "HK", continent: "asia", lat: 22.32, lon: 114.17, zones: zones("asia-east2", "abc") },
  { id: "gcp:asia-northeast1", provider: "gcp", code: "asia-northeast1", name: "Tokyo", city: "Tokyo", country: "JP", continent: "asia", lat: 35.68, lon: 139.69, zones: zones("asia-northeast1", "abc") },
  { id: "gcp:asia-northeast2", provider: "gcp", code: "asia-northeast2", name: "Osaka", city: "Osaka", country: "JP", continent: "asia", lat: 34.69, lon: 135.5, zones: zones("asia-northeast2", "abc") },
  { id: "gcp:asia-northeast3", provider: "gcp", code: "asia-northeast3", name: "Seoul", city: "Seoul", country: "KR", continent: "asia", lat: 37.57, lon: 126.98, zones: zones("asia-northeast3", "abc") },
  { id: "gcp:asia-south1", provider: "gcp", code: "asia-south1", name: "Mumbai", city: "Mumbai", country: "IN", continent: "asia", lat: 19.08, lon: 72.88, zones: zones("asia-south1", "abc") },
  { id: "gcp:asia-south2", provider: "gcp", code: "asia-south2", name: "Delhi", city: "Delhi", country: "IN", continent: "asia", lat: 28.61, lon: 77.21, zones: zones("asia-south2", "abc") },
  { id: "gcp:asia-southeast1", provider: "gcp", code: "asia-southeast1", name: "Singapore", city: "Jurong West", country: "SG", continent: "asia", lat: 1.34, lon: 103.7, zones: zones("asia-southeast1", "abc") },
  { id: "gcp:asia-southeast2", provider: "gcp", code: "asia-southeast2", name: "Jakarta", city: "Jakarta", country: "ID", continent: "asia", lat: -6.21, lon: 106.85, zones: zones("asia-southeast2", "abc") },
  { id: "gcp:australia-southeast1", provider: "gcp", code: "australia-southeast1", name: "Sydney", city: "Sydney", country: "AU", continent: "oceania", lat: -33.87, lon: 151.21, zones: zones("australia-southeast1", "abc") },
  { id: "gcp:australia-southeast2", provider: "gcp", code: "australia-southeast2", name: "Melbourne", city: "Melbourne", country: "AU", continent: "oceania", lat: -37.81, lon: 144.96, zones: zones("australia-southeast2", "abc") },
  { id: "gcp:europe-central2", provider: "gcp", code: "europe-central2", name: "Warsaw", city: "Warsaw", country: "PL", continent: "europe", lat: 52.23, lon: 21.01, zones: zones("europe-central2", "abc") },
  { id: "gcp:europe-north1", provider: "gcp", code: "europe-north1", name: "Finland", city: "Hamina", country: "FI", continent: "europe", lat: 60.57, lon: 27.2, zones: zones("europe-north1", "abc") },
  { id: "gcp:europe-north2", provider: "gcp", code: "europe-north2", name: "Stockholm", city: "Stockholm", country: "SE", continent: "europe", lat: 59.33, lon: 18.07, zones: zones("europe-north2", "abc") },
  { id: "gcp:europe-southwest1", provider: "gcp", code: "europe-southwest1", name: "Madrid", city: "Madrid", country: "ES", continent: "europe", lat: 40.42, lon: -3.7, zones: zones("europe-southwest1", "abc") },
  { id: "gcp:europe-west1", provider: "gcp", code: "europe-west1", name: "Belgium", city: "St. Ghislain", country: "BE", continent: "europe", lat: 50.45, lon: 3.82, zones: zones("europe-west1", "bcd") },
  { id: "gcp:europe-west10", provider: "gcp", code: "europe-west10", name: "Berlin", city: "Berlin", country: "DE", continent: "europe", lat: 52.52, lon: 13.4, zones: zones("europe-west10", "abc") },
  { id: "gcp:europe-west12", provider: "gcp", code: "europe-west12", name: "Turin", city: "Turin", country: "IT", continent: "europe", lat: 45.07, lon: 7.69, zones: zones("europe-west12", "abc") },
  { id: "gcp:europe-west2", provider: "gcp", code: "europe-west2", name: "London", city: "London", country: "GB", continent: "europe", lat: 51.51, lon: -0.13, zones: zones("europe-west2", "abc") },
  { id: "gcp:europe-west3", provider: "gcp", code: "europe-west3", name: "Frankfurt", city: "Frankfurt", country: "DE", continent: "europe", lat: 50.11, lon: 8.68, zones: zones("europe-west3", "abc") },
  { id: "gcp:europe-west4", provider: "gcp", code: "europe-west4", name: "Netherlands", city: "Eemshaven", country: "NL", continent: "europe", lat: 53.44, lon: 6.83, zones: zones("europe-west4", "abc") },
  { id: "gcp:europe-west6", provider: "gcp", code: "europe-west6", name: "Zurich", city: "Zurich", country: "CH", continent: "europe", lat: 47.38, lon: 8.54, zones: zones("europe-west6", "abc") },
  { id: "gcp:europe-west8", provider: "gcp", code: "europe-west8", name: "Milan", city: "Milan", country: "IT", continent: "europe", lat: 45.46, lon: 9.19, zones: zones("europe-west8", "abc") },
  { id: "gcp:europe-west9", provider: "gcp", code: "europe-west9", name: "Paris", city: "Paris", country: "FR", continent: "europe", lat: 48.86, lon: 2.35, zones: zones("europe-west9", "abc") },
  { id: "gcp:me-central1", provider: "gcp", code: "me-central1", name: "Doha", city: "Doha", country: "QA", continent: "middle-east", lat: 25.29, lon: 51.53, zones: zones("me-central1", "abc") },
  { id: "gcp:me-central2", provider: "gcp", code: "me-central2", name: "Dammam", city: "Dammam", country: "SA", continent: "middle-east", lat: 26.43, lon: 50.1, zones: zones("me-central2", "abc") },
  { id: "gcp:me-west1", provider: "gcp", code: "me-west1", name: "Tel Aviv", city: "Tel Aviv", country: "IL", continent: "middle-east", lat: 32.09, lon: 34.78, zones: zones("me-west1", "abc") },
  { id: "gcp:northamerica-northeast1", provider: "gcp", code: "northamerica-northeast1", name: "Montréal", city: "Montréal", country: "CA", continent: "north-america", lat: 45.5, lon: -73.57, zones: zones("northamerica-northeast1", "abc") },
  { id: "gcp:northamerica-northeast2", provider: "gcp", code: "northamerica-northeast2", name: "Toronto", city: "Toronto", country: "CA", continent: "north-america", lat: 43.65, lon: -79.38, zones: zones("northamerica-northeast2", "abc") },
  { id: "gcp:northamerica-south1", provider: "gcp", code: "northamerica-south1", name: "Querétaro", city: "Querétaro", country: "MX", continent: "north-america", lat: 20.59, lon: -100.39, zones: zones("northamerica-south1", "abc") },
  { id: "gcp:southamerica-east1", provider: "gcp", code: "southamerica-east1", name: "São Paulo", city: "Osasco", country: "BR", continent: "south-america", lat: -23.53, lon: -46.79, zones: zones("southamerica-east1", "abc") },
  { id: "gcp:southamerica-west1", provider: "gcp", code: "southamerica-west1", name: "Santiago", city: "Santiago", country: "CL", continent: "south-america", lat: -33.45, lon: -70.67, zones: zones("southamerica-west1", "abc") },
  { id: "gcp:us-central1", provider: "gcp", code: "us-central1", name: "Iowa", city: "Council Bluffs", country: "US", continent: "north-america", lat: 41.26, lon: -95.86, zones: zones("us-central1", "abcf") },
  { id: "gcp:us-east1", provider: "gcp", code: "us-east1", name: "South Carolina", city: "Moncks Corner", country: "US", continent: "north-america", lat: 33.2, lon: -80.01, zones: zones("us-east1", "bcd") },
  { id: "gcp:us-east4", provider: "gcp", code: "us-east4", name: "Northern Virginia", city: "Ashburn", country: "US", continent: "north-america", lat: 39.04, lon: -77.49, zones: zones("us-east4", "abc") },
  { id: "gcp:us-east5", provider: "gcp", code: "us-east5", name: "Columbus", city: "Columbus", country: "US", continent: "north-america", lat: 39.96, lon: -83.0, zones: zones("us-east5", "abc") },
  { id: "gcp:us-south1", provider: "gcp", code: "us-south1", name: "Dallas", city: "Dallas", country: "US", continent: "north-america", lat: 32.78, lon: -96.8, zones: zones("us-south1", "abc") },
  { id: "gcp:us-west1", provider: "gcp", code: "us-west1", name: "Oregon", city: "The Dalles", country: "US", continent: "north-america", lat: 45.59, lon: -121.18, zones: zones("us-west1", "abc") },
  { id: "gcp:us-west2", provider: "gcp", code: "us-west2", name: "Los Angeles", city: "Los Angeles", country: "US", continent: "north-america", lat: 34.05, lon: -118.24, zones: zones("us-west2", "abc") },
  { id: "gcp:us-west3", provider: "gcp", code: "us-west3", name: "Salt Lake City", city: "Salt Lake City", country: "US", continent: "north-america", lat: 40.76, lon: -111.89, zones: zones("us-west3", "abc") },
  { id: "gcp:us-west4", provider: "gcp", code: "us-west4", name: "Las Vegas", city: "Las Vegas", country: "US", continent: "north-america", lat: 36.17, lon: -115.14, zones: zones("us-west4", "abc") },
];
