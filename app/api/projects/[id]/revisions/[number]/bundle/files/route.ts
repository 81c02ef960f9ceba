import { RevisionParamsSchema } from "@/lib/schemas/api";
import { apiRoute, jsonText } from "@/lib/server/api/handler";
import { loadBundle } from "../load-bundle";

export const runtime = "nodejs";

// GET /api/projects/:id/revisions/:number/bundle/files — every bundle file with its text, for the preview
export const GET = apiRoute({ params: RevisionParamsSchema, rateLimit: "expensive", access: { project: "viewer" } }, async ({ params }) => {
  // The cached body is a BundleFilesResponse (lib/server/revision-bundle-cache.ts).
  const { filesBody } = await loadBundle(params.id, params.number);
  return jsonText(filesBody);
});
