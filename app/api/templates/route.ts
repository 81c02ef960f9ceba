import { TEMPLATES } from "@/lib/core/templates/blueprint";
import type { TemplateInfo } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";

export const runtime = "nodejs";

// GET /api/templates — the built-in plan templates
export const GET = apiRoute({ access: "signed-in" }, async () => json({ templates: [...TEMPLATES] } satisfies { templates: TemplateInfo[] }));
