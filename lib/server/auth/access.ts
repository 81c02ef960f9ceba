import "server-only";
import { AppError } from "@/lib/server/api/app-error";
import type { AuthConfig } from "@/lib/server/auth/config";
import type { Identity } from "@/lib/server/auth/identity";
import { hasProjectRole, type ProjectRole } from "@/lib/server/auth/project-role";
import { resolveIdentity } from "@/lib/server/auth/resolve-identity";
import { getProjectRole } from "@/lib/server/data/members";

/**
 * What a route needs, declared next to it (`apiRoute({ access: { project: "editor" } }, …)`):
 * - "public": anyone (health, the OpenAPI document, the sign-in routes);
 * - "signed-in": any signed-in user (the catalog, analysing an unsaved plan, the project list,
 *   which shows only the user's own projects, creating a project);
 * - `{ project: role }`: at least that role in the project named by the `id` route parameter.
 * Admins hold every role in every project.
 */
export type Access = "public" | "signed-in" | { project: ProjectRole };

/** 401 unless the request carries a valid identity; public routes need none. */
export async function requireIdentity(request: Request, access: Access, config: AuthConfig): Promise<Identity | null> {
  if (access === "public") return null;
  const identity = await resolveIdentity(request, config);
  if (!identity) throw AppError.unauthenticated();
  return identity;
}

function projectIdOf(params: unknown): string | undefined {
  const id = typeof params === "object" && params !== null ? (params as Record<string, unknown>).id : undefined;
  return typeof id === "string" ? id : undefined;
}

/**
 * 403 unless the identity holds the project role the route needs. A non-member is refused the
 * same way whether the project exists or not, so ids cannot be probed; admins then get the
 * route's own 404 for a missing project.
 */
export async function requireProjectRole(identity: Identity | null, access: Access, params: unknown): Promise<void> {
  if (typeof access === "string") return;
  if (!identity) throw AppError.unauthenticated();
  if (identity.isAdmin) return;
  const projectId = projectIdOf(params);
  const role = projectId === undefined ? null : await getProjectRole(projectId, identity.user);
  if (!hasProjectRole(role, access.project)) throw AppError.forbidden(access.project);
}
