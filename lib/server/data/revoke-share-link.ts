import "server-only";
import { AppError } from "@/lib/server/api/app-error";
import type { ShareLink } from "@/lib/server/api/share-schemas";
import { getDb } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/data/audit";
import { SHARE_LINK_SELECT, toShareLink } from "@/lib/server/data/share-records";

/**
 * Revokes a link at once: the next request with its token is refused. Revoking twice keeps the
 * first time. The row stays (status "revoked") so the list shows what existed. 404 when the
 * project has no such link, including a link of another project.
 */
export async function revokeShareLink(projectId: string, shareId: string, actor: string, now: Date = new Date()): Promise<ShareLink> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { count } = await tx.shareLink.updateMany({ where: { id: shareId, projectId, revokedAt: null }, data: { revokedAt: now, revokedBy: actor } });
    if (count > 0) await recordAudit(tx, { projectId, actor, action: "share.revoked", detail: { shareId } });
  });
  const row = await db.shareLink.findFirst({ where: { id: shareId, projectId }, select: SHARE_LINK_SELECT });
  if (!row) {
    const project = await db.project.findUnique({ where: { id: projectId }, select: { id: true } });
    if (!project) throw AppError.projectNotFound(projectId);
    throw new AppError("not_found", 404, `Project "${projectId}" has no share link "${shareId}".`);
  }
  return toShareLink(row, now);
}
