import "server-only";
import type { SharedPlan } from "@/lib/server/api/share-schemas";
import { AppError } from "@/lib/server/api/app-error";
import { getDb } from "@/lib/server/db";
import type { ShareAccess } from "@/lib/server/data/get-share-access-or-throw";
import { REVISION_SELECT, toRevision } from "@/lib/server/data/records";
import type { Revision } from "@/lib/schemas/api";
import { boundedCache } from "@/lib/server/bounded-cache";
import { encodedBody, encodedBodyCache, type EncodedBody } from "@/lib/server/http/encoded-body-cache";

/**
 * Parsed revisions that share links show. A revision never changes once saved and exists as long
 * as its project does (which getShareAccessOrThrow checks on every request), so a cached one saves the
 * revision query and the plan's parse and validation on every later view (issue 12).
 */
const sharedRevisions = boundedCache<Revision>(200);

/**
 * The shared project's name and the revision a link shows: its pinned one, or the latest at this
 * moment. Both come from the statement that checked the token (getShareAccessOrThrow joins the
 * project, so a project deleted since, its links with it, was already refused there).
 */
function sharedProject(access: ShareAccess): { name: string; number: number } {
  // A project somehow without revisions answers "not valid", like any other link that no longer leads anywhere.
  if (access.latestRevision === 0) throw AppError.shareLinkInvalid();
  return { name: access.projectName, number: access.revisionNumber ?? access.latestRevision };
}

export async function sharedRevisionNumber(access: ShareAccess): Promise<number> {
  return sharedProject(access).number;
}

/**
 * The `{ share }` answer of GET /api/share/:token, encoded once per revision and per the link's
 * visible fields: a hit costs the token's one statement and no plan, no JSON encoding (issue 12).
 * The key holds every value the body holds (the revision by number, never "latest"), so a rename,
 * a new revision or another label is another key; many links with the same fields share one
 * entry. Bound: 16 MiB of bodies (a 12-region plan's answer is 5–60 KB), least recently used out first.
 */
const sharedPlanBodies = encodedBodyCache(16 * 1024 * 1024);

export async function sharedPlanBody(access: ShareAccess): Promise<EncodedBody> {
  const project = sharedProject(access);
  const key = JSON.stringify([access.projectId, project.number, access.revisionNumber === null, access.label, access.expiresAt?.toISOString() ?? null, project.name]);
  const cached = sharedPlanBodies.get(key);
  if (cached) return cached;
  return sharedPlanBodies.set(key, encodedBody(JSON.stringify({ share: await getSharedPlan(access) } satisfies { share: SharedPlan })));
}

/** What the share page shows first: the project's name, the link's label and scope, and the revision with its plan. */
export async function getSharedPlan(access: ShareAccess): Promise<SharedPlan> {
  const project = sharedProject(access);
  return {
    label: access.label,
    projectName: project.name,
    scope: access.revisionNumber === null ? "latest" : "revision",
    expiresAt: access.expiresAt?.toISOString() ?? null,
    revision: await sharedRevision(access.projectId, project.number),
  };
}

async function sharedRevision(projectId: string, number: number): Promise<Revision> {
  const key = `${projectId}:${number}`;
  const cached = sharedRevisions.get(key);
  if (cached) return cached;
  const db = await getDb();
  const row = await db.revision.findUnique({ where: { projectId_number: { projectId, number } }, select: REVISION_SELECT });
  if (!row) throw AppError.shareLinkInvalid();
  return sharedRevisions.set(key, toRevision(projectId, row));
}
