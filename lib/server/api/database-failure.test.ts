import { describe, expect, test } from "vitest";
import { classifyDatabaseFailure } from "@/lib/server/api/database-failure";
import { toAppError } from "@/lib/server/api/error-response";

/** Shapes copied from what Prisma 6.19 with the pg and libsql adapters actually threw in the outage tests. */
const adapterError = (cause: Record<string, unknown>) => Object.assign(new Error(String(cause.kind)), { name: "DriverAdapterError", cause });
const prismaKnown = (code: string, meta: Record<string, unknown> = {}) => Object.assign(new Error("Invalid invocation"), { name: "PrismaClientKnownRequestError", code, meta });

describe("classifyDatabaseFailure", () => {
  test.each([
    ["P1001 can't reach (model query, PostgreSQL stopped)", prismaKnown("P1001"), "unreachable"],
    ["P2010 raw query with DatabaseNotReachable inside meta", prismaKnown("P2010", { driverAdapterError: adapterError({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }) }), "unreachable"],
    ["adapter ConnectionClosed", adapterError({ kind: "ConnectionClosed" }), "unreachable"],
    ["adapter TooManyConnections", adapterError({ kind: "TooManyConnections", cause: "sorry" }), "unreachable"],
    ["PostgreSQL admin shutdown 57P01", adapterError({ kind: "postgres", code: "57P01", severity: "FATAL", message: "terminating connection" }), "unreachable"],
    ["pg's code-less 'Connection terminated unexpectedly'", new Error("Connection terminated unexpectedly"), "unreachable"],
    ["SQLite read-only (extended code 8)", adapterError({ kind: "sqlite", extendedCode: 8, message: "attempt to write a readonly database" }), "read_only"],
    ["SQLite SQLITE_READONLY_DBMOVED (8 | 4<<8)", adapterError({ kind: "sqlite", extendedCode: 1032, message: "readonly" }), "read_only"],
    ["SQLite disk full (13)", adapterError({ kind: "sqlite", extendedCode: 13, message: "database or disk is full" }), "read_only"],
    ["SQLite cannot open (14)", adapterError({ kind: "sqlite", extendedCode: 14, message: "unable to open database file" }), "unreachable"],
    ["SQLite I/O error on write (IOERR_WRITE 778: an immutable file under an open connection)", adapterError({ kind: "sqlite", extendedCode: 778, message: "disk I/O error" }), "read_only"],
    ["libsql's own error for a write to an immutable file", Object.assign(new Error("SQLITE_IOERR_WRITE: disk I/O error"), { name: "LibsqlError", code: "SQLITE_IOERR_WRITE", rawCode: 778 }), "read_only"],
    ["libsql's own error for a failed read", Object.assign(new Error("SQLITE_IOERR_READ: disk I/O error"), { name: "LibsqlError", code: "SQLITE_IOERR_READ", rawCode: 266 }), "unreachable"],
    ["libsql's SQLITE_BUSY", Object.assign(new Error("SQLITE_BUSY: database is locked"), { name: "LibsqlError", code: "SQLITE_BUSY", rawCode: 5 }), "unreachable"],
    ["SQLite I/O error on read (IOERR_READ 266)", adapterError({ kind: "sqlite", extendedCode: 266, message: "disk I/O error" }), "unreachable"],
    [
      "P2028 after a failed COMMIT (Prisma's rollback of a transaction it marked committed)",
      Object.assign(new Error("Transaction API error: Transaction already closed: A rollback cannot be executed on a committed transaction."), { name: "PrismaClientKnownRequestError", code: "P2028" }),
      "commit_failed",
    ],
    ["PostgreSQL read-only transaction 25006", adapterError({ kind: "postgres", code: "25006", message: "cannot execute INSERT in a read-only transaction" }), "read_only"],
  ])("%s → %s", (_, error, expected) => {
    expect(classifyDatabaseFailure(error)).toBe(expected);
  });

  test.each([
    ["unique clash", prismaKnown("P2002")],
    ["SQLite constraint (19)", adapterError({ kind: "sqlite", extendedCode: 19, message: "constraint failed" })],
    ["PostgreSQL syntax error", adapterError({ kind: "postgres", code: "42601", message: "syntax error" })],
    ["a bug", new TypeError("undefined is not a function")],
    ["an expired interactive transaction (P2028, another message)", Object.assign(new Error("Transaction API error: A commit cannot be executed on an expired transaction."), { name: "PrismaClientKnownRequestError", code: "P2028" })],
    ["a cycle of causes", (() => { const e = new Error("a") as Error & { cause?: unknown }; e.cause = e; return e; })()],
  ])("%s → not a database failure", (_, error) => {
    expect(classifyDatabaseFailure(error)).toBeNull();
  });
});

describe("toAppError for database failures", () => {
  test("read-only: 503 database_unavailable saying nothing was saved", () => {
    const error = toAppError(adapterError({ kind: "sqlite", extendedCode: 8, message: "attempt to write a readonly database" }));
    expect(error).toMatchObject({ status: 503, code: "database_unavailable" });
    expect(error.message).toBe(
      "The database is read-only right now (file permissions, a full disk or a read-only replica), so nothing was saved. Reading still works; try again once the operator has made it writable.",
    );
  });

  test("unreachable: 503 database_unavailable with the generic message", () => {
    expect(toAppError(prismaKnown("P2010", { driverAdapterError: adapterError({ kind: "DatabaseNotReachable" }) }))).toMatchObject({
      status: 503,
      code: "database_unavailable",
      message: "The database is not reachable right now. Try again in a moment; if it persists, check the server's DATABASE_URL and logs.",
    });
  });
});
