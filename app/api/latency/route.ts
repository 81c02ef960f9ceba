import { latencyMatrix } from "@/lib/core/latency";
import { LatencyQuerySchema, type LatencyPair } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";

export const runtime = "nodejs";

// GET /api/latency?regions=a,b,... — round-trip time for every ordered pair of the regions
export const GET = apiRoute({ query: LatencyQuerySchema }, async ({ query }) =>
  json({ pairs: latencyMatrix(query.regions) } satisfies { pairs: LatencyPair[] }),
);
