import "server-only";
import type { SharedPlan } from "@/lib/server/api/share-schemas";
import { AppError } from "@/lib/server/api/app-error";
import { getDb } from "@/lib/server/db";
import type { ShareAccess } from "@/lib/server/data/get-share-access-or-throw";
import { REVISION_SELECT, toRevision } from "@/lib/server/data/records";
import type { Revision } from "@/lib/schemas/api";
import { boundedCache } from "@/lib/server/bounded-cache";

/**
 * Parsed revisions that share links show. A revision never changes once saved and exists as long
 * as its project does (which sharedProject checks on every request), so a cached one saves the
 * revision query and the plan's parse and validation on every later view (issue 12).
 */
const sharedRevisions = boundedCache<Revision>(200);

/** The shared project's name and the revision a link shows: its pinned one, or the latest at this moment. */
async function sharedProject(access: ShareAccess): Promise<{ name: string; number: number }> {
  const db = await getDb();
  const project = await db.project.findUnique({ where: { id: access.projectId }, select: { name: true, latestRevision: true } });
  // A project deleted since (its links go with it) or somehow without revisions answers "not
  // valid", like any other link that no longer leads anywhere.
  if (!project || project.latestRevision === 0) throw AppError.shareLinkInvalid();
  return { name: project.name, number: access.revisionNumber ?? project.latestRevision };
}

export async function sharedRevisionNumber(access: ShareAccess): Promise<number> {
  if (access.revisionNumber !== null) return access.revisionNumber;
  return (await sharedProject(access)).number;
}

/** What the share page shows first: the project's name, the link's label and scope, and the revision with its plan. */
export async function getSharedPlan(access: ShareAccess): Promise<SharedPlan> {
  const project = await sharedProject(access);
  return {
    label: access.label,
    projectName: project.name,
    scope: access.revisionNumber === null ? "latest" : "revision",
    expiresAt: access.expiresAt?.toISOString() ?? null,
    revision: await sharedRevision(access.projectId, project.number),
  };
}

async function sharedRevision(projectId: string, number: number): Promise<Revision> {
  const key = `${projectId}:${number}`;
  const cached = sharedRevisions.get(key);
  if (cached) return cached;
  const db = await getDb();
  const row = await db.revision.findUnique({ where: { projectId_number: { projectId, number } }, select: REVISION_SELECT });
  if (!row) throw AppError.shareLinkInvalid();
  return sharedRevisions.set(key, toRevision(projectId, row));
}
