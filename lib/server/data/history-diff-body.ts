import "server-only";
import { assertRevisionsExist } from "@/lib/server/data/assert-revisions-exist";
import { getHistoryDiff } from "@/lib/server/data/get-history-diff";
import { encodedBody, encodedBodyCache, type EncodedBody } from "@/lib/server/http/encoded-body-cache";

/**
 * The `{ diff }` answer of GET /api/projects/:id/diff, encoded once per (project, from, to).
 * Both revisions are immutable, summaries included, so the bytes never change; a hit costs one
 * indexed existence query instead of reading and parsing both stored plans and encoding the
 * diff again (issue 12: a cached diff is to cost about what a constant route costs). The
 * project role is checked by the route wrapper on every request, before this runs.
 * A 12-region diff with its bundle files line by line is about 830 KB. Bound: 16 MiB of bodies,
 * least recently used out first.
 */
const bodies = encodedBodyCache(16 * 1024 * 1024);

export async function historyDiffBody(projectId: string, from: number, to: number): Promise<EncodedBody> {
  const key = `${projectId}:${from}:${to}`;
  const cached = bodies.get(key);
  if (cached) {
    // A project deleted since (perhaps by another instance) must answer 404, not its cached diff.
    await assertRevisionsExist(projectId, [from, to]);
    return cached;
  }
  return bodies.set(key, encodedBody(JSON.stringify({ diff: await getHistoryDiff(projectId, from, to) })));
}
