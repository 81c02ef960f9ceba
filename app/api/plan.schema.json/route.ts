import { planJsonSchema } from "@/lib/schemas/plan-json-schema";
import { apiRoute } from "@/lib/server/api/handler";

export const runtime = "nodejs";

// GET /api/plan.schema.json — the plan's JSON Schema, for editors that validate plan files as they are typed
export const GET = apiRoute({ access: "public" }, async () =>
  Response.json(planJsonSchema(), {
    // application/schema+json is the media type JSON Schema registers (draft 2020-12, section 14.1).
    headers: { "content-type": "application/schema+json", "cache-control": "no-cache" },
  }),
);
