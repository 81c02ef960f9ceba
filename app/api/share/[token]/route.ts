import { apiRoute, json } from "@/lib/server/api/handler";
import { ShareTokenParamsSchema, type SharedPlan } from "@/lib/server/api/share-schemas";
import { getShareAccessOrThrow } from "@/lib/server/data/get-share-access-or-throw";
import { getSharedPlan } from "@/lib/server/data/get-shared-plan";

export const runtime = "nodejs";

// GET /api/share/:token — the shared revision with its plan, the project's name and the link's label and scope (404 when the link is not valid)
export const GET = apiRoute({ params: ShareTokenParamsSchema, share: "path", rateLimit: "expensive", access: "public" }, async ({ params }) =>
  json({ share: await getSharedPlan(await getShareAccessOrThrow(params.token)) } satisfies { share: SharedPlan }),
);
