import type { Revision } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";
import { RestoreBodySchema, RestoreParamsSchema } from "@/lib/server/api/history-schemas";
import { restoreRevision } from "@/lib/server/data/restore-revision";

export const runtime = "nodejs";

// POST /api/projects/:id/revisions/:number/restore — save revision :number's plan as a new revision (409 when basedOn is stale)
export const POST = apiRoute({ params: RestoreParamsSchema, body: RestoreBodySchema, access: { project: "editor" } }, async ({ params, body, actor }) =>
  json({ revision: await restoreRevision({ projectId: params.id, number: params.number, basedOn: body.basedOn, actor }) } satisfies { revision: Revision }, 201),
);
