import { ProjectParamsSchema } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";
import type { Member } from "@/lib/server/api/team-schemas";
import { listMembers } from "@/lib/server/data/members";

export const runtime = "nodejs";

// GET /api/projects/:id/members — who may do what in the project, by user name
export const GET = apiRoute({ params: ProjectParamsSchema, share: "deny", access: { project: "viewer" } }, async ({ params }) =>
  json({ members: await listMembers(params.id) } satisfies { members: Member[] }),
);
