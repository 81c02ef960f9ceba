import "server-only";
import { AppError } from "@/lib/server/api/app-error";
import { getDb } from "@/lib/server/db";
import { getShareAccessOrThrow, type ShareAccess } from "@/lib/server/data/get-share-access-or-throw";

/**
 * Counts one open of a share link (the /share page calls this once per view): lastOpenedAt =
 * now, openCount + 1, in one UPDATE so concurrent opens all count. The update repeats the
 * validity conditions, so a link revoked between the check and the count is refused, not counted.
 * The API's reads through the link (analysis, runbook, bundle) are parts of a view, not opens.
 */
export async function openShareLink(token: unknown, now: Date = new Date()): Promise<ShareAccess> {
  const access = await getShareAccessOrThrow(token, now);
  const db = await getDb();
  const { count } = await db.shareLink.updateMany({
    where: { id: access.linkId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    data: { lastOpenedAt: now, openCount: { increment: 1 } },
  });
  if (count === 0) throw AppError.shareLinkInvalid();
  return access;
}
