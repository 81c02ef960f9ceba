import "server-only";
import type { Project } from "@/lib/schemas/api";
import { AppError } from "@/lib/server/api/app-error";
import { getDb } from "@/lib/server/db";
import { getProjectOrThrow } from "@/lib/server/data/get-project-or-throw";

/** Renames a project; its revisions are untouched. */
export async function renameProject(id: string, name: string): Promise<Project> {
  const db = await getDb();
  const { count } = await db.project.updateMany({ where: { id }, data: { name } });
  if (count === 0) throw AppError.projectNotFound(id);
  return getProjectOrThrow(id);
}
