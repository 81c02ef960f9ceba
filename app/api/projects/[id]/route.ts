import { ProjectParamsSchema, RenameProjectBodySchema, type Project } from "@/lib/schemas/api";
import { apiRoute, json, noContent } from "@/lib/server/api/handler";
import { deleteProject } from "@/lib/server/data/delete-project";
import { getProjectOrThrow } from "@/lib/server/data/get-project-or-throw";
import { renameProject } from "@/lib/server/data/rename-project";

export const runtime = "nodejs";

// GET /api/projects/:id — a project with its latest revision
export const GET = apiRoute({ params: ProjectParamsSchema, access: { project: "viewer" } }, async ({ params }) =>
  json({ project: await getProjectOrThrow(params.id) } satisfies { project: Project }),
);

// PATCH /api/projects/:id — rename a project
export const PATCH = apiRoute({ params: ProjectParamsSchema, body: RenameProjectBodySchema, access: { project: "owner" } }, async ({ params, body, actor }) =>
  json({ project: await renameProject(params.id, body.name, actor) } satisfies { project: Project }),
);

// DELETE /api/projects/:id — delete a project with all its revisions
export const DELETE = apiRoute({ params: ProjectParamsSchema, access: { project: "owner" } }, async ({ params }) => {
  await deleteProject(params.id);
  return noContent();
});
