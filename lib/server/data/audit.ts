import "server-only";
import { AppError } from "@/lib/server/api/app-error";
import type { Db } from "@/lib/server/db";
import { getDb } from "@/lib/server/db";
import { randomBytes } from "node:crypto";
import type { AuditAction, AuditEntry } from "@/lib/server/api/team-schemas";

/**
 * The per-project audit log. Append-only by construction: this module only inserts and lists;
 * no route updates or deletes an entry, and rows go only with their project (ON DELETE CASCADE).
 * Callers write the entry in the same transaction as the change it records, so a change that
 * rolls back leaves no entry and a recorded change always has one.
 */

type Writer = Pick<Db, "auditEntry">;
type Detail = Record<string, string | number | boolean | null>;

export type AuditInput = { projectId: string; actor: string; action: AuditAction; revision?: number | null; detail?: Detail };

let sequence = 0;

/**
 * Ids that sort in the order entries were written: the time in milliseconds, then a counter
 * for entries of the same millisecond in this process, then randomness against other instances.
 */
function auditId(now: Date): string {
  sequence = (sequence + 1) % 36 ** 4;
  return `${now.getTime().toString(36).padStart(10, "0")}${sequence.toString(36).padStart(4, "0")}${randomBytes(6).toString("base64url")}`;
}

export async function recordAudit(tx: Writer, input: AuditInput): Promise<void> {
  const now = new Date();
  await tx.auditEntry.create({
    data: {
      id: auditId(now),
      at: now,
      projectId: input.projectId,
      actor: input.actor,
      action: input.action,
      revisionNumber: input.revision ?? null,
      detail: JSON.stringify(input.detail ?? {}),
    },
  });
}

function parseDetail(text: string): Detail {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Detail) : {};
  } catch {
    return {};
  }
}

/** Every entry of a project, oldest first (404 for an unknown project). */
export async function listAudit(projectId: string): Promise<AuditEntry[]> {
  const db = await getDb();
  const project = await db.project.findUnique({ where: { id: projectId }, select: { id: true } });
  if (!project) throw AppError.projectNotFound(projectId);
  const rows = await db.auditEntry.findMany({ where: { projectId }, orderBy: { id: "asc" } });
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actor,
    action: row.action,
    revision: row.revisionNumber,
    detail: parseDetail(row.detail),
  }));
}
