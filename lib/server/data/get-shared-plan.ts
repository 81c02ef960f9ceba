import "server-only";
import type { SharedPlan } from "@/lib/server/api/share-schemas";
import { AppError } from "@/lib/server/api/app-error";
import { getDb } from "@/lib/server/db";
import { getRevisionOrThrow } from "@/lib/server/data/get-revision-or-throw";
import type { ShareAccess } from "@/lib/server/data/get-share-access-or-throw";

/**
 * The revision a link shows: its pinned one, or the project's latest at this moment. A project
 * deleted since (its links go with it) or somehow without revisions answers "not valid", like any
 * other link that no longer leads anywhere.
 */
export async function sharedRevisionNumber(access: ShareAccess): Promise<number> {
  if (access.revisionNumber !== null) return access.revisionNumber;
  const db = await getDb();
  const project = await db.project.findUnique({ where: { id: access.projectId }, select: { latestRevision: true } });
  if (!project || project.latestRevision === 0) throw AppError.shareLinkInvalid();
  return project.latestRevision;
}

/** What the share page shows first: the project's name, the link's label and scope, and the revision with its plan. */
export async function getSharedPlan(access: ShareAccess): Promise<SharedPlan> {
  const number = await sharedRevisionNumber(access);
  const db = await getDb();
  const project = await db.project.findUnique({ where: { id: access.projectId }, select: { name: true } });
  if (!project) throw AppError.shareLinkInvalid();
  return {
    label: access.label,
    projectName: project.name,
    scope: access.revisionNumber === null ? "latest" : "revision",
    expiresAt: access.expiresAt?.toISOString() ?? null,
    revision: await getRevisionOrThrow(access.projectId, number),
  };
}
