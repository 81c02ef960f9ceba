import "server-only";
import { AppError } from "@/lib/server/api/app-error";
import type { ShareLink } from "@/lib/server/api/share-schemas";
import { getDb } from "@/lib/server/db";
import { SHARE_LINK_SELECT, toShareLink } from "@/lib/server/data/share-records";

/** A project's share links, newest first, revoked and expired ones included (marked by status). */
export async function listShareLinks(projectId: string, now: Date = new Date()): Promise<ShareLink[]> {
  const db = await getDb();
  const project = await db.project.findUnique({
    where: { id: projectId },
    select: { shareLinks: { select: SHARE_LINK_SELECT, orderBy: [{ createdAt: "desc" }, { id: "asc" }] } },
  });
  if (!project) throw AppError.projectNotFound(projectId);
  return project.shareLinks.map((row) => toShareLink(row, now));
}
