/**
 * Recognizes errors that say "the database cannot serve this right now" (as opposed to "this
 * request was wrong" or "the code has a bug"), so the API answers 503 `database_unavailable`
 * instead of a 500, and the SQLite client can be reopened once the file is writable again.
 *
 * The same outage reaches us in several wrappings: Prisma's own codes (P1001 "can't reach"),
 * a `DriverAdapterError` whose `cause` carries the adapter's `kind` (DatabaseNotReachable,
 * ConnectionClosed, …) or a SQLite result code, the same error nested in
 * `meta.driverAdapterError` of a Prisma error (raw queries: P2010), Node socket errors, pg's
 * SQLSTATEs, and pg's code-less "Connection terminated" errors. The walk looks through all of them.
 */

export type DatabaseFailure = "unreachable" | "read_only" | "commit_failed";

/** Prisma error codes that mean "the database is not there". */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1000", "P1001", "P1002", "P1003", "P1008", "P1010", "P1017", "P2024"]);
/** Node socket errors (ENOENT: a Unix socket that is gone) and PostgreSQL SQLSTATEs: class 08 connection, 57P01–03 shutdown, 53 resources, 3D000 no database, 28 auth. */
const UNAVAILABLE_DRIVER_CODES =
  /^(ECONNREFUSED|ECONNRESET|ECONNABORTED|ENOENT|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|SQLITE_BUSY\w*|SQLITE_LOCKED\w*|SQLITE_CANTOPEN\w*|SQLITE_IOERR_READ|SQLITE_IOERR_SHORT_READ|08\w{3}|57P0[1-3]|53\d{3}|3D000|28000|28P01)$/;
/** libsql's own errors name the SQLite code; a write-side I/O error is a file that cannot be written. PostgreSQL 25006: read-only transaction. */
const READ_ONLY_DRIVER_CODES = /^(SQLITE_READONLY\w*|SQLITE_FULL|SQLITE_IOERR\w*|25006)$/;
/** Driver adapter error kinds (@prisma/driver-adapter-utils) that describe the connection, not the query. */
const UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "DatabaseAccessDenied",
  "AuthenticationFailed",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
/**
 * SQLite result codes (sqlite.org/rescode.html; an extended code keeps the primary one in its low
 * byte): BUSY 5, LOCKED 6, CANTOPEN 14 and the read-side I/O errors (IOERR_READ 266,
 * IOERR_SHORT_READ 522) → unreachable; READONLY 8, FULL 13 and every other I/O error (the write,
 * fsync and truncate side: a file that cannot be written) → read-only.
 */
const SQLITE_UNREACHABLE = new Set([5, 6, 14]);
const SQLITE_READ_ONLY = new Set([8, 13]);
const SQLITE_IOERR = 10;
const SQLITE_IOERR_READS = new Set([266, 522]);
/** pg throws these without a code when the server goes away under a query or a connect. */
const PG_CONNECTION_MESSAGES = /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Client was closed and is not queryable)/;

function field(value: object, key: string): unknown {
  return key in value ? (value as Record<string, unknown>)[key] : undefined;
}

function classifyOne(error: object): DatabaseFailure | null {
  const name = error instanceof Error ? error.name : "";
  const code = field(error, "code");
  const kind = field(error, "kind");
  const extendedCode = field(error, "extendedCode");
  const message = field(error, "message");
  if (name === "PrismaClientInitializationError") return "unreachable";
  if (typeof code === "string" && (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_DRIVER_CODES.test(code))) return "unreachable";
  if (typeof code === "string" && READ_ONLY_DRIVER_CODES.test(code)) return "read_only";
  if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return "unreachable";
  if (kind === "sqlite" && typeof extendedCode === "number") {
    const primary = extendedCode & 0xff;
    if (primary === SQLITE_IOERR) return SQLITE_IOERR_READS.has(extendedCode) ? "unreachable" : "read_only";
    if (SQLITE_READ_ONLY.has(primary)) return "read_only";
    if (SQLITE_UNREACHABLE.has(primary)) return "unreachable";
  }
  // Prisma marks a transaction committed before its COMMIT runs; when the COMMIT fails, the
  // rollback that follows fails with this P2028 and the database's own error is lost.
  if (code === "P2028" && typeof message === "string" && message.includes("cannot be executed on a committed transaction")) return "commit_failed";
  if (typeof message === "string" && PG_CONNECTION_MESSAGES.test(message)) return "unreachable";
  return null;
}

/** Walks the cause chain, Prisma's `meta.driverAdapterError` and AggregateError's `errors`. */
export function classifyDatabaseFailure(error: unknown, depth = 0): DatabaseFailure | null {
  if (depth > 6 || typeof error !== "object" || error === null) return null;
  const own = classifyOne(error);
  if (own) return own;
  const meta = field(error, "meta");
  const nested: unknown[] = [field(error, "cause"), typeof meta === "object" && meta !== null ? field(meta, "driverAdapterError") : undefined];
  const errors = field(error, "errors");
  if (Array.isArray(errors)) nested.push(...(errors as unknown[]));
  for (const inner of nested) {
    const found = classifyDatabaseFailure(inner, depth + 1);
    if (found) return found;
  }
  return null;
}

export const DATABASE_READ_ONLY_MESSAGE =
  "The database is read-only right now (file permissions, a full disk or a read-only replica), so nothing was saved. Reading still works; try again once the operator has made it writable.";

export const DATABASE_COMMIT_FAILED_MESSAGE =
  "The database could not store the change (it is read-only, full or unreachable right now). Reload to see what is saved, then try again once the operator has fixed it.";
