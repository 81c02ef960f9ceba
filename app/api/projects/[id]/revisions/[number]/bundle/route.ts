import { bundleFileName } from "@/lib/core/bundle";
import { RevisionParamsSchema } from "@/lib/schemas/api";
import { apiRoute } from "@/lib/server/api/handler";
import { encodedResponse } from "@/lib/server/http/encoded-response";
import { loadBundle } from "./load-bundle";

export const runtime = "nodejs";

// GET /api/projects/:id/revisions/:number/bundle — the deployment bundle as a zip (same bytes every time)
// (ETag from the zip's bytes; 304 on If-None-Match, after the same access check)
export const GET = apiRoute({ params: RevisionParamsSchema, rateLimit: "expensive", access: { project: "viewer" } }, async ({ request, params }) => {
  const { projectName, zip, zipEtag } = await loadBundle(params.id, params.number);
  return encodedResponse(request, { bytes: zip, etag: zipEtag }, {
    "content-type": "application/zip",
    "content-disposition": `attachment; filename="${bundleFileName(projectName, params.number)}"`,
    // Next 16 drops Content-Length from route handler responses (server/send-response.js,
    // FORBIDDEN_HEADERS) and streams them chunked; X-Bundle-Size carries the same number so the
    // page can show download progress. no-transform keeps proxies from re-encoding the zip.
    "content-length": String(zip.byteLength),
    "x-bundle-size": String(zip.byteLength),
    "cache-control": "private, no-store, no-transform",
  });
});
