import type { ApiIssue } from "@/lib/schemas/api";

/**
 * The one error type the server throws on purpose (documenso `lib/errors/app-error.ts`): a
 * machine-readable code, the HTTP status, and a message written for the person using the app.
 * The route wrapper turns it into `{ error: { code, message, issues?, ...details } }`; anything
 * that is not an AppError becomes a generic 500 with the detail only in the server log.
 */
export type AppErrorCode =
  | "bad_request"
  | "invalid_json"
  | "invalid_query"
  | "invalid_parameter"
  | "validation_failed"
  | "not_found"
  | "project_not_found"
  | "revision_not_found"
  | "stale_revision"
  | "conflict"
  | "stored_plan_invalid"
  | "share_link_invalid"
  | "share_read_only"
  | "share_out_of_scope"
  | "unauthenticated"
  | "forbidden"
  | "authorization_invalid"
  | "identity_unavailable"
  | "host_not_allowed"
  | "origin_not_allowed"
  | "payload_too_large"
  | "unsupported_media_type"
  | "database_unavailable"
  | "rate_limited"
  | "quota_exceeded"
  | "internal_error";

export type AppErrorOptions = {
  issues?: ApiIssue[];
  /** Extra fields placed next to code and message, e.g. `latestRevision` on a stale save. */
  details?: Record<string, string | number | boolean | null>;
  cause?: unknown;
};

/** What every invalid share link is told, by the API and by the /share page alike. */
export const SHARE_LINK_INVALID_MESSAGE = "This link is not valid. Ask the person who shared it for a new one.";

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  readonly issues: ApiIssue[] | undefined;
  readonly details: Record<string, string | number | boolean | null>;

  constructor(code: AppErrorCode, status: number, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = status;
    this.issues = options.issues;
    this.details = options.details ?? {};
  }

  static projectNotFound(id: string): AppError {
    return new AppError("project_not_found", 404, `No project with id "${id}" exists (it may have been deleted).`);
  }

  static revisionNotFound(projectId: string, number: number): AppError {
    return new AppError("revision_not_found", 404, `Project "${projectId}" has no revision ${number}.`);
  }

  static staleRevision(basedOn: number, latestRevision: number): AppError {
    return new AppError(
      "stale_revision",
      409,
      `This edit is based on revision ${basedOn}, but the project is now at revision ${latestRevision}. Reload the latest revision and apply your change again; nothing was saved.`,
      { details: { latestRevision } },
    );
  }

  /**
   * Unknown, revoked and expired share links all get this one answer, so a holder of an old
   * link learns nothing about which it is (or whether it ever existed).
   */
  static shareLinkInvalid(): AppError {
    return new AppError("share_link_invalid", 404, SHARE_LINK_INVALID_MESSAGE);
  }

  static shareReadOnly(): AppError {
    return new AppError("share_read_only", 403, "A share link gives read-only access: it cannot change anything. Open the project itself to make changes.");
  }

  static shareOutOfScope(): AppError {
    return new AppError("share_out_of_scope", 403, "This share link does not give access to that data: it covers one project (or one revision of it) and nothing else.");
  }

  static unauthenticated(): AppError {
    return new AppError("unauthenticated", 401, "Sign in to use the planner: this request carries no valid identity.");
  }

  static forbidden(needed: string): AppError {
    return new AppError("forbidden", 403, `You need the ${needed} role in this project to do that. Ask one of its owners.`);
  }

  /** Authorization headers other than one `Bearer <share token>` are refused, never ignored. */
  static authorizationInvalid(): AppError {
    return new AppError("authorization_invalid", 401, "The Authorization header is not valid here: the only credential it may carry is one share token, as `Bearer <token>`.");
  }

  static databaseUnavailable(): AppError {
    return new AppError("database_unavailable", 503, "The database is not reachable right now. Try again in a moment; if it persists, check the server's DATABASE_URL and logs.");
  }
}
