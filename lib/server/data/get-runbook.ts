import "server-only";
import { analyzePlan } from "@/lib/core/analyze";
import { buildRunbook, runbookView, type Runbook, type RunbookView } from "@/lib/core/runbook";
import { AppError } from "@/lib/server/api/app-error";
import { getDb } from "@/lib/server/db";
import { ensureRunbookSteps } from "@/lib/server/data/ensure-runbook-steps";
import { getRevisionOrThrow } from "@/lib/server/data/get-revision-or-throw";

/** The revision asked for, or the project's latest; 404 when the project has none yet. */
export async function resolveRevisionNumber(projectId: string, revision: number | undefined): Promise<number> {
  if (revision !== undefined) return revision;
  const db = await getDb();
  const project = await db.project.findUnique({ where: { id: projectId }, select: { latestRevision: true } });
  if (!project) throw AppError.projectNotFound(projectId);
  if (project.latestRevision === 0)
    throw new AppError("revision_not_found", 404, `Project "${projectId}" has no saved revision yet, so it has no runbook. Save the plan first.`);
  return project.latestRevision;
}

/** A revision's runbook, computed from its stored plan (404 for an unknown project or revision). */
export async function buildRevisionRunbook(projectId: string, revision: number, targets: RunbookTargets): Promise<Runbook> {
  const { plan } = await getRevisionOrThrow(projectId, revision);
  const options: { targetVersion?: string; cockroachTargetVersion?: string } = {};
  if (targets.targetVersion !== undefined) options.targetVersion = targets.targetVersion;
  if (targets.cockroachTargetVersion !== undefined) options.cockroachTargetVersion = targets.cockroachTargetVersion;
  return buildRunbook(plan, analyzePlan(plan), options);
}

/** The Teleport and CockroachDB versions the two upgrade sections plan for (defaults when absent). */
export type RunbookTargets = { targetVersion?: string | undefined; cockroachTargetVersion?: string | undefined };

/**
 * The runbook of a project's revision with its stored progress. The first request for a
 * revision stores its steps (see ensureRunbookSteps).
 */
export async function getRunbook(projectId: string, query: { revision?: number } & RunbookTargets): Promise<RunbookView> {
  const revision = await resolveRevisionNumber(projectId, query.revision);
  const runbook = await buildRevisionRunbook(projectId, revision, query);
  const states = await ensureRunbookSteps(projectId, revision, runbook);
  return runbookView(revision, runbook, states);
}
