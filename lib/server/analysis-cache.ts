import "server-only";
import { analyzePlan } from "@/lib/core/analyze";
import { boundedCache } from "@/lib/server/bounded-cache";
import { assertRevisionExists } from "@/lib/server/data/assert-revision-exists";
import { getRevisionOrThrow } from "@/lib/server/data/get-revision-or-throw";

/**
 * The serialized analysis of stored revisions. Revisions are immutable, so a revision's analysis
 * never changes; keeping the encoded JSON saves the plan read and parse, the analysis and the
 * serialization on every later read (they were most of a stored-analysis request). What the
 * cache cannot know is whether the project was deleted since, possibly by another instance:
 * every hit is checked against the database first. 500 entries of 10–70 KB at most.
 */
const bodies = boundedCache<Uint8Array<ArrayBuffer>>(500);
const encoder = new TextEncoder();

const keyOf = (projectId: string, number: number) => `${projectId}:${number}`;

/** The `{ analysis }` JSON of a stored revision; 404 (AppError) when the project or the revision does not exist. */
export async function storedAnalysisBody(projectId: string, number: number): Promise<Uint8Array<ArrayBuffer>> {
  const key = keyOf(projectId, number);
  const cached = bodies.get(key);
  if (cached !== undefined) {
    await assertRevisionExists(projectId, number);
    return cached;
  }
  const revision = await getRevisionOrThrow(projectId, number);
  return bodies.get(key) ?? bodies.set(key, encoder.encode(JSON.stringify({ analysis: analyzePlan(revision.plan) })));
}
