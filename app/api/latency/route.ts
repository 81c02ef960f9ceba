import { latencyMatrix } from "@/lib/core/latency";
import { LatencyQuerySchema, type LatencyPair } from "@/lib/schemas/api";
import { apiRoute, jsonText } from "@/lib/server/api/handler";
import { boundedCache } from "@/lib/server/bounded-cache";

export const runtime = "nodejs";

// The matrix depends only on the region list and the data shipped with this build: computed and
// encoded once per list, then served as bytes. 12 regions are 26 KB; the largest list allowed
// (30 regions, 870 pairs) under 200 KB, so 100 lists stay under 20 MB.
const encoder = new TextEncoder();
const bodies = boundedCache<Uint8Array<ArrayBuffer>>(100);

// GET /api/latency?regions=a,b,... — round-trip time for every ordered pair of the regions
export const GET = apiRoute({ query: LatencyQuerySchema, access: "signed-in" }, async ({ query }) => {
  const key = query.regions.join(",");
  const body = bodies.get(key) ?? bodies.set(key, encoder.encode(JSON.stringify({ pairs: latencyMatrix(query.regions) } satisfies { pairs: LatencyPair[] })));
  return jsonText(body);
});
