import { RevisionParamsSchema } from "@/lib/schemas/api";
import { storedAnalysisBody } from "@/lib/server/analysis-cache";
import { apiRoute, jsonText } from "@/lib/server/api/handler";

export const runtime = "nodejs";

// GET /api/projects/:id/revisions/:number/analysis — sizing, latency, failures and findings of a revision
export const GET = apiRoute({ params: RevisionParamsSchema, access: { project: "viewer" } }, async ({ params }) => jsonText(await storedAnalysisBody(params.id, params.number)));
