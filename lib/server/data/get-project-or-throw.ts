import "server-only";
import type { Project } from "@/lib/schemas/api";
import { AppError } from "@/lib/server/api/app-error";
import { getDb } from "@/lib/server/db";
import { PROJECT_SELECT, REVISION_SELECT, toProject } from "@/lib/server/data/records";

/** The project with its latest revision (the highest number, which is `latestRevision`); 404 if unknown. */
export async function getProjectOrThrow(id: string): Promise<Project> {
  const db = await getDb();
  const row = await db.project.findUnique({
    where: { id },
    select: { ...PROJECT_SELECT, revisions: { select: REVISION_SELECT, orderBy: { number: "desc" }, take: 1 } },
  });
  if (!row) throw AppError.projectNotFound(id);
  return toProject(row, row.revisions[0]);
}
