import "server-only";
import type { Revision } from "@/lib/schemas/api";
import type { Plan } from "@/lib/schemas/plan";
import { AppError } from "@/lib/server/api/app-error";
import { getDb, type Db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/data/audit";
import { assertRevisionQuota } from "@/lib/server/data/quotas";
import { newId, parseStoredPlan, REVISION_SELECT, toRevision } from "@/lib/server/data/records";
import { waiverChanges } from "@/lib/server/data/waiver-changes";

/** `restoredFrom`: the revision whose plan this save restores (recorded as a restore). */
export type SaveRevisionInput = { projectId: string; basedOn: number; plan: Plan; note: string; actor: string; restoredFrom?: number };

async function staleOrMissing(db: Pick<Db, "project">, projectId: string, basedOn: number): Promise<AppError> {
  const current = await db.project.findUnique({ where: { id: projectId }, select: { latestRevision: true } });
  return current ? AppError.staleRevision(basedOn, current.latestRevision) : AppError.projectNotFound(projectId);
}

/**
 * Saves revision `basedOn + 1`, only if the project is still at `basedOn`.
 *
 * One transaction: a compare-and-set on Project.latestRevision, then the insert. Prisma sends the
 * updateMany as one statement (checked in its query log: `UPDATE "Project" SET "latestRevision" =
 * $1, "updatedAt" = $2 WHERE ("id" = $3 AND "latestRevision" = $4)`), not a read followed by a write. Two saves based on the same revision race on that
 * row: PostgreSQL makes the second UPDATE wait for the first and re-check its WHERE clause against
 * the committed row, so it matches nothing; SQLite lets one writer in at a time. The loser gets
 * 409 stale_revision and nothing is written. The unique (projectId, number) index backs this up:
 * should two inserts of one number ever meet, the second fails and is reported the same way.
 */
export async function saveRevision(input: SaveRevisionInput): Promise<Revision> {
  const db = await getDb();
  const { projectId, basedOn } = input;
  assertRevisionQuota(basedOn + 1);
  try {
    const row = await db.$transaction(async (tx) => {
      const { count } = await tx.project.updateMany({
        where: { id: projectId, latestRevision: basedOn },
        data: { latestRevision: basedOn + 1 },
      });
      if (count === 0) throw await staleOrMissing(tx, projectId, basedOn);
      const created = await tx.revision.create({
        data: { id: newId(), projectId, number: basedOn + 1, basedOn, note: input.note, plan: JSON.stringify(input.plan), createdBy: input.actor },
        select: REVISION_SELECT,
      });
      // The audit log: the save (or restore), then each waiver the edit added or withdrew.
      const previous = basedOn === 0 ? null : await tx.revision.findUnique({ where: { projectId_number: { projectId, number: basedOn } }, select: { plan: true } });
      const before = previous ? parseStoredPlan(previous.plan, `revision ${basedOn} of project "${projectId}"`) : null;
      const audit = { projectId, actor: input.actor, revision: basedOn };
      if (input.restoredFrom === undefined) await recordAudit(tx, { ...audit, action: "revision.saved", detail: { number: basedOn + 1, note: input.note } });
      else await recordAudit(tx, { ...audit, action: "revision.restored", detail: { number: basedOn + 1, restoredFrom: input.restoredFrom } });
      for (const change of waiverChanges(before, input.plan)) await recordAudit(tx, { ...audit, action: change.action, detail: { ...change.detail, number: basedOn + 1 } });
      return created;
    });
    return toRevision(projectId, row);
  } catch (error) {
    const isUniqueClash = error instanceof Error && error.name === "PrismaClientKnownRequestError" && (error as { code?: unknown }).code === "P2002";
    if (isUniqueClash) throw await staleOrMissing(db, projectId, basedOn);
    throw error;
  }
}
