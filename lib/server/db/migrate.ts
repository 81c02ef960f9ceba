import { readdirSync, readFileSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import pg from "pg";
import { sqlIdent } from "@/lib/core/text/quote";
import type { DatabaseConfig } from "@/lib/server/env";

/**
 * Applies the SQL migrations in `prisma/<provider>/migrations/<NNNN_name>/migration.sql`, in name
 * order, each in its own transaction, recording them in `_planner_migrations(name, applied_at)`.
 * `prisma migrate deploy` cannot run here (the PostgreSQL adapter cannot read catalog columns of
 * type `name`, prisma/orm#27403), so the app applies them itself at start.
 *
 * Safe when several processes start together: each step takes the database's writer lock first
 * (PostgreSQL `pg_advisory_xact_lock`, SQLite `BEGIN IMMEDIATE` with a busy timeout) and re-reads
 * what is applied under the lock, so a migration another process just applied is skipped.
 */

export type Migration = { name: string; sql: string };
export type MigrateOptions = { migrationsDir?: string; busyTimeoutMs?: number };

const TABLE = "_planner_migrations";
const FOLDER = /^\d{4}_[a-z0-9_]+$/;

export function migrationsDirFor(provider: DatabaseConfig["provider"], cwd = process.cwd()): string {
  return path.join(cwd, "prisma", provider === "postgresql" ? "postgres" : "sqlite", "migrations");
}

export function readMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) throw new Error(`Migrations folder not found: ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && FOLDER.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}

/** Brings the database up to date; returns the names this call applied (empty when up to date). */
export async function migrate(config: DatabaseConfig, options: MigrateOptions = {}): Promise<string[]> {
  const migrations = readMigrations(options.migrationsDir ?? migrationsDirFor(config.provider));
  return config.provider === "sqlite"
    ? migrateSqlite(config, migrations, options.busyTimeoutMs ?? 5_000)
    : migratePostgres(config, migrations);
}

async function migrateSqlite(config: Extract<DatabaseConfig, { provider: "sqlite" }>, migrations: Migration[], busyTimeoutMs: number): Promise<string[]> {
  mkdirSync(path.dirname(config.filePath), { recursive: true });
  const client = createClient({ url: config.url });
  const applied: string[] = [];
  try {
    await client.execute(`PRAGMA busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
    await ensureWal(client, busyTimeoutMs);
    for (;;) {
      // transaction("write") issues BEGIN IMMEDIATE on this connection (busy timeout set above).
      const tx = await client.transaction("write");
      try {
        await tx.execute(`CREATE TABLE IF NOT EXISTS ${sqlIdent(TABLE)} (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`);
        const done = new Set((await tx.execute(`SELECT name FROM ${sqlIdent(TABLE)}`)).rows.map((row) => String(row.name)));
        const next = migrations.find((m) => !done.has(m.name));
        if (!next) {
          await tx.commit();
          return applied;
        }
        await tx.executeMultiple(next.sql);
        await tx.execute({ sql: `INSERT INTO ${sqlIdent(TABLE)} (name, applied_at) VALUES (?, ?)`, args: [next.name, new Date().toISOString()] });
        await tx.commit();
        applied.push(next.name);
      } finally {
        tx.close();
      }
      // The client opens a fresh connection after handing one to a transaction: set its timeout too.
      await client.execute(`PRAGMA busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
    }
  } finally {
    client.close();
  }
}

/**
 * WAL lets readers continue while one process writes; the mode is stored in the file, so only
 * the first process to start has to switch it. Switching needs the database to itself and SQLite
 * answers "database is locked" at once rather than waiting on the busy timeout, so processes
 * starting together retry until one has switched it (or the timeout is spent).
 */
async function ensureWal(client: Client, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const current = await client.execute("PRAGMA journal_mode");
      if (String(current.rows[0]?.journal_mode ?? "").toLowerCase() === "wal") return;
      await client.execute("PRAGMA journal_mode = WAL");
      return;
    } catch (error) {
      if (!isSqliteBusy(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

function isSqliteBusy(error: unknown): boolean {
  const code = (error as { rawCode?: unknown } | null)?.rawCode;
  return code === 5 || (error instanceof Error && /database is locked/i.test(error.message));
}

async function migratePostgres(config: Extract<DatabaseConfig, { provider: "postgresql" }>, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  const applied: string[] = [];
  const schema = sqlIdent(config.schema);
  try {
    for (;;) {
      await client.query("BEGIN");
      try {
        // One lock per schema: processes migrating the same schema queue here; the lock ends with the transaction.
        await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`planner-migrations:${config.schema}`]);
        const exists = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [config.schema]);
        if (exists.rowCount === 0) await client.query(`CREATE SCHEMA ${schema}`);
        await client.query(`SET LOCAL search_path TO ${schema}`);
        await client.query(`CREATE TABLE IF NOT EXISTS ${sqlIdent(TABLE)} (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
        const done = new Set((await client.query<{ name: string }>(`SELECT name FROM ${sqlIdent(TABLE)}`)).rows.map((row) => row.name));
        const next = migrations.find((m) => !done.has(m.name));
        if (!next) {
          await client.query("COMMIT");
          return applied;
        }
        await client.query(next.sql);
        await client.query(`INSERT INTO ${sqlIdent(TABLE)} (name) VALUES ($1)`, [next.name]);
        await client.query("COMMIT");
        applied.push(next.name);
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    }
  } finally {
    await client.end();
  }
}
