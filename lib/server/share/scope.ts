import { AppError } from "@/lib/server/api/app-error";

type Scope = { projectId: string; revisionNumber: number | null; latestRevision: number };

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * Refuses (403) a read through a share token that reaches outside the link's scope. The route's
 * validated inputs say what it reads: `params.id` the project, `params.number` or
 * `query.revision` one revision. So:
 * - a route without a project id (the project list, the catalog, health) is outside every link;
 * - another project's id is outside, whether that project exists or not (nothing is looked up);
 * - a pinned link reaches only routes that name exactly its revision: the latest-revision,
 *   revision-list, history and diff routes would show other revisions and are refused;
 * - a link that follows the latest revision reads the latest revision only: a route naming an
 *   older one is refused. Routes that show several revisions (history, revision list, diff)
 *   declare `share: "deny"` and refuse every link.
 */
export function assertShareScope(scope: Scope, params: unknown, query: unknown): void {
  const projectId = field(params, "id");
  if (typeof projectId !== "string" || projectId !== scope.projectId) throw AppError.shareOutOfScope();
  const named = [field(params, "number"), field(query, "revision")].filter((value) => value !== undefined);
  if (scope.revisionNumber === null) {
    if (named.some((value) => value !== scope.latestRevision)) throw AppError.shareOutOfScope();
    return;
  }
  if (named.length === 0 || named.some((value) => value !== scope.revisionNumber)) throw AppError.shareOutOfScope();
}
