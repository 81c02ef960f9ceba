import type { HealthResponse } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";
import { checkDatabase } from "@/lib/server/data/check-database";

export const runtime = "nodejs";

// GET /api/health — liveness plus a database round trip (503 when the database is down)
export const GET = apiRoute({ access: "public" }, async () => json({ ok: true, database: await checkDatabase() } satisfies HealthResponse));
