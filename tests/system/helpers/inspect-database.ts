import { createClient } from "@libsql/client";
import { PlanSchema } from "@/lib/schemas/plan";
import type { PostgresServer } from "@/tests/system/helpers/postgres-server";

/**
 * Reads a database the app wrote, bypassing the app, and reports what a crash may have broken:
 * the engine's own integrity checks, the invariants the schema cannot state
 * (Project.latestRevision = max(Revision.number), numbers 1..n without gaps), and whether every
 * stored plan still parses (no half-written revision).
 */

export type StoredRevision = { projectId: string; number: number; basedOn: number; note: string; plan: string };
export type StoredStep = { projectId: string; revisionNumber: number; stepKey: string; isChecked: boolean; note: string };
export type DatabaseReport = {
  /** Problems found; empty when the database is sound. */
  problems: string[];
  revisions: StoredRevision[];
  steps: StoredStep[];
};

type ProjectRow = { id: string; latestRevision: number };

function checkInvariants(projects: ProjectRow[], revisions: StoredRevision[], problems: string[]): void {
  for (const project of projects) {
    const numbers = revisions.filter((r) => r.projectId === project.id).map((r) => r.number).sort((a, b) => a - b);
    const max = numbers.at(-1) ?? 0;
    if (project.latestRevision !== max) problems.push(`project ${project.id}: latestRevision ${project.latestRevision} but max(number) ${max}`);
    if (numbers.some((n, i) => n !== i + 1)) problems.push(`project ${project.id}: revision numbers not 1..n: ${numbers.join(",")}`);
  }
  for (const revision of revisions) {
    if (revision.basedOn !== revision.number - 1) problems.push(`revision ${revision.projectId}#${revision.number} based on ${revision.basedOn}`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(revision.plan);
    } catch {
      problems.push(`revision ${revision.projectId}#${revision.number}: plan is not JSON`);
      continue;
    }
    if (!PlanSchema.safeParse(parsed).success) problems.push(`revision ${revision.projectId}#${revision.number}: plan fails PlanSchema`);
  }
}

export async function inspectSqlite(filePath: string): Promise<DatabaseReport> {
  const client = createClient({ url: `file:${filePath}` });
  const problems: string[] = [];
  try {
    const integrity = (await client.execute("PRAGMA integrity_check")).rows.map((row) => String(row[0]));
    if (integrity.join() !== "ok") problems.push(`integrity_check: ${integrity.join("; ")}`);
    const foreignKeys = (await client.execute("PRAGMA foreign_key_check")).rows;
    if (foreignKeys.length > 0) problems.push(`foreign_key_check: ${foreignKeys.length} rows violate a foreign key`);
    const projects = (await client.execute('SELECT id, "latestRevision" FROM "Project"')).rows.map((r) => ({ id: String(r.id), latestRevision: Number(r.latestRevision) }));
    const revisions = (await client.execute('SELECT "projectId", number, "basedOn", note, plan FROM "Revision"')).rows.map((r) => ({
      projectId: String(r.projectId),
      number: Number(r.number),
      basedOn: Number(r.basedOn),
      note: String(r.note),
      plan: String(r.plan),
    }));
    const steps = (await client.execute('SELECT "projectId", "revisionNumber", "stepKey", "checkedAt", "checkedNote" FROM "RunbookStep"')).rows.map((r) => ({
      projectId: String(r.projectId),
      revisionNumber: Number(r.revisionNumber),
      stepKey: String(r.stepKey),
      isChecked: r.checkedAt !== null,
      note: String(r.checkedNote),
    }));
    checkInvariants(projects, revisions, problems);
    return { problems, revisions, steps };
  } finally {
    client.close();
  }
}

export async function inspectPostgres(server: PostgresServer, schema: string): Promise<DatabaseReport> {
  const problems: string[] = [];
  const q = (table: string) => `"${schema}"."${table}"`;
  // Constraints PostgreSQL itself enforces, checked anyway: a crash must not leave rows that break them.
  const orphans = await server.query(`SELECT count(*)::int AS n FROM ${q("Revision")} r LEFT JOIN ${q("Project")} p ON p.id = r."projectId" WHERE p.id IS NULL`);
  if (orphans.rows[0]?.n !== 0) problems.push(`${orphans.rows[0]?.n} revisions without a project`);
  const duplicates = await server.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${q("Revision")} GROUP BY "projectId", number HAVING count(*) > 1) d`);
  if (duplicates.rows[0]?.n !== 0) problems.push(`${duplicates.rows[0]?.n} duplicated (projectId, number) pairs`);
  const unvalidated = await server.query(`SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $1 AND NOT c.convalidated`, [schema]);
  if (unvalidated.rows.length > 0) problems.push(`constraints not validated: ${unvalidated.rows.map((r) => String(r.conname)).join(", ")}`);

  const projects = (await server.query<ProjectRow>(`SELECT id, "latestRevision" FROM ${q("Project")}`)).rows;
  const revisions = (await server.query<StoredRevision>(`SELECT "projectId", number, "basedOn", note, plan FROM ${q("Revision")}`)).rows;
  const steps = (
    await server.query<{ projectId: string; revisionNumber: number; stepKey: string; checkedAt: Date | null; checkedNote: string }>(
      `SELECT "projectId", "revisionNumber", "stepKey", "checkedAt", "checkedNote" FROM ${q("RunbookStep")}`,
    )
  ).rows.map((r) => ({ projectId: r.projectId, revisionNumber: r.revisionNumber, stepKey: r.stepKey, isChecked: r.checkedAt !== null, note: r.checkedNote }));
  checkInvariants(projects, revisions, problems);
  return { problems, revisions, steps };
}
