import { apiRoute } from "@/lib/server/api/handler";
import { ShareTokenParamsSchema } from "@/lib/server/api/share-schemas";
import { getShareAccessOrThrow } from "@/lib/server/data/get-share-access-or-throw";
import { sharedPlanBody } from "@/lib/server/data/get-shared-plan";
import { encodedResponse, JSON_NO_STORE } from "@/lib/server/http/encoded-response";

export const runtime = "nodejs";

// GET /api/share/:token — the shared revision with its plan, the project's name and the link's label and scope (404 when the link is not valid)
// (the `{ share: SharedPlan }` body, encoded once and served as stored bytes after the token's check; ETag, 304 on If-None-Match)
export const GET = apiRoute({ params: ShareTokenParamsSchema, share: "path", rateLimit: "expensive", access: "public" }, async ({ request, params }) =>
  encodedResponse(request, await sharedPlanBody(await getShareAccessOrThrow(params.token)), JSON_NO_STORE),
);
