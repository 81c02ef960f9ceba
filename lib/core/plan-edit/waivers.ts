import type { Plan } from "@/lib/schemas/plan";

/**
 * True when a finding id names the region. Finding ids are "<rule id>" plus a subject when a
 * rule fires more than once, and subjects name regions by id ("aws:us-east-1"); the id must end
 * where the region id ends so that "gcp:us-east1" does not match "gcp:us-east11".
 */
export function mentionsRegion(findingId: string, regionId: string): boolean {
  let from = findingId.indexOf(regionId);
  while (from !== -1) {
    const after = findingId.charAt(from + regionId.length);
    if (!/[a-z0-9-]/.test(after)) return true;
    from = findingId.indexOf(regionId, from + 1);
  }
  return false;
}

/** Accepts a finding with a reason; waiving it again replaces the reason and time. */
export function waiveFinding(plan: Plan, findingId: string, reason: string, now: Date): Plan {
  const waiver = { findingId, reason: reason.trim(), waivedAt: now.toISOString() };
  return { ...plan, waivers: [...plan.waivers.filter((w) => w.findingId !== findingId), waiver] };
}

export function unwaiveFinding(plan: Plan, findingId: string): Plan {
  if (!plan.waivers.some((w) => w.findingId === findingId)) return plan;
  return { ...plan, waivers: plan.waivers.filter((w) => w.findingId !== findingId) };
}
