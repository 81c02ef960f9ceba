import "server-only";
import { AppError } from "@/lib/server/api/app-error";
import { readRow } from "@/lib/server/db";
import { getRevisionOrThrow } from "@/lib/server/data/get-revision-or-throw";
import { revisionBundle } from "@/lib/server/revision-bundle-cache";

/**
 * The bundle of one stored revision, shared by the zip and the file-list routes: built once per
 * revision (lib/server/revision-bundle-cache.ts), while the project (its current name, and
 * whether it still exists, perhaps deleted by another instance) and the revision are looked up on
 * every request, so a deleted project answers 404 and a rename shows in the file name.
 *
 * Both in one indexed statement, sent to the driver like assertRevisionExists (readRow) (a cached download is
 * to cost about what a constant route costs, issue 12; each Prisma model query is a round trip
 * and a query plan of its own). Table and column names are the same in both schemas
 * (tests/storage/schema-parity.test.ts); COUNT comes back as text from PostgreSQL (pg's int8), hence Number.
 */
export async function loadBundle(projectId: string, number: number) {
  const project = await readRow<{ name: string; found: number | string }>`SELECT p."name" AS "name", (SELECT COUNT(*) FROM "Revision" r WHERE r."projectId" = p."id" AND r."number" = ${number}) AS "found" FROM "Project" p WHERE p."id" = ${projectId}`;
  if (!project) throw AppError.projectNotFound(projectId);
  if (Number(project.found) === 0) throw AppError.revisionNotFound(projectId, number);
  const bundle = await revisionBundle(projectId, number, async () => (await getRevisionOrThrow(projectId, number)).plan);
  return { projectName: project.name, ...bundle };
}
