import { RunbookQuerySchema } from "@/lib/core/runbook/api-schema";
import { ProjectParamsSchema } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";
import { getRunbook } from "@/lib/server/data/get-runbook";

export const runtime = "nodejs";

// GET /api/projects/:id/runbook?revision=&targetVersion= — a revision's runbook with its progress (stores the steps on first request)
export const GET = apiRoute({ params: ProjectParamsSchema, query: RunbookQuerySchema, access: { project: "viewer" } }, async ({ params, query }) => {
  return json({ runbook: await getRunbook(params.id, query) });
});
