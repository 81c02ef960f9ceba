import "server-only";
import { AppError } from "@/lib/server/api/app-error";
import { getDb } from "@/lib/server/db";
import { assertRevisionExists } from "@/lib/server/data/assert-revision-exists";
import { getRevisionOrThrow } from "@/lib/server/data/get-revision-or-throw";
import { revisionBundle } from "@/lib/server/revision-bundle-cache";

/**
 * The bundle of one stored revision, shared by the zip and the file-list routes: built once per
 * revision (lib/server/revision-bundle-cache.ts), while the project (its current name, and
 * whether it still exists, perhaps deleted by another instance) and the revision are looked up on
 * every request, so a deleted project answers 404 and a rename shows in the file name.
 */
export async function loadBundle(projectId: string, number: number) {
  const db = await getDb();
  const project = await db.project.findUnique({ where: { id: projectId }, select: { name: true } });
  if (!project) throw AppError.projectNotFound(projectId);
  await assertRevisionExists(projectId, number);
  const bundle = await revisionBundle(projectId, number, async () => (await getRevisionOrThrow(projectId, number)).plan);
  return { projectName: project.name, ...bundle };
}
