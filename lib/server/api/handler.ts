import "server-only";
import type { z } from "zod";
import { AppError, type AppErrorCode } from "@/lib/server/api/app-error";
import { errorResponse } from "@/lib/server/api/error-response";
import { readJsonBody } from "@/lib/server/api/read-json-body";
import { friendlyErrors, toApiIssues } from "@/lib/server/api/zod-issues";
import { requireIdentity, requireProjectRole, type Access } from "@/lib/server/auth/access";
import type { Identity } from "@/lib/server/auth/identity";
import { recoverFromDatabaseFailure } from "@/lib/server/db";
import { getServerEnv } from "@/lib/server/env";
import { getShareAccessOrThrow, type ShareAccess } from "@/lib/server/data/get-share-access-or-throw";
import { assertShareScope, bearerToken, isReadMethod, withShareHeaders } from "@/lib/server/share";
import { enforceRateLimit } from "@/lib/server/http/rate-limit";

/**
 * The one wrapper behind every route handler (dub `lib/api/errors.ts`): it validates the route
 * parameters, the query string and the JSON body with the route's zod schemas, calls the handler
 * with typed input, and maps every failure to the contract's error body in one place.
 *
 * Status codes: 400 bad parameter, query or JSON; 413 body over 1 MiB; 415 not JSON; 422 body
 * fails its schema (issues with dotted paths); AppError's own status; Prisma "not found" 404,
 * unique clash 409; database unreachable 503; anything else a generic 500, logged.
 *
 * Share tokens: a request presenting `Authorization: Bearer <share token>` is a read-only guest.
 * Any method but GET/HEAD is refused (403) before anything else is read; an invalid token gets
 * the share page's "not valid" 404; a valid one may read only what `assertShareScope` allows
 * (its project, or its pinned revision). Requests without a bearer token are not affected.
 *
 * Identity (lib/server/auth): every route declares the `access` it needs. Before the query or
 * body is read, a request without a valid identity gets 401 and one without the project role
 * 403, in the same error shape. A share token replaces the identity for the reads it covers.
 */

type AnySchema = z.ZodType;
type Output<S> = S extends AnySchema ? z.output<S> : undefined;

/**
 * How a route treats a request that presents a share token as a bearer token:
 * - "scoped" (the default): reads inside the link's scope are served, everything else refused;
 * - "deny": refused even inside the scope (managing share links is not for guests);
 * - "path": the route takes the token from its own path (/api/share/:token/…); a bearer header
 *   is ignored, and every answer, errors included, carries the share headers.
 */
export type ShareRule = "scoped" | "deny" | "path";

export type RouteSpec<P extends AnySchema | undefined, Q extends AnySchema | undefined, B extends AnySchema | undefined> = {
  params?: P;
  query?: Q;
  body?: B;
  share?: ShareRule;
  /** "expensive": counted against the client's per-minute budget, 429 past it (lib/server/http/rate-limit.ts). */
  rateLimit?: "expensive";
  /** Who may call it (lib/server/auth/access.ts). */
  access: Access;
};

/**
 * `identity` is null for public routes and share-token guests; `actor` is the user's name, ""
 * when there is none, for the records a write leaves (revisions, check-offs, the audit log).
 */
export type RouteInput<P, Q, B> = { request: Request; params: Output<P>; query: Output<Q>; body: Output<B>; identity: Identity | null; actor: string };

/** What Next passes as the second argument; optional so static routes can be called with one. */
export type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

function parseWith<S extends AnySchema>(schema: S, value: unknown, code: AppErrorCode, status: number, message: string): z.output<S> {
  const result = schema.safeParse(value, { error: friendlyErrors });
  if (result.success) return result.data;
  throw new AppError(code, status, message, { issues: toApiIssues(result.error) });
}

export function apiRoute<P extends AnySchema | undefined = undefined, Q extends AnySchema | undefined = undefined, B extends AnySchema | undefined = undefined>(
  spec: RouteSpec<P, Q, B>,
  handle: (input: RouteInput<P, Q, B>) => Promise<Response>,
): (request: Request, context?: RouteContext) => Promise<Response> {
  const rule = spec.share ?? "scoped";
  return async (request, context) => {
    let isShared = rule === "path";
    let response: Response;
    try {
      const token = rule === "path" ? null : bearerToken(request);
      isShared ||= token !== null;
      // Before the body is read or anything is looked up: a guest never writes.
      if (token !== null && !isReadMethod(request.method)) throw AppError.shareReadOnly();
      const access: ShareAccess | null = token === null ? null : await getShareAccessOrThrow(token);
      if (access && rule === "deny") throw AppError.shareOutOfScope();
      const identity = access || rule === "path" ? null : await requireIdentity(request, spec.access, getServerEnv().auth);
      const params = spec.params
        ? parseWith(spec.params, (await context?.params) ?? {}, "invalid_parameter", 400, "The address names something that cannot exist: check the id or revision number.")
        : undefined;
      if (!access && rule !== "path") await requireProjectRole(identity, spec.access, params);
      const query = spec.query
        ? parseWith(spec.query, Object.fromEntries(new URL(request.url).searchParams), "invalid_query", 400, "The query string is not valid.")
        : undefined;
      if (access) assertShareScope(access, params, query);
      // Per signed-in user, else per share token, else per address (mode none has one local user).
      if (spec.rateLimit)
        enforceRateLimit(request, { identity: identity && identity.mode !== "none" ? identity.user : null, shareToken: token ?? (rule === "path" ? pathToken(params) : null) });
      const body = spec.body
        ? parseWith(spec.body, await readJsonBody(request), "validation_failed", 422, "Some fields are not valid; see issues.")
        : undefined;
      response = await handle({ request, params, query, body, identity, actor: identity?.user ?? "" } as RouteInput<P, Q, B>);
    } catch (error) {
      recoverFromDatabaseFailure(error);
      response = errorResponse(error);
    }
    return isShared ? withShareHeaders(response) : response;
  };
}

function pathToken(params: unknown): string | null {
  const token = params !== null && typeof params === "object" && "token" in params ? params.token : null;
  return typeof token === "string" ? token : null;
}

/** A JSON response that no cache keeps: project data changes with every save. */
export function json(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: { "cache-control": "no-store" } });
}

/** Like `json`, for a body that is already JSON, as text or encoded (cached answers). */
export function jsonText(body: string | Uint8Array<ArrayBuffer>, status = 200): Response {
  return new Response(body, { status, headers: { "content-type": "application/json", "cache-control": "no-store" } });
}

export function noContent(): Response {
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}
