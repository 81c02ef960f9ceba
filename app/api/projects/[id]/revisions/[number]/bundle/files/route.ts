import type { BundleFilesResponse } from "@/lib/core/bundle";
import { RevisionParamsSchema } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";
import { loadBundle } from "../load-bundle";

export const runtime = "nodejs";

// GET /api/projects/:id/revisions/:number/bundle/files — every bundle file with its text, for the preview
export const GET = apiRoute({ params: RevisionParamsSchema, access: { project: "viewer" } }, async ({ params }) => {
  const { files } = await loadBundle(params.id, params.number);
  const encoder = new TextEncoder();
  return json({
    files: files.map((file) => ({ path: file.path, mediaType: file.mediaType, size: encoder.encode(file.content).byteLength, content: file.content })),
  } satisfies BundleFilesResponse);
});
