import { ProjectParamsSchema, SaveRevisionBodySchema, type Revision, type RevisionSummary } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";
import { listRevisions } from "@/lib/server/data/list-revisions";
import { saveRevision } from "@/lib/server/data/save-revision";

export const runtime = "nodejs";

// GET /api/projects/:id/revisions — the project's revisions, newest first, without plans
export const GET = apiRoute({ params: ProjectParamsSchema, share: "deny", access: { project: "viewer" } }, async ({ params }) =>
  json({ revisions: await listRevisions(params.id) } satisfies { revisions: RevisionSummary[] }),
);

// POST /api/projects/:id/revisions — save a new revision based on the latest one (409 when stale)
export const POST = apiRoute({ params: ProjectParamsSchema, body: SaveRevisionBodySchema, access: { project: "editor" } }, async ({ params, body, actor }) =>
  json({ revision: await saveRevision({ projectId: params.id, ...body, actor }) } satisfies { revision: Revision }, 201),
);
