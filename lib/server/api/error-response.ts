import { AppError } from "@/lib/server/api/app-error";
import { classifyDatabaseFailure, DATABASE_COMMIT_FAILED_MESSAGE, DATABASE_READ_ONLY_MESSAGE } from "@/lib/server/api/database-failure";

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/** Maps anything thrown inside a route to the AppError the client sees. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const isPrismaKnown = error instanceof Error && error.name === "PrismaClientKnownRequestError";
  const code = codeOf(error);
  if (isPrismaKnown && code === "P2025") return new AppError("not_found", 404, "The record does not exist (it may have been deleted).", { cause: error });
  if (isPrismaKnown && code === "P2002")
    return new AppError("conflict", 409, "Another change saved the same record at the same moment. Reload and try again.", { cause: error });
  const failure = classifyDatabaseFailure(error);
  if (failure === "read_only") return new AppError("database_unavailable", 503, DATABASE_READ_ONLY_MESSAGE, { cause: error });
  if (failure === "commit_failed") return new AppError("database_unavailable", 503, DATABASE_COMMIT_FAILED_MESSAGE, { cause: error });
  if (failure === "unreachable") return new AppError("database_unavailable", 503, AppError.databaseUnavailable().message, { cause: error });
  return new AppError("internal_error", 500, "Something went wrong on the server. The problem was logged; please try again.", { cause: error });
}

/** The JSON error body of the contract: `{ error: { code, message, issues?, ...details } }`. */
export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (appError.status >= 500) console.error(`[api] ${appError.code}:`, appError.cause ?? appError);
  const body = {
    error: {
      code: appError.code,
      message: appError.message,
      ...(appError.issues ? { issues: appError.issues } : {}),
      ...appError.details,
    },
  };
  // 503 is temporary by definition: tell clients (and load balancers) when to try again.
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (appError.status === 503) headers["retry-after"] = "2";
  // 429: RFC 6585 §4 — "MAY include a Retry-After header"; the rate limiter says when.
  if (appError.status === 429) headers["retry-after"] = String(appError.details.retryAfterSeconds ?? 1);
  return Response.json(body, { status: appError.status, headers });
}
