import "server-only";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import type { BundleFile } from "@/lib/core/bundle";
import { getProjectOrThrow } from "@/lib/server/data/get-project-or-throw";
import { getRevisionOrThrow } from "@/lib/server/data/get-revision-or-throw";

/**
 * The bundle of one stored revision, shared by the zip and the file-list routes. The revision
 * lookup answers 404 for an unknown project or revision; the bundle is rebuilt from the stored
 * plan each time (pure and deterministic, so the same revision always gives the same bytes).
 */
export async function loadBundle(projectId: string, number: number): Promise<{ projectName: string; files: BundleFile[] }> {
  const revision = await getRevisionOrThrow(projectId, number);
  const project = await getProjectOrThrow(projectId);
  return { projectName: project.name, files: buildBundle(revision.plan, analyzePlan(revision.plan)) };
}
