import { CreateProjectBodySchema, ProjectsQuerySchema, type Project, type ProjectSummary } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";
import { createProject } from "@/lib/server/data/create-project";
import { listProjects } from "@/lib/server/data/list-projects";

export const runtime = "nodejs";

// GET /api/projects?q= — list projects, most recently changed first, optionally filtered by name
export const GET = apiRoute({ query: ProjectsQuerySchema, access: "signed-in" }, async ({ query, identity }) =>
  json({ projects: identity ? await listProjects(query.q, identity) : [] } satisfies { projects: ProjectSummary[] }),
);

// POST /api/projects — create a project, blank or from the blueprint template
export const POST = apiRoute({ body: CreateProjectBodySchema, access: "signed-in" }, async ({ body, actor }) =>
  json({ project: await createProject(body, actor) } satisfies { project: Project }, 201),
);
