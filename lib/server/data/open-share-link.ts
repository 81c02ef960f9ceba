import "server-only";
import { AppError } from "@/lib/server/api/app-error";
import { getDb } from "@/lib/server/db";
import { getShareAccessOrThrow, type ShareAccess } from "@/lib/server/data/get-share-access-or-throw";

/**
 * Counts one open of a valid link: lastOpenedAt = now, openCount + 1, in one UPDATE so
 * concurrent opens all count. The update repeats the validity conditions, so a link revoked
 * after the check is not counted; answers whether the open was counted. The /share page calls
 * this after its answer has gone out (Next's `after`), so a view never waits for the write.
 * The API's reads through the link (plan, analysis, runbook, bundle) are parts of a view, not opens.
 */
export async function countShareOpen(access: ShareAccess, now: Date = new Date()): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.shareLink.updateMany({
    where: { id: access.linkId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    data: { lastOpenedAt: now, openCount: { increment: 1 } },
  });
  return count > 0;
}

/** Checks a token and counts the open in one go (404 for a link that is not valid, or stopped being valid meanwhile). */
export async function openShareLink(token: unknown, now: Date = new Date()): Promise<ShareAccess> {
  const access = await getShareAccessOrThrow(token, now);
  if (!(await countShareOpen(access, now))) throw AppError.shareLinkInvalid();
  return access;
}
