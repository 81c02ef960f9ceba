import { RevisionParamsSchema, type Revision } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";
import { getRevisionOrThrow } from "@/lib/server/data/get-revision-or-throw";

export const runtime = "nodejs";

// GET /api/projects/:id/revisions/:number — one revision with its plan
export const GET = apiRoute({ params: RevisionParamsSchema, access: { project: "viewer" } }, async ({ params }) =>
  json({ revision: await getRevisionOrThrow(params.id, params.number) } satisfies { revision: Revision }),
);
