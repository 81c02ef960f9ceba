import "server-only";
import type { ProjectSummary } from "@/lib/schemas/api";
import type { Identity } from "@/lib/server/auth/identity";
import { getDb } from "@/lib/server/db";
import { cachedPlanSummary, planSummary, type PlanSummary } from "@/lib/server/plan-summary";
import { PROJECT_SELECT, parseStoredPlan, type ProjectRow } from "@/lib/server/data/records";

const PLAN_BATCH = 200;
const NO_REVISION: PlanSummary = { regions: [], worst: null, openFindings: 0 };

/**
 * The projects the user is a member of (every project for an admin), most recently changed first, optionally filtered by name. The name filter runs
 * here rather than in SQL so that it folds case the same way on both databases (SQLite's LIKE
 * folds ASCII letters only, PostgreSQL's not at all): "über" finds "Über-Plan" everywhere.
 * Plans are loaded only for latest revisions whose summary is not cached yet, in one query.
 */
export async function listProjects(q: string | undefined, identity: Identity): Promise<ProjectSummary[]> {
  const db = await getDb();
  const where = identity.isAdmin ? {} : { members: { some: { userName: identity.user } } };
  const rows = await db.project.findMany({ where, select: PROJECT_SELECT, orderBy: [{ updatedAt: "desc" }, { id: "asc" }] });
  const memberships = await db.projectMember.findMany({ where: { userName: identity.user }, select: { projectId: true, role: true } });
  const roles = new Map(memberships.map((m) => [m.projectId, m.role]));
  const roleIn = (projectId: string): ProjectSummary["role"] => {
    if (identity.isAdmin) return "owner";
    const role = roles.get(projectId);
    return role === "owner" || role === "editor" ? role : "viewer";
  };
  const needle = q?.trim().toLocaleLowerCase() ?? "";
  const matching = needle === "" ? rows : rows.filter((row) => row.name.toLocaleLowerCase().includes(needle));

  const summaries = new Map<string, PlanSummary>();
  for (const row of matching) {
    const hit = row.latestRevision > 0 ? cachedPlanSummary(row.id, row.latestRevision) : NO_REVISION;
    if (hit) summaries.set(row.id, hit);
  }
  const uncached = matching.filter((row) => !summaries.has(row.id));
  const plans = [];
  // Batches keep the OR chain well under SQLite's expression depth limit (1000).
  for (let start = 0; start < uncached.length; start += PLAN_BATCH) {
    const batch = uncached.slice(start, start + PLAN_BATCH);
    plans.push(
      ...(await db.revision.findMany({
        where: { OR: batch.map((row) => ({ projectId: row.id, number: row.latestRevision })) },
        select: { projectId: true, number: true, plan: true },
      })),
    );
  }
  for (const revision of plans) {
    const plan = parseStoredPlan(revision.plan, `revision ${revision.number} of project "${revision.projectId}"`);
    summaries.set(revision.projectId, planSummary(revision.projectId, revision.number, plan));
  }
  return matching.map((row) => toSummary(row, summaries.get(row.id) ?? NO_REVISION, roleIn(row.id)));
}

function toSummary(row: ProjectRow, { regions, worst, openFindings }: PlanSummary, role: ProjectSummary["role"]): ProjectSummary {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    latestRevision: row.latestRevision,
    regions,
    worst,
    openFindings,
    role,
  };
}
