import "server-only";
import type { Revision } from "@/lib/schemas/api";
import { getRevisionOrThrow } from "@/lib/server/data/get-revision-or-throw";
import { saveRevision } from "@/lib/server/data/save-revision";

export type RestoreRevisionInput = { projectId: string; number: number; basedOn: number; actor: string };

/**
 * Restores an old revision by saving its plan as a NEW revision (basedOn + 1) with the note
 * "Restored from revision N". Nothing is overwritten: history only grows. The save is the usual
 * compare-and-set, so a `basedOn` that is no longer the latest revision is refused with 409
 * stale_revision and nothing is stored; an unknown revision is 404.
 */
export async function restoreRevision(input: RestoreRevisionInput): Promise<Revision> {
  const old = await getRevisionOrThrow(input.projectId, input.number);
  return saveRevision({ projectId: input.projectId, basedOn: input.basedOn, plan: old.plan, note: `Restored from revision ${input.number}`, actor: input.actor, restoredFrom: input.number });
}
