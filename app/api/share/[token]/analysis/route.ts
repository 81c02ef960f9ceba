import { storedAnalysisBody } from "@/lib/server/analysis-cache";
import { apiRoute, jsonText } from "@/lib/server/api/handler";
import { ShareTokenParamsSchema } from "@/lib/server/api/share-schemas";
import { getShareAccessOrThrow } from "@/lib/server/data/get-share-access-or-throw";
import { sharedRevisionNumber } from "@/lib/server/data/get-shared-plan";

export const runtime = "nodejs";

// GET /api/share/:token/analysis — sizing, latency, failure scenarios and findings (with waivers) of the shared revision
export const GET = apiRoute({ params: ShareTokenParamsSchema, share: "path", rateLimit: "expensive", access: "public" }, async ({ params }) => {
  const access = await getShareAccessOrThrow(params.token);
  return jsonText(await storedAnalysisBody(access.projectId, await sharedRevisionNumber(access)));
});
