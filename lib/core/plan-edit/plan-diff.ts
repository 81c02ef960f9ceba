import type { Plan } from "@/lib/schemas/plan";

export type PlanDifference = { path: string; theirs: string; mine: string };

const ABSENT = "—";

/**
 * Leaf values of a plan by readable path. Regions are keyed by id rather than index so two
 * plans that list the same regions in another order do not differ everywhere; waivers likewise
 * by finding id.
 */
export function flattenPlan(plan: Plan): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      const isKeyed = path === "regions" || path === "waivers";
      if (!isKeyed) {
        out.set(path, value.map(String).join(", "));
        return;
      }
      value.forEach((item: Record<string, unknown>, index) => {
        const key = String(item["id"] ?? item["findingId"] ?? index);
        walk(item, `${path}[${key}]`);
      });
      return;
    }
    if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
      return;
    }
    out.set(path, value === null ? "none" : String(value));
  };
  walk(plan, "");
  return out;
}

const KEYED = /^(regions|waivers)\[([^\]]+)\]/;

/**
 * Fields whose values differ between two plans, in the order of `theirs`, then fields only
 * `mine` has. A region or waiver that only one side has is one difference ("in the plan" vs
 * "—"), not one per field of it.
 */
export function planDifferences(theirs: Plan, mine: Plan): PlanDifference[] {
  const a = flattenPlan(theirs);
  const b = flattenPlan(mine);
  const paths = [...a.keys(), ...[...b.keys()].filter((k) => !a.has(k))];
  const out: PlanDifference[] = [];
  const seenWhole = new Set<string>();
  for (const path of paths) {
    const keyed = KEYED.exec(path);
    const whole = keyed?.[0];
    if (whole && !(hasPrefix(a, whole) && hasPrefix(b, whole))) {
      if (seenWhole.has(whole)) continue;
      seenWhole.add(whole);
      const label = keyed[1] === "regions" ? "in the plan" : "waived";
      out.push({ path: whole, theirs: hasPrefix(a, whole) ? label : ABSENT, mine: hasPrefix(b, whole) ? label : ABSENT });
      continue;
    }
    if (a.get(path) !== b.get(path)) out.push({ path, theirs: a.get(path) ?? ABSENT, mine: b.get(path) ?? ABSENT });
  }
  return out;
}

function hasPrefix(map: Map<string, string>, prefix: string): boolean {
  for (const key of map.keys()) if (key.startsWith(`${prefix}.`)) return true;
  return false;
}

export type PlanSummary = { regions: string[]; primaryRegion: string; secondaryRegion: string; survivalGoal: string; waivers: number };

/** What the conflict dialog shows of each side at a glance. */
export function summarizePlan(plan: Plan): PlanSummary {
  return {
    regions: plan.regions.map((r) => r.id),
    primaryRegion: plan.cockroachdb.primaryRegion || "none",
    secondaryRegion: plan.cockroachdb.secondaryRegion ?? "none",
    survivalGoal: plan.cockroachdb.survivalGoal,
    waivers: plan.waivers.length,
  };
}
