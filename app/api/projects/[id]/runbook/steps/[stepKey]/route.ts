import { StepParamsSchema, StepQuerySchema, StepUpdateBodySchema } from "@/lib/core/runbook/api-schema";
import { apiRoute, json } from "@/lib/server/api/handler";
import { setRunbookStep } from "@/lib/server/data/set-runbook-step";

export const runtime = "nodejs";

// PUT /api/projects/:id/runbook/steps/:stepKey?revision= — check a step off (done: true) or undo it, with an optional note
export const PUT = apiRoute({ params: StepParamsSchema, query: StepQuerySchema, body: StepUpdateBodySchema, access: { project: "editor" } }, async ({ params, query, body, actor }) => {
  const step = await setRunbookStep({ projectId: params.id, revision: query.revision, stepKey: params.stepKey, done: body.done, note: body.note, actor });
  return json({ step });
});
