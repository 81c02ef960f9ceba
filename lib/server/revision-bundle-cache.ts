import "server-only";
import type { BundleFilesResponse } from "@/lib/core/bundle";
import type { Plan } from "@/lib/schemas/plan";
import { boundedCache } from "@/lib/server/bounded-cache";
import { compute } from "@/lib/server/compute/pool";
import { etagOf } from "@/lib/server/http/encoded-body-cache";

/**
 * The deployment bundle of stored revisions, as the zip's bytes and as the preview's JSON body.
 * A revision never changes, and the bundle is a pure function of its plan, so each is built once
 * (230–410 ms of CPU for a 12-region plan, issue 12) and served from memory afterwards. Callers
 * check that the project and revision still exist before every answer; this module only keeps
 * bytes. Bounded: a 12-region zip is about 60 KB, its preview body about 300 KB; 48 of each.
 */
type Built = { zip: Uint8Array<ArrayBuffer>; zipEtag: string; filesBody: Uint8Array<ArrayBuffer> };

const built = boundedCache<Promise<Built>>(48);
const encoder = new TextEncoder();

const keyOf = (projectId: string, number: number) => `${projectId}:${number}`;

async function build(plan: Plan): Promise<Built> {
  const { zip, files } = await compute({ kind: "bundle", plan });
  const body: BundleFilesResponse = {
    files: files.map((file) => ({ path: file.path, mediaType: file.mediaType, size: encoder.encode(file.content).byteLength, content: file.content })),
  };
  // The zip's ETag is hashed once here, not per download (If-None-Match → 304 on the bundle routes).
  return { zip, zipEtag: etagOf(zip), filesBody: encoder.encode(JSON.stringify(body)) };
}

/**
 * The bundle of revision `number` of `projectId`; `loadPlan` is called only when it is not cached.
 * Concurrent first requests share one build (the promise is cached); a failed build is dropped.
 */
export function revisionBundle(projectId: string, number: number, loadPlan: () => Promise<Plan>): Promise<Built> {
  const key = keyOf(projectId, number);
  const cached = built.get(key);
  if (cached) return cached;
  const pending = loadPlan().then(build);
  pending.catch(() => built.delete(key));
  return built.set(key, pending);
}
