import { apiRoute, json, noContent } from "@/lib/server/api/handler";
import { MemberParamsSchema, SetMemberBodySchema, type Member } from "@/lib/server/api/team-schemas";
import { removeMember, setMember } from "@/lib/server/data/members";

export const runtime = "nodejs";

// PUT /api/projects/:id/members/:user — add a member or change their role ({"role": "viewer" | "editor" | "owner"})
export const PUT = apiRoute({ params: MemberParamsSchema, body: SetMemberBodySchema, share: "deny", access: { project: "owner" } }, async ({ params, body, actor }) =>
  json({ member: await setMember(params.id, params.user, body.role, actor) } satisfies { member: Member }),
);

// DELETE /api/projects/:id/members/:user — remove a member (409 for the last owner)
export const DELETE = apiRoute({ params: MemberParamsSchema, share: "deny", access: { project: "owner" } }, async ({ params, actor }) => {
  await removeMember(params.id, params.user, actor);
  return noContent();
});
