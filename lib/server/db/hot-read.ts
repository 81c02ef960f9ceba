import "server-only";
import Database from "libsql";
import pg from "pg";
import type { DatabaseConfig } from "@/lib/server/env";

/**
 * Single-statement reads on the path of cached answers (a share link's plan, a diff, a bundle),
 * sent to the database driver directly instead of through Prisma.
 *
 * A cached hit's cost is meant to be about that of a constant route (issue 12), and its one
 * statement (access and existence) was most of it: `$queryRaw` runs Prisma's query compiler on
 * every call, about 320 µs per statement against about 85 µs for the same statement on the
 * libsql client (5,000 calls each, in process, 2026-12-04). These statements are read-only,
 * parameterized (never concatenated) and written in SQL both databases accept, with the same
 * quoted table and column names Prisma uses (tests/storage/schema-parity.test.ts).
 *
 * The connection is this module's own: for SQLite one `libsql` Database (the synchronous
 * better-sqlite3-style binding under @libsql/client; WAL lets it read while Prisma's connection
 * writes) with each statement prepared once and kept, since the statements are the few fixed
 * texts of their call sites. The client's `execute` prepared the statement again and read the
 * column names on every call: 77 µs against 23 µs for a kept statement (20,000 primary-key reads,
 * in process, 2026-12-05). For PostgreSQL a small pg pool with the same search_path as Prisma's
 * adapter. Driver errors reach the route wrapper unchanged, where classifyDatabaseFailure maps
 * an outage to 503 as it does for Prisma's.
 */
type Reader = { queryRow: (sql: string, values: readonly HotValue[]) => Promise<Record<string, unknown> | undefined>; close: () => Promise<void> };
export type HotValue = string | number;

/** At most this many connections per instance for these reads; each statement is one index lookup. */
const POOL_MAX = 4;

let current: { key: string; reader: Reader } | null = null;

function sqliteReader(filePath: string, busyTimeoutMs: number): Reader {
  let database: Database.Database | null = null;
  const statements = new Map<string, Database.Statement>();
  const open = () => {
    if (database) return database;
    const opened = new Database(filePath);
    // PRAGMA answers with a row, so it goes through prepare, not exec.
    opened.prepare(`PRAGMA busy_timeout = ${Math.trunc(busyTimeoutMs)}`).get();
    database = opened;
    return opened;
  };
  return {
    async queryRow(sql, values) {
      const db = open();
      let statement = statements.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        statements.set(sql, statement);
      }
      // get(): one native call for the first row. all() goes through the binding's row iterator
      // (a 100-slot batch array and a call per batch): 16 µs against 10 µs for the bundle
      // route's statement, 32 µs against 14 µs with both cores busy (50,000 reads, in process,
      // 2026-12-05).
      return statement.get(...values) as Record<string, unknown> | undefined;
    },
    async close() {
      statements.clear();
      database?.close();
      database = null;
    },
  };
}

/**
 * Prisma keeps DateTime in PostgreSQL as `timestamp(3)` without a time zone, holding UTC, and its
 * adapter reads it so. pg's default parser would read it in the server's local time zone; this
 * one reads it as UTC ("2026-12-04 23:17:39.123" → 2026-12-04T23:17:39.123Z).
 */
const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMP_WITHOUT_TIME_ZONE && format !== "binary"
      ? (value: string) => new Date(`${value.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

function postgresReader(url: string, schema: string): Reader {
  const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}`, max: POOL_MAX, types });
  // An idle connection that the server drops must not crash the process (pg emits 'error').
  pool.on("error", (error) => console.warn("[db] hot-read connection closed:", error.message));
  return {
    async queryRow(sql, values) {
      return (await pool.query(sql, [...values])).rows[0] as Record<string, unknown> | undefined;
    },
    close: () => pool.end(),
  };
}

function readerFor(config: DatabaseConfig, busyTimeoutMs: number): Reader {
  const key = config.provider === "sqlite" ? `sqlite:${config.url}` : `postgresql:${config.url}:${config.schema}`;
  if (current?.key === key) return current.reader;
  void current?.reader.close().catch(() => undefined);
  const reader = config.provider === "sqlite" ? sqliteReader(config.filePath, busyTimeoutMs) : postgresReader(config.url, config.schema);
  current = { key, reader };
  return reader;
}

/**
 * Runs one read-only statement written as a tagged template and answers its first row (undefined
 * when there is none): each `${value}` becomes a bound parameter (`?` for SQLite, `$n` for
 * PostgreSQL), exactly as `$queryRaw` binds them. The row is a plain object keyed by column
 * name. A COUNT is a number on SQLite and a string on PostgreSQL (pg returns int8 as text):
 * callers pass it through Number(). The statements on this path look up one row by a unique
 * index or aggregate, so they are written to answer one row.
 */
export async function hotReadRow<T>(config: DatabaseConfig, busyTimeoutMs: number, strings: TemplateStringsArray, ...values: HotValue[]): Promise<T | undefined> {
  const sql = strings.reduce((text, part, index) => (index === 0 ? part : `${text}${config.provider === "sqlite" ? "?" : `$${index}`}${part}`), "");
  return (await readerFor(config, busyTimeoutMs).queryRow(sql, values)) as T | undefined;
}

/** Closes this module's connection (tests switch databases; see disconnectDb). */
export async function closeHotReader(): Promise<void> {
  const closing = current;
  current = null;
  await closing?.reader.close();
}
