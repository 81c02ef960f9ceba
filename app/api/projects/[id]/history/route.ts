import { ProjectParamsSchema } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";
import type { HistoryEntry } from "@/lib/server/api/history-schemas";
import { listRevisionHistory } from "@/lib/server/data/list-revision-history";

export const runtime = "nodejs";

// GET /api/projects/:id/history — revisions newest first, each summarised against the one before
export const GET = apiRoute({ params: ProjectParamsSchema, share: "deny", access: { project: "viewer" } }, async ({ params }) =>
  json({ history: await listRevisionHistory(params.id) } satisfies { history: HistoryEntry[] }),
);
