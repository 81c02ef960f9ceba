import "server-only";
import type { z } from "zod";
import { AppError, type AppErrorCode } from "@/lib/server/api/app-error";
import { errorResponse } from "@/lib/server/api/error-response";
import { readJsonBody } from "@/lib/server/api/read-json-body";
import { friendlyErrors, toApiIssues } from "@/lib/server/api/zod-issues";

/**
 * The one wrapper behind every route handler (dub `lib/api/errors.ts`): it validates the route
 * parameters, the query string and the JSON body with the route's zod schemas, calls the handler
 * with typed input, and maps every failure to the contract's error body in one place.
 *
 * Status codes: 400 bad parameter, query or JSON; 413 body over 1 MiB; 415 not JSON; 422 body
 * fails its schema (issues with dotted paths); AppError's own status; Prisma "not found" 404,
 * unique clash 409; database unreachable 503; anything else a generic 500, logged.
 */

type AnySchema = z.ZodType;
type Output<S> = S extends AnySchema ? z.output<S> : undefined;

export type RouteSpec<P extends AnySchema | undefined, Q extends AnySchema | undefined, B extends AnySchema | undefined> = {
  params?: P;
  query?: Q;
  body?: B;
};

export type RouteInput<P, Q, B> = { request: Request; params: Output<P>; query: Output<Q>; body: Output<B> };

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
  return async (request, context) => {
    try {
      const params = spec.params
        ? parseWith(spec.params, (await context?.params) ?? {}, "invalid_parameter", 400, "The address names something that cannot exist: check the id or revision number.")
        : undefined;
      const query = spec.query
        ? parseWith(spec.query, Object.fromEntries(new URL(request.url).searchParams), "invalid_query", 400, "The query string is not valid.")
        : undefined;
      const body = spec.body
        ? parseWith(spec.body, await readJsonBody(request), "validation_failed", 422, "Some fields are not valid; see issues.")
        : undefined;
      return await handle({ request, params, query, body } as RouteInput<P, Q, B>);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** A JSON response that no cache keeps: project data changes with every save. */
export function json(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: { "cache-control": "no-store" } });
}

export function noContent(): Response {
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}
