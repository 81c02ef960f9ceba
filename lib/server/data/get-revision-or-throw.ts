import "server-only";
import type { Revision } from "@/lib/schemas/api";
import { AppError } from "@/lib/server/api/app-error";
import { getDb } from "@/lib/server/db";
import { REVISION_SELECT, toRevision } from "@/lib/server/data/records";

/** One revision with its plan; 404 names whether the project or the revision is missing. */
export async function getRevisionOrThrow(projectId: string, number: number): Promise<Revision> {
  const db = await getDb();
  const project = await db.project.findUnique({
    where: { id: projectId },
    select: { revisions: { where: { number }, select: REVISION_SELECT } },
  });
  if (!project) throw AppError.projectNotFound(projectId);
  const row = project.revisions[0];
  if (!row) throw AppError.revisionNotFound(projectId, number);
  return toRevision(projectId, row);
}
