import { analyzePlan } from "@/lib/core/analyze";
import type { AnalysisResponse } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";
import { ShareTokenParamsSchema } from "@/lib/server/api/share-schemas";
import { getShareAccessOrThrow } from "@/lib/server/data/get-share-access-or-throw";
import { sharedRevisionNumber } from "@/lib/server/data/get-shared-plan";
import { getRevisionOrThrow } from "@/lib/server/data/get-revision-or-throw";

export const runtime = "nodejs";

// GET /api/share/:token/analysis — sizing, latency, failure scenarios and findings (with waivers) of the shared revision
export const GET = apiRoute({ params: ShareTokenParamsSchema, share: "path" }, async ({ params }) => {
  const access = await getShareAccessOrThrow(params.token);
  const revision = await getRevisionOrThrow(access.projectId, await sharedRevisionNumber(access));
  return json({ analysis: analyzePlan(revision.plan) } satisfies AnalysisResponse);
});
