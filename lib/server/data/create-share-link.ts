import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/server/api/app-error";
import type { CreateShareBodySchema, CreateShareResponse } from "@/lib/server/api/share-schemas";
import { getDb } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/data/audit";
import { newId } from "@/lib/server/data/records";
import { SHARE_LINK_SELECT, toShareLink } from "@/lib/server/data/share-records";
import { createShareToken } from "@/lib/server/share";

export type CreateShareLinkInput = { projectId: string; actor: string } & z.output<typeof CreateShareBodySchema>;

const HOUR_MS = 3_600_000;

/**
 * A new share link for a project: pinned to `revision`, or following the latest revision when
 * it is null. The token is returned here and nowhere else; the row keeps only its SHA-256. 404
 * for an unknown project; 422 when the pinned revision does not exist or the project has no
 * saved revision to show yet.
 */
export async function createShareLink(input: CreateShareLinkInput, now: Date = new Date()): Promise<CreateShareResponse> {
  const db = await getDb();
  const project = await db.project.findUnique({ where: { id: input.projectId }, select: { latestRevision: true } });
  if (!project) throw AppError.projectNotFound(input.projectId);
  if (input.revision === null && project.latestRevision === 0)
    throw invalidRevision("", "The project has no saved revision yet: save the plan before sharing it.");
  if (input.revision !== null && input.revision > project.latestRevision)
    throw invalidRevision("revision", `The project has no revision ${input.revision} (its latest is ${project.latestRevision}).`);

  const { token, hash } = createShareToken();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.shareLink.create({
    data: {
      id: newId(),
      projectId: input.projectId,
      tokenHash: hash,
      label: input.label,
      revisionNumber: input.revision,
      expiresAt: input.expiresInHours === null ? null : new Date(now.getTime() + input.expiresInHours * HOUR_MS),
      createdAt: now,
      createdBy: input.actor,
    },
    select: SHARE_LINK_SELECT,
  });
    await recordAudit(tx, {
      projectId: input.projectId,
      actor: input.actor,
      action: "share.created",
      revision: input.revision ?? project.latestRevision,
      detail: { shareId: created.id, label: input.label, pinned: input.revision !== null, expiresInHours: input.expiresInHours },
    });
    return created;
  });
  return { share: toShareLink(row, now), token, path: `/share/${token}` };
}

function invalidRevision(path: string, message: string): AppError {
  return new AppError("validation_failed", 422, "Some fields are not valid; see issues.", { issues: [{ path, message }] });
}
