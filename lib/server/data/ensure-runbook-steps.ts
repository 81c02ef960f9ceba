import "server-only";
import type { Runbook, StepState } from "@/lib/core/runbook";
import { getDb, type Db } from "@/lib/server/db";
import { newId } from "@/lib/server/data/records";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type WantedStep = { key: string; section: string; position: number; hash: string };
type StoredRow = { stepKey: string; contentHash: string; checkedAt: Date | null; checkedNote: string; changedSinceCheck: boolean; checkedBy: string };

const ROW_SELECT = { stepKey: true, contentHash: true, checkedAt: true, checkedNote: true, changedSinceCheck: true, checkedBy: true } as const;
const ATTEMPTS = 4;
/** Generous limits: a 12-region runbook stores about 110 rows, and other writers may queue ahead. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

const wantedSteps = (runbook: Runbook): WantedStep[] =>
  runbook.sections.flatMap((section) => section.steps.map((step, position) => ({ key: step.key, section: section.id, position, hash: step.hash })));

export const toStepState = (row: StoredRow): StepState => ({
  checkedAt: row.checkedAt?.toISOString() ?? null,
  note: row.checkedNote,
  changedSinceCheck: row.changedSinceCheck,
  // Only a checked step has a checker; an unchecked row keeps "" (set-runbook-step clears it).
  checkedBy: row.checkedAt ? row.checkedBy : "",
});

/**
 * The first state of a step new to this revision, from the project's previous stored runbook:
 * the same content carries its check-off over; changed content that had been checked (or was
 * already flagged and not re-checked) starts unchecked and flagged; anything else starts clean.
 */
function carriedOver(step: WantedStep, previous: StoredRow | undefined) {
  if (!previous) return { checkedAt: null, checkedNote: "", changedSinceCheck: false, checkedBy: "" };
  // A carried-over check-off keeps who made it: the step was done once, by that person.
  if (previous.contentHash === step.hash)
    return { checkedAt: previous.checkedAt, checkedNote: previous.checkedNote, changedSinceCheck: previous.changedSinceCheck, checkedBy: previous.checkedBy };
  return { checkedAt: null, checkedNote: "", changedSinceCheck: previous.checkedAt !== null || previous.changedSinceCheck, checkedBy: "" };
}

/**
 * Worth another try: a unique clash (a concurrent first request stored the same steps), a
 * write conflict or deadlock (P2034), SQLite still busy after its timeout, or a transaction
 * that timed out waiting its turn (P1008, P2028) on a loaded machine.
 */
const RETRYABLE_CODES = new Set(["P2002", "P2034", "P1008", "P2028"]);

function isRetryable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : "";
  if ((typeof code === "string" && (RETRYABLE_CODES.has(code) || code.startsWith("SQLITE_BUSY"))) || /SQLITE_BUSY|database is locked/i.test(message)) return true;
  return "cause" in error && isRetryable((error as { cause: unknown }).cause, depth + 1);
}

async function storeMissing(tx: Tx, projectId: string, revisionNumber: number, wanted: WantedStep[]): Promise<StoredRow[]> {
  // Write first: on SQLite any UPDATE takes the write lock, even when it matches no row, so a
  // concurrent first request waits here (busy timeout) instead of reading a snapshot it could
  // not upgrade later. On PostgreSQL it is a no-op; the unique index settles races there.
  await tx.runbookStep.updateMany({ where: { projectId, revisionNumber: -1 }, data: { position: 0 } });
  const existing = await tx.runbookStep.findMany({ where: { projectId, revisionNumber }, select: ROW_SELECT });
  const byKey = new Map(existing.map((row) => [row.stepKey, row]));
  const missing = wanted.filter((s) => !byKey.has(s.key));
  if (missing.length > 0) {
    const previousRevision = await tx.runbookStep.findFirst({
      where: { projectId, revisionNumber: { lt: revisionNumber } },
      orderBy: { revisionNumber: "desc" },
      select: { revisionNumber: true },
    });
    const previousRows = previousRevision
      ? await tx.runbookStep.findMany({
          where: { projectId, revisionNumber: previousRevision.revisionNumber, stepKey: { in: missing.map((s) => s.key) } },
          select: ROW_SELECT,
        })
      : [];
    const previous = new Map(previousRows.map((row) => [row.stepKey, row]));
    await tx.runbookStep.createMany({
      data: missing.map((s) => ({
        id: newId(),
        projectId,
        revisionNumber,
        stepKey: s.key,
        section: s.section,
        position: s.position,
        contentHash: s.hash,
        ...carriedOver(s, previous.get(s.key)),
      })),
    });
  }
  // A stored step whose content differs within the same revision (the generator changed between
  // app versions): same rule as across revisions.
  for (const s of wanted) {
    const row = byKey.get(s.key);
    if (!row || row.contentHash === s.hash) continue;
    const isChecked = row.checkedAt !== null;
    await tx.runbookStep.update({
      where: { projectId_revisionNumber_stepKey: { projectId, revisionNumber, stepKey: s.key } },
      data: { contentHash: s.hash, ...(isChecked ? { checkedAt: null, checkedNote: "", changedSinceCheck: true, checkedBy: "" } : {}) },
    });
  }
  return tx.runbookStep.findMany({ where: { projectId, revisionNumber }, select: ROW_SELECT });
}

/**
 * Makes sure every step of `runbook` is stored for the project's revision and returns the stored
 * states by step key. Already-stored, unchanged steps cost one read. The first request for a
 * revision (or for a new update target) stores the missing steps in one transaction, carrying
 * check-offs over from the highest stored revision below; concurrent first requests cannot
 * duplicate rows (unique projectId + revisionNumber + stepKey), and the loser retries and finds
 * the winner's rows.
 */
export async function ensureRunbookSteps(projectId: string, revisionNumber: number, runbook: Runbook): Promise<Map<string, StepState>> {
  const db = await getDb();
  const wanted = wantedSteps(runbook);
  const rows = await db.runbookStep.findMany({ where: { projectId, revisionNumber }, select: ROW_SELECT });
  const byKey = new Map(rows.map((row) => [row.stepKey, row]));
  const isComplete = wanted.every((s) => byKey.get(s.key)?.contentHash === s.hash);
  if (isComplete) return new Map(rows.map((row) => [row.stepKey, toStepState(row)]));
  for (let attempt = 1; ; attempt++) {
    try {
      const stored = await db.$transaction((tx) => storeMissing(tx, projectId, revisionNumber, wanted), TRANSACTION_OPTIONS);
      return new Map(stored.map((row) => [row.stepKey, toStepState(row)]));
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}
