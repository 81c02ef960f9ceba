import "server-only";
import { parseVersion, type StepView } from "@/lib/core/runbook";
import { AppError } from "@/lib/server/api/app-error";
import { getDb } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/data/audit";
import { ensureRunbookSteps, toStepState } from "@/lib/server/data/ensure-runbook-steps";
import { buildRevisionRunbook, type RunbookTargets } from "@/lib/server/data/get-runbook";

export type SetStepInput = { projectId: string; revision: number; stepKey: string; done: boolean; note?: string | undefined; actor: string };

/**
 * Keys of the two upgrade sections end in "@<target version>"; their runbook is built for that
 * target: a CockroachDB version for "cockroach-upgrade." keys, a Teleport version otherwise.
 */
function targetsOf(stepKey: string): RunbookTargets {
  const at = stepKey.lastIndexOf("@");
  const version = at === -1 ? undefined : stepKey.slice(at + 1);
  if (version === undefined || !parseVersion(version)) return {};
  return stepKey.startsWith("cockroach-upgrade.") ? { cockroachTargetVersion: version } : { targetVersion: version };
}

/**
 * Checks a step off (checkedAt = now, the flag "changed since checked" cleared) or undoes it
 * (checkedAt = null). The note is replaced by the one sent, or emptied. 404 for an unknown
 * project, revision or step. The steps are stored first if this revision's runbook never was.
 */
export async function setRunbookStep(input: SetStepInput): Promise<StepView> {
  const { projectId, revision, stepKey } = input;
  const runbook = await buildRevisionRunbook(projectId, revision, targetsOf(stepKey));
  const step = runbook.sections.flatMap((s) => s.steps).find((s) => s.key === stepKey);
  if (!step) throw new AppError("not_found", 404, `Revision ${revision}'s runbook has no step "${stepKey}".`);
  await ensureRunbookSteps(projectId, revision, runbook);
  const db = await getDb();
  const row = await db.$transaction(async (tx) => {
    const updated = await tx.runbookStep.update({
      where: { projectId_revisionNumber_stepKey: { projectId, revisionNumber: revision, stepKey } },
      data: input.done
        ? { checkedAt: new Date(), checkedNote: input.note ?? "", changedSinceCheck: false, checkedBy: input.actor }
        : { checkedAt: null, checkedNote: input.note ?? "", checkedBy: "" },
      select: { stepKey: true, contentHash: true, checkedAt: true, checkedNote: true, changedSinceCheck: true, checkedBy: true },
    });
    await recordAudit(tx, { projectId, actor: input.actor, action: input.done ? "runbook.step.checked" : "runbook.step.unchecked", revision, detail: { stepKey, note: input.note ?? "" } });
    return updated;
  });
  return { ...step, ...toStepState(row) };
}
