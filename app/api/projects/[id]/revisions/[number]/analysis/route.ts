import { analyzePlan } from "@/lib/core/analyze";
import { RevisionParamsSchema, type AnalysisResponse } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";
import { getRevisionOrThrow } from "@/lib/server/data/get-revision-or-throw";

export const runtime = "nodejs";

// GET /api/projects/:id/revisions/:number/analysis — sizing, latency, failures and findings of a revision
export const GET = apiRoute({ params: RevisionParamsSchema }, async ({ params }) => {
  const revision = await getRevisionOrThrow(params.id, params.number);
  return json({ analysis: analyzePlan(revision.plan) } satisfies AnalysisResponse);
});
