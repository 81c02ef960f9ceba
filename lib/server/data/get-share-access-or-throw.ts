import "server-only";
import { AppError } from "@/lib/server/api/app-error";
import { readRow } from "@/lib/server/db";
import { hashShareToken, isWellFormedShareToken, safeEqualHash } from "@/lib/server/share";

/**
 * What a valid share token grants: one project, or one revision of it (revisionNumber), with the
 * project's current name and latest revision as read in the same statement.
 */
export type ShareAccess = { linkId: string; projectId: string; revisionNumber: number | null; label: string; expiresAt: Date | null; latestRevision: number; projectName: string };

type AccessRow = {
  id: string;
  projectId: string;
  tokenHash: string;
  revisionNumber: number | bigint | null;
  label: string;
  expiresAt: Date | string | number | bigint | null;
  revokedAt: Date | string | number | bigint | null;
  projectName: string;
  latestRevision: number | bigint;
};

/** A DateTime column as raw SQL returns it (a Date from PostgreSQL, read as UTC by hot-read.ts; SQLite text or epoch milliseconds). */
function toDate(value: AccessRow["expiresAt"]): Date | null {
  if (value === null) return null;
  if (value instanceof Date) return value;
  return new Date(typeof value === "bigint" ? Number(value) : value);
}

/**
 * The access a share token grants, or the one "not valid" error (404) for a malformed, unknown,
 * revoked or expired token, so nobody can tell those cases apart. A malformed token is refused
 * before any query. The row is found by the token's SHA-256 (unique index) and the stored hash
 * compared again in constant time, so the check does not depend on how the database compares.
 *
 * Read on every request through a link, cached answer or not (a revoked link is refused at
 * once, on every instance), so it is one statement joining the project, sent to the driver
 * (readRow, without Prisma's per-call query compilation): through
 * Prisma's model API the relation was a second query, and the share page's plan read a third
 * (issue 12). Names are the same in both schemas (tests/storage/schema-parity.test.ts).
 */
export async function getShareAccessOrThrow(token: unknown, now: Date = new Date()): Promise<ShareAccess> {
  if (!isWellFormedShareToken(token)) throw AppError.shareLinkInvalid();
  const hash = hashShareToken(token);
  const row = await readRow<AccessRow>`SELECT s."id", s."projectId", s."tokenHash", s."revisionNumber", s."label", s."expiresAt", s."revokedAt", p."name" AS "projectName", p."latestRevision" FROM "ShareLink" s JOIN "Project" p ON p."id" = s."projectId" WHERE s."tokenHash" = ${hash}`;
  if (!row || !safeEqualHash(row.tokenHash, hash)) throw AppError.shareLinkInvalid();
  const expiresAt = toDate(row.expiresAt);
  if (row.revokedAt !== null || (expiresAt !== null && expiresAt.getTime() <= now.getTime())) throw AppError.shareLinkInvalid();
  return {
    linkId: row.id,
    projectId: row.projectId,
    revisionNumber: row.revisionNumber === null ? null : Number(row.revisionNumber),
    label: row.label,
    expiresAt,
    latestRevision: Number(row.latestRevision),
    projectName: row.projectName,
  };
}
