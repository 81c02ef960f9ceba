import "server-only";
import { AppError } from "@/lib/server/api/app-error";
import type { Db } from "@/lib/server/db";
import { getServerEnv } from "@/lib/server/env";

/**
 * Caps on what clients can store (issue 12; docs/operations.md "Limits"): projects per instance
 * (per user once sign-in exists: count that user's projects here instead) and revisions per
 * project. Defaults MAX_PROJECTS=10000 and MAX_REVISIONS_PER_PROJECT=5000: a 12-region plan is
 * under 100 KiB, so a full instance stays within a few GiB of plans.
 *
 * The project count is read before the insert, so concurrent creations can pass it by at most
 * their number; revisions are numbered without gaps, so `number` is the exact count.
 */
export async function assertProjectQuota(db: Pick<Db, "project">): Promise<void> {
  const max = getServerEnv().maxProjects;
  if ((await db.project.count()) >= max) throw quotaExceeded(`This planner holds its maximum of ${max} projects. Delete projects you no longer need, or ask the operator to raise MAX_PROJECTS.`);
}

export function assertRevisionQuota(number: number): void {
  const max = getServerEnv().maxRevisionsPerProject;
  if (number > max) throw quotaExceeded(`A project keeps at most ${max} revisions. Start a new project from this plan, or ask the operator to raise MAX_REVISIONS_PER_PROJECT.`);
}

function quotaExceeded(message: string): AppError {
  return new AppError("quota_exceeded", 403, message);
}
