import type { Analysis, Finding, RegionId, Severity, Totals } from "@/lib/core/analysis/types";
import type { Plan } from "@/lib/schemas/plan";
import { diffPlans, type PlanChange } from "./diff-plans";
import { summaryLine } from "./summary-line";

export type Revisioned = { plan: Plan; analysis: Analysis };

/**
 * A role that moved between regions. The primary and secondary CockroachDB regions carry
 * `from`/`to` (null = no secondary region) and `region` = the region holding the role now, or
 * the one that lost it when the secondary was cleared. Teleport and CockroachDB starting or
 * stopping in a region that exists in both revisions carry `change`; a region added or removed
 * is reported in regionsAdded/regionsRemoved, not here.
 */
export type RoleMove =
  | { role: "cockroach-primary" | "cockroach-secondary"; region: RegionId; from: RegionId | null; to: RegionId | null }
  | { role: "teleport" | "cockroach"; region: RegionId; change: "started" | "stopped" };

export type FindingRef = { id: string; title: string; severity: Severity };
/** `isWaived`: the finding still fires but a waiver now accepts it. */
export type ResolvedFinding = FindingRef & { isWaived: boolean };

export type ChangeSummary = {
  regionsAdded: RegionId[];
  regionsRemoved: RegionId[];
  rolesMoved: RoleMove[];
  sizing: { before: Totals; after: Totals; delta: Totals };
  findingsOpened: FindingRef[];
  findingsResolved: ResolvedFinding[];
  changes: PlanChange[];
  line: string;
};

const ZERO: Totals = { vcpu: 0, memoryGiB: 0, storageGiB: 0, pods: 0 };

/**
 * What changed from one revision to the next, for the history list and the revision page.
 *
 * Findings are compared by id, and only open ones count: a finding with a waiver is not open.
 * So a finding that gets waived counts as resolved (with `isWaived: true`: it no longer asks
 * for attention, which is what "resolved" means on a history page), and removing a waiver
 * re-opens it. `before: null` is the first revision: every region counts as added, every open
 * finding as opened, the sizing delta is the whole sizing, and `changes` is empty (a field-by-
 * field list of a whole plan is noise, not history).
 */
export function summarizeChange(before: Revisioned | null, after: Revisioned): ChangeSummary {
  const afterIds = after.plan.regions.map((r) => regionId(r.id));
  const beforeIds = before ? before.plan.regions.map((r) => regionId(r.id)) : [];
  const afterTotals = after.analysis.sizing.totals;
  const beforeTotals = before ? before.analysis.sizing.totals : ZERO;
  const opened = openFindings(after.analysis);
  const wasOpen = before ? openFindings(before.analysis) : new Map<string, Finding>();
  const afterFindings = new Map(after.analysis.findings.map((f) => [f.id, f]));
  const summary: Omit<ChangeSummary, "line"> = {
    regionsAdded: afterIds.filter((id) => !beforeIds.includes(id)),
    regionsRemoved: beforeIds.filter((id) => !afterIds.includes(id)),
    rolesMoved: before ? roleMoves(before.plan, after.plan) : [],
    sizing: { before: { ...beforeTotals }, after: { ...afterTotals }, delta: subtract(afterTotals, beforeTotals) },
    findingsOpened: [...opened.values()].filter((f) => !wasOpen.has(f.id)).map(findingRef),
    findingsResolved: [...wasOpen.values()]
      .filter((f) => !opened.has(f.id))
      .map((f) => ({ ...findingRef(f), isWaived: afterFindings.get(f.id)?.waiver !== undefined })),
    changes: before ? diffPlans(before.plan, after.plan) : [],
  };
  return { ...summary, line: summaryLine(summary, before === null) };
}

function roleMoves(before: Plan, after: Plan): RoleMove[] {
  const moves: RoleMove[] = [];
  const cockroachRole = (role: "cockroach-primary" | "cockroach-secondary", from: string | null, to: string | null) => {
    if (from === to) return;
    const region = to ?? from;
    if (region === null) return;
    moves.push({ role, region: regionId(region), from: from === null ? null : regionId(from), to: to === null ? null : regionId(to) });
  };
  cockroachRole("cockroach-primary", before.cockroachdb.primaryRegion, after.cockroachdb.primaryRegion);
  cockroachRole("cockroach-secondary", before.cockroachdb.secondaryRegion, after.cockroachdb.secondaryRegion);
  const previous = new Map(before.regions.map((r) => [r.id, r]));
  for (const region of after.regions) {
    const old = previous.get(region.id);
    if (!old) continue;
    if (old.runsTeleport !== region.runsTeleport)
      moves.push({ role: "teleport", region: regionId(region.id), change: region.runsTeleport ? "started" : "stopped" });
    if (old.runsCockroach !== region.runsCockroach)
      moves.push({ role: "cockroach", region: regionId(region.id), change: region.runsCockroach ? "started" : "stopped" });
  }
  return moves;
}

function openFindings(analysis: Analysis): Map<string, Finding> {
  return new Map(analysis.findings.filter((f) => f.waiver === undefined).map((f) => [f.id, f]));
}

function findingRef(f: Finding): FindingRef {
  return { id: f.id, title: f.title, severity: f.severity };
}

/** Rounded to a thousandth so fractional vCPU sums do not show floating-point dust (0.30000000000000004). */
function subtract(a: Totals, b: Totals): Totals {
  const d = (x: number, y: number) => Math.round((x - y) * 1000) / 1000;
  return { vcpu: d(a.vcpu, b.vcpu), memoryGiB: d(a.memoryGiB, b.memoryGiB), storageGiB: d(a.storageGiB, b.storageGiB), pods: d(a.pods, b.pods) };
}

/** PlanSchema already refused region ids outside the catalog, so a plan's ids are RegionIds. */
function regionId(id: string): RegionId {
  return id as RegionId;
}
