import "server-only";
import type { ShareLink } from "@/lib/server/api/share-schemas";

/** The columns a share link's summary needs; never the token hash, which stays in the database. */
export const SHARE_LINK_SELECT = {
  id: true,
  label: true,
  revisionNumber: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  lastOpenedAt: true,
  openCount: true,
} as const;

export type ShareLinkRow = {
  id: string;
  label: string;
  revisionNumber: number | null;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastOpenedAt: Date | null;
  openCount: number;
};

/** Revoked wins over expired: a revoked link was ended on purpose, whatever its expiry. */
export function shareStatus(row: Pick<ShareLinkRow, "expiresAt" | "revokedAt">, now: Date): ShareLink["status"] {
  if (row.revokedAt !== null) return "revoked";
  if (row.expiresAt !== null && row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

export function toShareLink(row: ShareLinkRow, now: Date = new Date()): ShareLink {
  return {
    id: row.id,
    label: row.label,
    revision: row.revisionNumber,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastOpenedAt: row.lastOpenedAt?.toISOString() ?? null,
    openCount: row.openCount,
    status: shareStatus(row, now),
  };
}
