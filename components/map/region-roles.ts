import type { Plan } from "@/lib/schemas/plan";

export type RegionRoles = { isTeleport: boolean; isPrimary: boolean; isSecondary: boolean; isOtherDatabase: boolean };

export type RoleKey = "teleport" | "primary" | "secondary" | "database";

/** Short badge text and full name of each role; the map, its legend and the region list share them. */
export const ROLE_BADGES: Record<RoleKey, { badge: string; name: string }> = {
  teleport: { badge: "T", name: "Runs Teleport" },
  primary: { badge: "P", name: "CockroachDB primary region" },
  secondary: { badge: "S", name: "CockroachDB secondary region" },
  database: { badge: "DB", name: "Other CockroachDB region" },
};

/** Roles of every planned region, by region id. */
export function regionRoles(plan: Plan): Map<string, RegionRoles> {
  const { primaryRegion, secondaryRegion } = plan.cockroachdb;
  return new Map(
    plan.regions.map((r) => {
      const isPrimary = r.runsCockroach && r.id === primaryRegion;
      const isSecondary = r.runsCockroach && r.id === secondaryRegion;
      return [r.id, { isTeleport: r.runsTeleport, isPrimary, isSecondary, isOtherDatabase: r.runsCockroach && !isPrimary && !isSecondary }];
    }),
  );
}

export function roleKeys(roles: RegionRoles): RoleKey[] {
  const keys: RoleKey[] = [];
  if (roles.isTeleport) keys.push("teleport");
  if (roles.isPrimary) keys.push("primary");
  if (roles.isSecondary) keys.push("secondary");
  if (roles.isOtherDatabase) keys.push("database");
  return keys;
}

/** "Runs Teleport, CockroachDB primary region" — for accessible names and tooltips. */
export function rolesText(roles: RegionRoles | undefined): string {
  if (!roles) return "Not in the plan";
  const names = roleKeys(roles).map((k) => ROLE_BADGES[k].name);
  return names.length > 0 ? `In the plan: ${names.join(", ")}` : "In the plan, without Teleport or CockroachDB";
}

const sameRoles = (a: RegionRoles, b: RegionRoles) =>
  a.isTeleport === b.isTeleport && a.isPrimary === b.isPrimary && a.isSecondary === b.isSecondary && a.isOtherDatabase === b.isOtherDatabase;

/**
 * regionRoles, reusing the previous roles object of every region whose roles did not change: the
 * map's markers are memoised on it, so one edit re-renders the markers it changed, not all
 * twelve planned ones (issue 13).
 */
export function keepUnchangedRoles(next: Map<string, RegionRoles>, previous: ReadonlyMap<string, RegionRoles>): Map<string, RegionRoles> {
  for (const [id, roles] of next) {
    const before = previous.get(id);
    if (before && sameRoles(before, roles)) next.set(id, before);
  }
  return next;
}
