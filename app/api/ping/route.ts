import { apiRoute, json } from "@/lib/server/api/handler";

export const runtime = "nodejs";

// GET /api/ping — a constant answer through the route wrapper, touching nothing: liveness without
// the database, and the benchmark's reference for what a route handler costs (bench/stall.ts)
export const GET = apiRoute({ access: "public" }, async () => json({ ok: true }));
