import { analyzePlan } from "@/lib/core/analyze";
import { AnalyzeBodySchema, type AnalysisResponse } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";

export const runtime = "nodejs";

// POST /api/analyze — analyse a plan without saving it
export const POST = apiRoute({ body: AnalyzeBodySchema, access: "signed-in" }, async ({ body }) => json({ analysis: analyzePlan(body.plan) } satisfies AnalysisResponse));
