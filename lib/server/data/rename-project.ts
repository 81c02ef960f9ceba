import "server-only";
import type { Project } from "@/lib/schemas/api";
import { AppError } from "@/lib/server/api/app-error";
import { getDb } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/data/audit";
import { getProjectOrThrow } from "@/lib/server/data/get-project-or-throw";

/** Renames a project; its revisions are untouched. The audit log keeps the old name. */
export async function renameProject(id: string, name: string, actor: string): Promise<Project> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await tx.project.findUnique({ where: { id }, select: { name: true, latestRevision: true } });
    if (!before) throw AppError.projectNotFound(id);
    await tx.project.update({ where: { id }, data: { name } });
    await recordAudit(tx, { projectId: id, actor, action: "project.renamed", revision: before.latestRevision || null, detail: { from: before.name, to: name } });
  });
  return getProjectOrThrow(id);
}
