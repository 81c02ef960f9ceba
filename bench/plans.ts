import { getRegionOrThrow } from "@/lib/core/catalog";
import { addRegion } from "@/lib/core/plan-edit";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";

/**
 * A plan over the given catalog regions, built the way the designer builds one: the blueprint
 * template's global settings, then each region added as a click on the map would add it (three
 * zones, Teleport and CockroachDB, the next free pod and service ranges). The first region
 * becomes the CockroachDB primary and the second the secondary.
 */
export function planOver(ids: readonly string[]): Plan {
  let plan: Plan = { ...structuredClone(BLUEPRINT_TEMPLATE), regions: [] };
  for (const id of ids) plan = addRegion(plan, getRegionOrThrow(id));
  return plan;
}

export const SIX_REGIONS = ["aws:us-east-1", "aws:us-east-2", "aws:us-west-2", "gcp:europe-west1", "gcp:europe-west4", "azure:westeurope"];

export const TWELVE_REGIONS = [
  ...SIX_REGIONS,
  "aws:ap-southeast-2",
  "aws:ap-northeast-1",
  "gcp:asia-south1",
  "gcp:southamerica-east1",
  "azure:eastus",
  "azure:southeastasia",
];
