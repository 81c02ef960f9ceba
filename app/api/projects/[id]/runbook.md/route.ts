import { progressMap, runbookToMarkdown } from "@/lib/core/runbook";
import { RunbookQuerySchema } from "@/lib/core/runbook/api-schema";
import { ProjectParamsSchema } from "@/lib/schemas/api";
import { apiRoute } from "@/lib/server/api/handler";
import { getRunbook } from "@/lib/server/data/get-runbook";

export const runtime = "nodejs";

// GET /api/projects/:id/runbook.md?revision=&targetVersion= — the runbook as Markdown, checked steps marked with time and note
export const GET = apiRoute({ params: ProjectParamsSchema, query: RunbookQuerySchema, access: { project: "viewer" } }, async ({ params, query }) => {
  const view = await getRunbook(params.id, query);
  // A step view is a step plus its state, so the view is the runbook the Markdown needs.
  return new Response(runbookToMarkdown(view, progressMap(view)), {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="runbook-revision-${view.revision}.md"`,
      "cache-control": "no-store",
    },
  });
});
