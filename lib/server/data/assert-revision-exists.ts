import "server-only";
import { AppError } from "@/lib/server/api/app-error";
import { getDb } from "@/lib/server/db";

/** 404 unless the project and its revision exist; reads no plan, for answers cached by revision. */
export async function assertRevisionExists(projectId: string, number: number): Promise<void> {
  const db = await getDb();
  const project = await db.project.findUnique({
    where: { id: projectId },
    select: { revisions: { where: { number }, select: { number: true } } },
  });
  if (!project) throw AppError.projectNotFound(projectId);
  if (!project.revisions[0]) throw AppError.revisionNotFound(projectId, number);
}
