import { bundleFileName } from "@/lib/core/bundle";
import { apiRoute } from "@/lib/server/api/handler";
import { ShareTokenParamsSchema } from "@/lib/server/api/share-schemas";
import { getShareAccessOrThrow } from "@/lib/server/data/get-share-access-or-throw";
import { getSharedPlan } from "@/lib/server/data/get-shared-plan";
import { revisionBundle } from "@/lib/server/revision-bundle-cache";

export const runtime = "nodejs";

// GET /api/share/:token/bundle — the shared revision's deployment bundle as a zip (the same bytes as the project's own bundle route)
export const GET = apiRoute({ params: ShareTokenParamsSchema, share: "path", rateLimit: "expensive", access: "public" }, async ({ params }) => {
  const access = await getShareAccessOrThrow(params.token);
  const { projectName, revision } = await getSharedPlan(access);
  const { zip } = await revisionBundle(access.projectId, revision.number, async () => revision.plan);
  return new Response(zip, {
    status: 200,
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${bundleFileName(projectName, revision.number)}"`,
      // Next drops Content-Length from route handler answers; X-Bundle-Size repeats it (see the project's bundle route).
      "content-length": String(zip.byteLength),
      "x-bundle-size": String(zip.byteLength),
      "cache-control": "private, no-store, no-transform",
    },
  });
});
