import "server-only";
import { AppError } from "@/lib/server/api/app-error";
import { getDb, readRow } from "@/lib/server/db";

/**
 * 404 unless the project and its revision exist; reads no plan, for answers cached by revision.
 * On the hot path of every cached read, so the lookup is one statement on the (projectId, number)
 * unique index, sent to the driver (readRow): through Prisma's model API, which plans each query at run time,
 * the same read served 1.3–2× fewer requests per second (bench/http.ts, docs/operations.md).
 * The project is looked up only to word a miss. Table and column names are the same in both
 * schemas (tests/storage/schema-parity.test.ts).
 */
export async function assertRevisionExists(projectId: string, number: number): Promise<void> {
  const found = await readRow<unknown>`SELECT 1 AS "found" FROM "Revision" WHERE "projectId" = ${projectId} AND "number" = ${number}`;
  if (found !== undefined) return;
  const db = await getDb();
  const project = await db.project.findUnique({ where: { id: projectId }, select: { id: true } });
  if (!project) throw AppError.projectNotFound(projectId);
  throw AppError.revisionNotFound(projectId, number);
}
