import type { Plan } from "@/lib/schemas/plan";

/**
 * Makes a plan region CockroachDB's primary region. The region starts running CockroachDB if it
 * did not; when it was the secondary, the old primary becomes the secondary so the plan keeps
 * two data regions (Multi-region Blueprint, "CockroachDB").
 */
export function setPrimaryRegion(plan: Plan, id: string): Plan {
  if (!plan.regions.some((r) => r.id === id) || plan.cockroachdb.primaryRegion === id) return plan;
  const { primaryRegion: oldPrimary, secondaryRegion } = plan.cockroachdb;
  const hadOldPrimary = plan.regions.some((r) => r.id === oldPrimary && r.runsCockroach);
  return {
    ...plan,
    regions: plan.regions.map((r) => (r.id === id ? { ...r, runsCockroach: true } : r)),
    cockroachdb: {
      ...plan.cockroachdb,
      primaryRegion: id,
      secondaryRegion: secondaryRegion === id ? (hadOldPrimary ? oldPrimary : null) : secondaryRegion,
    },
  };
}

/**
 * Makes a plan region the secondary region (or clears it with null). The region starts running
 * CockroachDB if it did not; choosing the primary swaps the two roles.
 */
export function setSecondaryRegion(plan: Plan, id: string | null): Plan {
  if (id === null) return { ...plan, cockroachdb: { ...plan.cockroachdb, secondaryRegion: null } };
  if (!plan.regions.some((r) => r.id === id) || plan.cockroachdb.secondaryRegion === id) return plan;
  const { primaryRegion, secondaryRegion } = plan.cockroachdb;
  if (primaryRegion === id) {
    if (secondaryRegion === null) return plan;
    return { ...plan, cockroachdb: { ...plan.cockroachdb, primaryRegion: secondaryRegion, secondaryRegion: id } };
  }
  return {
    ...plan,
    regions: plan.regions.map((r) => (r.id === id ? { ...r, runsCockroach: true } : r)),
    cockroachdb: { ...plan.cockroachdb, secondaryRegion: id },
  };
}
