import { REGIONS, type CatalogRegion } from "@/lib/core/catalog";
import { apiRoute, json } from "@/lib/server/api/handler";

export const runtime = "nodejs";

// GET /api/regions — the catalog of AWS, Google Cloud and Azure regions
export const GET = apiRoute({ access: "signed-in" }, async () => json({ regions: [...REGIONS] } satisfies { regions: CatalogRegion[] }));
