import "server-only";
import { analyzePlan } from "@/lib/core/analyze";
import { summarizeChange, type Revisioned } from "@/lib/core/history";
import { AppError } from "@/lib/server/api/app-error";
import type { HistoryEntry } from "@/lib/server/api/history-schemas";
import { getDb } from "@/lib/server/db";
import { HistoryCache } from "@/lib/server/data/history-cache";
import { parseStoredPlan, REVISION_SUMMARY_SELECT, toRevisionSummary } from "@/lib/server/data/records";

type EntrySummary = HistoryEntry["summary"];

/** About 1 KB each: 5,000 summaries stay well under 10 MB. */
const summaries = new HistoryCache<EntrySummary>(5_000);
const PLAN_BATCH = 200;

/**
 * A project's revisions, newest first, each with what changed against the revision before it
 * (summarizeChange: regions added and removed, roles moved, sizing delta, findings opened and
 * resolved, and the one-line summary). Revisions are immutable, so each summary is computed
 * once per process; a listing loads and analyses only the plans of revisions not seen before
 * (and their predecessors).
 */
export async function listRevisionHistory(projectId: string): Promise<HistoryEntry[]> {
  const db = await getDb();
  const project = await db.project.findUnique({
    where: { id: projectId },
    select: { revisions: { select: REVISION_SUMMARY_SELECT, orderBy: { number: "asc" } } },
  });
  if (!project) throw AppError.projectNotFound(projectId);
  const rows = project.revisions;
  const keyOf = (number: number) => `${projectId}:${number}`;
  const missing = rows.flatMap((row, index) => (summaries.get(keyOf(row.number)) ? [] : [{ number: row.number, previous: rows[index - 1]?.number ?? null }]));

  if (missing.length > 0) {
    const needed = [...new Set(missing.flatMap((m) => (m.previous === null ? [m.number] : [m.number, m.previous])))];
    const revisioned = new Map<number, Revisioned>();
    for (let start = 0; start < needed.length; start += PLAN_BATCH) {
      const batch = await db.revision.findMany({ where: { projectId, number: { in: needed.slice(start, start + PLAN_BATCH) } }, select: { number: true, plan: true } });
      for (const { number, plan: text } of batch) {
        const plan = parseStoredPlan(text, `revision ${number} of project "${projectId}"`);
        revisioned.set(number, { plan, analysis: analyzePlan(plan) });
      }
    }
    for (const { number, previous } of missing) {
      const after = revisioned.get(number);
      if (!after) continue;
      summaries.set(keyOf(number), toEntrySummary(summarizeChange(previous === null ? null : (revisioned.get(previous) ?? null), after)));
    }
  }

  return rows
    .map((row) => ({ ...toRevisionSummary(row), summary: summaries.get(keyOf(row.number)) ?? EMPTY }))
    .reverse();
}

const EMPTY: EntrySummary = {
  line: "",
  regionsAdded: [],
  regionsRemoved: [],
  rolesMoved: [],
  sizingDelta: { vcpu: 0, memoryGiB: 0, storageGiB: 0, pods: 0 },
  findingsOpened: [],
  findingsResolved: [],
  changeCount: 0,
};

function toEntrySummary(change: ReturnType<typeof summarizeChange>): EntrySummary {
  return {
    line: change.line,
    regionsAdded: change.regionsAdded,
    regionsRemoved: change.regionsRemoved,
    rolesMoved: change.rolesMoved,
    sizingDelta: change.sizing.delta,
    findingsOpened: change.findingsOpened,
    findingsResolved: change.findingsResolved,
    changeCount: change.changes.length,
  };
}
