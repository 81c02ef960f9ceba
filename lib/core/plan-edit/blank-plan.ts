import type { Plan } from "@/lib/schemas/plan";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";

/**
 * The draft a blank project starts from: the blueprint's settings (Teleport, CockroachDB,
 * storage, DNS, connectivity) without any region. It is not a valid plan yet (the schema wants
 * at least two regions and a primary region); the designer shows that as "add regions".
 * `primaryRegion` is empty until the first CockroachDB region is added (see addRegion).
 */
export function blankPlan(): Plan {
  const template = structuredClone(BLUEPRINT_TEMPLATE);
  return {
    ...template,
    cockroachdb: { ...template.cockroachdb, primaryRegion: "", secondaryRegion: null },
    regions: [],
    waivers: [],
  };
}
