import { AppError } from "@/lib/server/api/app-error";

/** Prisma error codes that mean "the database is not there", not "your request was wrong". */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** Node socket errors (ENOENT: a Unix socket that is gone), SQLite lock/open failures, PostgreSQL SQLSTATEs (class 08 connection, 57P shutdown, 53 resources). */
const UNAVAILABLE_DRIVER_CODES = /^(ECONNREFUSED|ECONNRESET|ECONNABORTED|ENOENT|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH|EPIPE|SQLITE_BUSY|SQLITE_CANTOPEN|08\w{3}|57P0[1-3]|53\d{3})$/;

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/** Walks the cause chain (Prisma wraps driver errors) looking for a connectivity failure. */
function isUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  const name = error instanceof Error ? error.name : "";
  const code = codeOf(error);
  if (name === "PrismaClientInitializationError") return true;
  if (code !== undefined && (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_DRIVER_CODES.test(code))) return true;
  if (Array.isArray((error as { errors?: unknown }).errors) && (error as { errors: unknown[] }).errors.some((e) => isUnavailable(e, depth + 1))) return true;
  return "cause" in error && isUnavailable(error.cause, depth + 1);
}

/** Maps anything thrown inside a route to the AppError the client sees. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const isPrismaKnown = error instanceof Error && error.name === "PrismaClientKnownRequestError";
  const code = codeOf(error);
  if (isPrismaKnown && code === "P2025") return new AppError("not_found", 404, "The record does not exist (it may have been deleted).", { cause: error });
  if (isPrismaKnown && code === "P2002")
    return new AppError("conflict", 409, "Another change saved the same record at the same moment. Reload and try again.", { cause: error });
  if (isUnavailable(error)) return new AppError("database_unavailable", 503, AppError.databaseUnavailable().message, { cause: error });
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
  return Response.json(body, { status: appError.status, headers: { "cache-control": "no-store" } });
}
