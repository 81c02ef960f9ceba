import "server-only";
import { readRow } from "@/lib/server/db";
import { assertRevisionExists } from "@/lib/server/data/assert-revision-exists";

/**
 * 404 unless the project and every one of `numbers` exist; reads no plan. For cached answers
 * about several revisions (a diff): one statement on the (projectId, number) unique index when
 * all exist, which is every hit but the one after a project's deletion; only a miss looks
 * further, one revision at a time, to word the 404 as assertRevisionExists does.
 */
export async function assertRevisionsExist(projectId: string, numbers: readonly number[]): Promise<void> {
  const wanted = [...new Set(numbers)];
  if (wanted.length === 1) return assertRevisionExists(projectId, wanted[0] ?? 0);
  const [first = 0, second = 0] = wanted;
  if (wanted.length === 2) {
    // COUNT comes back as text from PostgreSQL (pg's int8), hence Number.
    const row = await readRow<{ found: number | string }>`SELECT COUNT(*) AS "found" FROM "Revision" WHERE "projectId" = ${projectId} AND ("number" = ${first} OR "number" = ${second})`;
    if (Number(row?.found) === 2) return;
  }
  for (const number of wanted) await assertRevisionExists(projectId, number);
}
