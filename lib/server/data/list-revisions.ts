import "server-only";
import type { RevisionSummary } from "@/lib/schemas/api";
import { AppError } from "@/lib/server/api/app-error";
import { getDb } from "@/lib/server/db";
import { REVISION_SUMMARY_SELECT, toRevisionSummary } from "@/lib/server/data/records";

/** A project's revisions, newest first, without their plans. */
export async function listRevisions(projectId: string): Promise<RevisionSummary[]> {
  const db = await getDb();
  const project = await db.project.findUnique({
    where: { id: projectId },
    select: { revisions: { select: REVISION_SUMMARY_SELECT, orderBy: { number: "desc" } } },
  });
  if (!project) throw AppError.projectNotFound(projectId);
  return project.revisions.map(toRevisionSummary);
}
