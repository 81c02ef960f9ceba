import "server-only";
import { AppError } from "@/lib/server/api/app-error";
import { getDb } from "@/lib/server/db";

/** Deletes a project; its revisions and runbook progress go with it (ON DELETE CASCADE). */
export async function deleteProject(id: string): Promise<void> {
  const db = await getDb();
  const { count } = await db.project.deleteMany({ where: { id } });
  if (count === 0) throw AppError.projectNotFound(id);
}
