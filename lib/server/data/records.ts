import "server-only";
import { randomBytes } from "node:crypto";
import type { Project, Revision, RevisionSummary } from "@/lib/schemas/api";
import { PlanSchema, type Plan } from "@/lib/schemas/plan";
import { AppError } from "@/lib/server/api/app-error";

/**
 * The columns the API reads, and the conversions from rows to the contract's JSON shapes
 * (dates as ISO strings, the plan parsed back from its JSON text).
 */
export const PROJECT_SELECT = { id: true, name: true, createdAt: true, updatedAt: true, latestRevision: true } as const;
export const REVISION_SUMMARY_SELECT = { number: true, basedOn: true, note: true, createdAt: true, createdBy: true } as const;
export const REVISION_SELECT = { ...REVISION_SUMMARY_SELECT, plan: true } as const;

export type ProjectRow = { id: string; name: string; createdAt: Date; updatedAt: Date; latestRevision: number };
export type RevisionSummaryRow = { number: number; basedOn: number; note: string; createdAt: Date; createdBy: string };
export type RevisionRow = RevisionSummaryRow & { plan: string };

/** URL-safe random id: 16 characters, 96 bits. */
export function newId(): string {
  return randomBytes(12).toString("base64url");
}

/**
 * A stored plan, checked against today's schema. Plans were validated when saved, so a failure
 * here means the schema or the region catalog changed underneath them: a server-side problem.
 */
export function parseStoredPlan(text: string, where: string): Plan {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new AppError("stored_plan_invalid", 500, `The stored plan of ${where} could not be read.`, { cause: error });
  }
  const result = PlanSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new AppError("stored_plan_invalid", 500, `The stored plan of ${where} no longer passes the plan schema.`, { cause: result.error });
}

export function toRevisionSummary(row: RevisionSummaryRow): RevisionSummary {
  return { number: row.number, basedOn: row.basedOn, note: row.note, createdAt: row.createdAt.toISOString(), createdBy: row.createdBy };
}

export function toRevision(projectId: string, row: RevisionRow): Revision {
  return { ...toRevisionSummary(row), plan: parseStoredPlan(row.plan, `revision ${row.number} of project "${projectId}"`) };
}

export function toProject(row: ProjectRow, latest: RevisionRow | undefined): Project {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    latestRevision: row.latestRevision,
    latest: latest ? toRevision(row.id, latest) : null,
  };
}
