import { apiRoute, json } from "@/lib/server/api/handler";
import { buildOpenApiDocument } from "@/lib/server/api/openapi";

export const runtime = "nodejs";

// GET /api/openapi.json — the OpenAPI 3.1 description of this API, generated from its zod schemas
export const GET = apiRoute({ access: "public" }, async () => json(buildOpenApiDocument()));
