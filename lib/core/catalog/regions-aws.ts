import type { CatalogRegion } from "./types";

// AWS zone names are the region code plus a letter. In the oldest regions the
// letters are mapped per account, so the list is what a new account sees.
function az(code: string, letters: string): string[] {
  return [...letters].map((letter) => `${code}${letter}`);
}

/** AWS commercial regions (China and GovCloud partitions excluded), sorted by id. See SOURCES.md. */
export const AWS_REGIONS: readonly CatalogRegion[] = [
  { id: "aws:af-south-1", provider: "aws", code: "af-south-1", name: "Africa (Cape Town)", city: "Cape Town", country: "ZA", continent: "africa", lat: -33.92, lon: 18.42, zones: az("af-south-1", "abc") },
  { id: "aws:ap-east-1", provider: "aws", code: "ap-east-1", name: "Asia Pacific (Hong Kong)", city: "Hong Kong", country: "HK", continent: "asia", lat: 22.32, lon: 114.17, zones: az("ap-east-1", "abc") },
  { id: "aws:ap-east-2", provider: "aws", code: "ap-east-2", name: "Asia Pacific (Taipei)", city: "Taipei", country: "TW", continent: "asia", lat: 25.03, lon: 121.57, zones: az("ap-east-2", "abc") },
  { id: "aws:ap-northeast-1", provider: "aws", code: "ap-northeast-1", name: "Asia Pacific (Tokyo)", city: "Tokyo", country: "JP", continent: "asia", lat: 35.68, lon: 139.69, zones: az("ap-northeast-1", "acd") },
  { id: "aws:ap-northeast-2", provider: "aws", code: "ap-northeast-2", name: "Asia Pacific (Seoul)", city: "Seoul", country: "KR", continent: "asia", lat: 37.57, lon: 126.98, zones: az("ap-northeast-2", "abcd") },
  { id: "aws:ap-northeast-3", provider: "aws", code: "ap-northeast-3", name: "Asia Pacific (Osaka)", city: "Osaka", country: "JP", continent: "asia", lat: 34.69, lon: 135.5, zones: az("ap-northeast-3", "abc") },
  { id: "aws:ap-south-1", provider: "aws", code: "ap-south-1", name: "Asia Pacific (Mumbai)", city: "Mumbai", country: "IN", continent: "asia", lat: 19.08, lon: 72.88, zones: az("ap-south-1", "abc") },
  { id: "aws:ap-south-2", provider: "aws", code: "ap-south-2", name: "Asia Pacific (Hyderabad)", city: "Hyderabad", country: "IN", continent: "asia", lat: 17.39, lon: 78.49, zones: az("ap-south-2", "abc") },
  { id: "aws:ap-southeast-1", provider: "aws", code: "ap-southeast-1", name: "Asia Pacific (Singapore)", city: "Singapore", country: "SG", continent: "asia", lat: 1.35, lon: 103.82, zones: az("ap-southeast-1", "abc") },
  { id: "aws:ap-southeast-2", provider: "aws", code: "ap-southeast-2", name: "Asia Pacific (Sydney)", city: "Sydney", country: "AU", continent: "oceania", lat: -33.87, lon: 151.21, zones: az("ap-southeast-2", "abc") },
  { id: "aws:ap-southeast-3", provider: "aws", code: "ap-southeast-3", name: "Asia Pacific (Jakarta)", city: "Jakarta", country: "ID", continent: "asia", lat: -6.21, lon: 106.85, zones: az("ap-southeast-3", "abc") },
  { id: "aws:ap-southeast-4", provider: "aws", code: "ap-southeast-4", name: "Asia Pacific (Melbourne)", city: "Melbourne", country: "AU", continent: "oceania", lat: -37.81, lon: 144.96, zones: az("ap-southeast-4", "abc") },
  { id: "aws:ap-southeast-5", provider: "aws", code: "ap-southeast-5", name: "Asia Pacific (Malaysia)", city: "Kuala Lumpur", country: "MY", continent: "asia", lat: 3.14, lon: 101.69, zones: az("ap-southeast-5", "abc") },
  { id: "aws:ap-southeast-6", provider: "aws", code: "ap-southeast-6", name: "Asia Pacific (New Zealand)", city: "Auckland", country: "NZ", continent: "oceania", lat: -36.85, lon: 174.76, zones: az("ap-southeast-6", "abc") },
  { id: "aws:ap-southeast-7", provider: "aws", code: "ap-southeast-7", name: "Asia Pacific (Thailand)", city: "Bangkok", country: "TH", continent: "asia", lat: 13.76, lon: 100.5, zones: az("ap-southeast-7", "abc") },
  { id: "aws:ca-central-1", provider: "aws", code: "ca-central-1", name: "Canada (Central)", city: "Montréal", country: "CA", continent: "north-america", lat: 45.5, lon: -73.57, zones: az("ca-central-1", "abd") },
  { id: "aws:ca-west-1", provider: "aws", code: "ca-west-1", name: "Canada West (Calgary)", city: "Calgary", country: "CA", continent: "north-america", lat: 51.05, lon: -114.07, zones: az("ca-west-1", "abc") },
  { id: "aws:eu-central-1", provider: "aws", code: "eu-central-1", name: "Europe (Frankfurt)", city: "Frankfurt", country: "DE", continent: "europe", lat: 50.11, lon: 8.68, zones: az("eu-central-1", "abc") },
  { id: "aws:eu-central-2", provider: "aws", code: "eu-central-2", name: "Europe (Zurich)", city: "Zurich", country: "CH", continent: "europe", lat: 47.38, lon: 8.54, zones: az("eu-central-2", "abc") },
  { id: "aws:eu-north-1", provider: "aws", code: "eu-north-1", name: "Europe (Stockholm)", city: "Stockholm", country: "SE", continent: "europe", lat: 59.33, lon: 18.07, zones: az("eu-north-1", "abc") },
  { id: "aws:eu-south-1", provider: "aws", code: "eu-south-1", name: "Europe (Milan)", city: "Milan", country: "IT", continent: "europe", lat: 45.46, lon: 9.19, zones: az("eu-south-1", "abc") },
  { id: "aws:eu-south-2", provider: "aws", code: "eu-south-2", name: "Europe (Spain)", city: "Zaragoza", country: "ES", continent: "europe", lat: 41.65, lon: -0.88, zones: az("eu-south-2", "abc") },
  { id: "aws:eu-west-1", provider: "aws", code: "eu-west-1", name: "Europe (Ireland)", city: "Dublin", country: "IE", continent: "europe", lat: 53.35, lon: -6.26, zones: az("eu-west-1", "abc") },
  { id: "aws:eu-west-2", provider: "aws", code: "eu-west-2", name: "Europe (London)", city: "London", country: "GB", continent: "europe", lat: 51.51, lon: -0.13, zones: az("eu-west-2", "abc") },
  { id: "aws:eu-west-3", provider: "aws", code: "eu-west-3", name: "Europe (Paris)", city: "Paris", country: "FR", continent: "europe", lat: 48.86, lon: 2.35, zones: az("eu-west-3", "abc") },
  { id: "aws:il-central-1", provider: "aws", code: "il-central-1", name: "Israel (Tel Aviv)", city: "Tel Aviv", country: "IL", continent: "middle-east", lat: 32.09, lon: 34.78, zones: az("il-central-1", "abc") },
  { id: "aws:me-central-1", provider: "aws", code: "me-central-1", name: "Middle East (UAE)", city: "Dubai", country: "AE", continent: "middle-east", lat: 25.2, lon: 55.27, zones: az("me-central-1", "abc") },
  { id: "aws:me-south-1", provider: "aws", code: "me-south-1", name: "Middle East (Bahrain)", city: "Manama", country: "BH", continent: "middle-east", lat: 26.23, lon: 50.59, zones: az("me-south-1", "abc") },
  { id: "aws:mx-central-1", provider: "aws", code: "mx-central-1", name: "Mexico (Central)", city: "Querétaro", country: "MX", continent: "north-america", lat: 20.59, lon: -100.39, zones: az("mx-central-1", "abc") },
  { id: "aws:sa-east-1", provider: "aws", code: "sa-east-1", name: "South America (São Paulo)", city: "São Paulo", country: "BR", continent: "south-america", lat: -23.55, lon: -46.63, zones: az("sa-east-1", "abc") },
  { id: "aws:us-east-1", provider: "aws", code: "us-east-1", name: "US East (N. Virginia)", city: "Ashburn", country: "US", continent: "north-america", lat: 39.04, lon: -77.49, zones: az("us-east-1", "abcdef") },
  { id: "aws:us-east-2", provider: "aws", code: "us-east-2", name: "US East (Ohio)", city: "Columbus", country: "US", continent: "north-america", lat: 39.96, lon: -83.0, zones: az("us-east-2", "abc") },
  { id: "aws:us-west-1", provider: "aws", code: "us-west-1", name: "US West (N. California)", city: "San Jose", country: "US", continent: "north-america", lat: 37.34, lon: -121.89, zones: az("us-west-1", "ab") },
  { id: "aws:us-west-2", provider: "aws", code: "us-west-2", name: "US West (Oregon)", city: "Boardman", country: "US", continent: "north-america", lat: 45.84, lon: -119.7, zones: az("us-west-2", "abcd") },
];
