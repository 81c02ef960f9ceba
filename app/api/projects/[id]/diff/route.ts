import { ProjectParamsSchema } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";
import { DiffQuerySchema, type RevisionDiff } from "@/lib/server/api/history-schemas";
import { getHistoryDiff } from "@/lib/server/data/get-history-diff";

export const runtime = "nodejs";

// GET /api/projects/:id/diff?from=&to= — plan fields, sizing, findings and bundle files changed between two revisions
export const GET = apiRoute({ params: ProjectParamsSchema, query: DiffQuerySchema, rateLimit: "expensive", share: "deny", access: { project: "viewer" } }, async ({ params, query }) =>
  json({ diff: await getHistoryDiff(params.id, query.from, query.to) } satisfies { diff: RevisionDiff }),
);
