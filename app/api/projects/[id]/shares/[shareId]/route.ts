import { apiRoute, json } from "@/lib/server/api/handler";
import { ShareParamsSchema, type ShareLink } from "@/lib/server/api/share-schemas";
import { revokeShareLink } from "@/lib/server/data/revoke-share-link";

export const runtime = "nodejs";

// DELETE /api/projects/:id/shares/:shareId — revoke a share link at once (the row stays, marked revoked)
export const DELETE = apiRoute({ params: ShareParamsSchema, share: "deny", access: { project: "owner" } }, async ({ params, actor }) =>
  json({ share: await revokeShareLink(params.id, params.shareId, actor) } satisfies { share: ShareLink }),
);
