import "server-only";
import { AppError } from "@/lib/server/api/app-error";
import { getDb } from "@/lib/server/db";
import { hashShareToken, isWellFormedShareToken, safeEqualHash } from "@/lib/server/share";

/** What a valid share token grants: one project, or one revision of it (revisionNumber). */
export type ShareAccess = { linkId: string; projectId: string; revisionNumber: number | null; label: string; expiresAt: Date | null; latestRevision: number };

const ACCESS_SELECT = { id: true, projectId: true, tokenHash: true, revisionNumber: true, label: true, expiresAt: true, revokedAt: true, project: { select: { latestRevision: true } } } as const;

/**
 * The access a share token grants, or the one "not valid" error (404) for a malformed, unknown,
 * revoked or expired token, so nobody can tell those cases apart. A malformed token is refused
 * before any query. The row is found by the token's SHA-256 (unique index) and the stored hash
 * compared again in constant time, so the check does not depend on how the database compares.
 */
export async function getShareAccessOrThrow(token: unknown, now: Date = new Date()): Promise<ShareAccess> {
  if (!isWellFormedShareToken(token)) throw AppError.shareLinkInvalid();
  const hash = hashShareToken(token);
  const db = await getDb();
  const row = await db.shareLink.findUnique({ where: { tokenHash: hash }, select: ACCESS_SELECT });
  if (!row || !safeEqualHash(row.tokenHash, hash)) throw AppError.shareLinkInvalid();
  if (row.revokedAt !== null || (row.expiresAt !== null && row.expiresAt.getTime() <= now.getTime())) throw AppError.shareLinkInvalid();
  return { linkId: row.id, projectId: row.projectId, revisionNumber: row.revisionNumber, label: row.label, expiresAt: row.expiresAt, latestRevision: row.project.latestRevision };
}
