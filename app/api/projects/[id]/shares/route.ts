import { ProjectParamsSchema } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";
import { CreateShareBodySchema, type CreateShareResponse, type ShareLink } from "@/lib/server/api/share-schemas";
import { createShareLink } from "@/lib/server/data/create-share-link";
import { listShareLinks } from "@/lib/server/data/list-share-links";

export const runtime = "nodejs";

// GET /api/projects/:id/shares — the project's share links, newest first (never their tokens)
export const GET = apiRoute({ params: ProjectParamsSchema, share: "deny", access: { project: "owner" } }, async ({ params }) =>
  json({ shares: await listShareLinks(params.id) } satisfies { shares: ShareLink[] }),
);

// POST /api/projects/:id/shares — create a read-only link; the token is in this answer only
export const POST = apiRoute({ params: ProjectParamsSchema, body: CreateShareBodySchema, share: "deny", access: { project: "owner" } }, async ({ params, body, actor }) =>
  json((await createShareLink({ projectId: params.id, ...body, actor })) satisfies CreateShareResponse, 201),
);
