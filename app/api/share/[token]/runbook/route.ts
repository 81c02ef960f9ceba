import { withoutCheckers } from "@/lib/core/runbook";
import { apiRoute, json } from "@/lib/server/api/handler";
import { ShareTokenParamsSchema } from "@/lib/server/api/share-schemas";
import { getRunbook } from "@/lib/server/data/get-runbook";
import { getShareAccessOrThrow } from "@/lib/server/data/get-share-access-or-throw";
import { sharedRevisionNumber } from "@/lib/server/data/get-shared-plan";

export const runtime = "nodejs";

// GET /api/share/:token/runbook — the shared revision's runbook with its check-off progress, to read
export const GET = apiRoute({ params: ShareTokenParamsSchema, share: "path", rateLimit: "expensive", access: "public" }, async ({ params }) => {
  const access = await getShareAccessOrThrow(params.token);
  // Who checked a step off is a member's name: it stays inside the team (issue 11), the progress does not.
  return json({ runbook: withoutCheckers(await getRunbook(access.projectId, { revision: await sharedRevisionNumber(access) })) });
});
