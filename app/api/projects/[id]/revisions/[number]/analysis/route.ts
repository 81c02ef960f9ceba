import { RevisionParamsSchema } from "@/lib/schemas/api";
import { analysisBody, cachedAnalysisBody } from "@/lib/server/analysis-cache";
import { apiRoute, jsonText } from "@/lib/server/api/handler";
import { assertRevisionExists } from "@/lib/server/data/assert-revision-exists";
import { getRevisionOrThrow } from "@/lib/server/data/get-revision-or-throw";

export const runtime = "nodejs";

// GET /api/projects/:id/revisions/:number/analysis — sizing, latency, failures and findings of a revision
export const GET = apiRoute({ params: RevisionParamsSchema }, async ({ params }) => {
  const cached = cachedAnalysisBody(params.id, params.number);
  if (cached !== undefined) {
    await assertRevisionExists(params.id, params.number);
    return jsonText(cached);
  }
  const revision = await getRevisionOrThrow(params.id, params.number);
  return jsonText(analysisBody(params.id, params.number, revision.plan));
});
