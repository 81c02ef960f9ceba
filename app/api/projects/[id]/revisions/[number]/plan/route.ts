import { projectSlug } from "@/lib/core/bundle";
import { writePlanFile } from "@/lib/core/plan-file";
import { RevisionParamsSchema } from "@/lib/schemas/api";
import { PLAN_SCHEMA_PATH } from "@/lib/schemas/plan-json-schema";
import { apiRoute } from "@/lib/server/api/handler";
import { PLAN_FILE_MEDIA_TYPES, PlanExportQuerySchema } from "@/lib/server/api/plan-file-schemas";
import { publicOrigin } from "@/lib/server/api/public-origin";
import { getProjectOrThrow } from "@/lib/server/data/get-project-or-throw";
import { getRevisionOrThrow } from "@/lib/server/data/get-revision-or-throw";

export const runtime = "nodejs";

// GET /api/projects/:id/revisions/:number/plan?format=json|yaml — the revision's plan as a file to keep in Git, naming its JSON Schema
export const GET = apiRoute({ params: RevisionParamsSchema, query: PlanExportQuerySchema, access: { project: "viewer" } }, async ({ request, params, query }) => {
  const revision = await getRevisionOrThrow(params.id, params.number);
  const project = await getProjectOrThrow(params.id);
  // An absolute address, so an editor can fetch the schema for the file wherever it is saved.
  const schemaUrl = `${publicOrigin(request)}${PLAN_SCHEMA_PATH}`;
  const fileName = `${projectSlug(project.name)}-r${params.number}.plan.${query.format}`;
  return new Response(writePlanFile(revision.plan, query.format, schemaUrl), {
    status: 200,
    headers: {
      "content-type": `${PLAN_FILE_MEDIA_TYPES[query.format]}; charset=utf-8`,
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
    },
  });
});
