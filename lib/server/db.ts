import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { AppError } from "@/lib/server/api/app-error";
import { classifyDatabaseFailure } from "@/lib/server/api/database-failure";
import { closeHotReader, hotReadRow, type HotValue } from "@/lib/server/db/hot-read";
import { migrate } from "@/lib/server/db/migrate";
import { PlannerLibSQL } from "@/lib/server/db/sqlite-adapter";
import { getServerEnv, resetServerEnv, type DatabaseConfig } from "@/lib/server/env";
import { PrismaClient as PostgresClient } from "@/lib/server/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/lib/server/generated/sqlite/client";

/**
 * The one Prisma client of this process (create-t3-app `src/server/db.ts`, dub
 * `lib/prisma/index.ts`): SQLite by default, PostgreSQL when DATABASE_URL says so. It is cached on
 * globalThis outside production so dev-server reloads do not open a client per edit.
 *
 * The data layer is typed against the SQLite client. The two generated clients come from
 * schemas that differ only in provider (tests/storage/schema-parity.test.ts), so their model
 * APIs are the same; the one cast between them lives here and nowhere else.
 */
export type Db = SqliteClient;
export type DatabaseProvider = DatabaseConfig["provider"];

type DbState = { client: Db; provider: DatabaseProvider; ready: Promise<void> | null; createdAt: number };

const globalForDb = globalThis as typeof globalThis & { __plannerDb?: DbState; __plannerMigrated?: string };
let moduleState: DbState | undefined;

/** How long a retired client stays open so requests already using it can finish. */
const RETIRE_GRACE_MS = 15_000;
/** A client younger than this is not replaced again: an outage must not churn clients per request. */
const MIN_CLIENT_AGE_MS = 1_000;

function createClient(config: DatabaseConfig, busyTimeoutMs: number): Db {
  if (config.provider === "sqlite") return new SqliteClient({ adapter: new PlannerLibSQL({ url: config.url }, busyTimeoutMs) });
  // search_path makes raw queries and the migration runner agree with the adapter's schema.
  const adapter = new PrismaPg({ connectionString: config.url, options: `-c search_path=${config.schema}` }, { schema: config.schema });
  return new PostgresClient({ adapter }) as unknown as Db;
}

function currentState(): DbState {
  const env = getServerEnv();
  const existing = env.isProduction ? moduleState : globalForDb.__plannerDb;
  if (existing) return existing;
  // Migrations already applied by this process (to this database) need not run again for a
  // replacement client: a database that turned read-only could not take their write lock.
  const isMigrated = globalForDb.__plannerMigrated === env.database.url;
  const state: DbState = {
    client: createClient(env.database, env.sqliteBusyTimeoutMs),
    provider: env.database.provider,
    ready: isMigrated ? Promise.resolve() : null,
    createdAt: Date.now(),
  };
  if (env.isProduction) moduleState = state;
  else globalForDb.__plannerDb = state;
  return state;
}

/**
 * The client, after the migrations have been applied once in this process. A failed start
 * (database down, file not writable) is not cached: the next request tries again.
 */
export async function getDb(): Promise<Db> {
  const state = currentState();
  const env = getServerEnv();
  state.ready ??= migrate(env.database, { busyTimeoutMs: env.sqliteBusyTimeoutMs }).then(
    (applied) => {
      globalForDb.__plannerMigrated = env.database.url;
      if (applied.length > 0) console.info(`[db] applied migrations: ${applied.join(", ")}`);
    },
    (error: unknown) => {
      state.ready = null;
      throw error;
    },
  );
  try {
    await state.ready;
  } catch (error) {
    console.error("[db] could not prepare the database", error);
    throw AppError.databaseUnavailable();
  }
  return state.client;
}

/**
 * Called with every error a request ended in. A SQLite connection that met a read-only or
 * unopenable file stays that way (SQLite falls back to a read-only open and never upgrades it), so
 * after such a failure the client is replaced: the next request opens the file afresh and succeeds
 * as soon as it is writable again. The old client is closed after a grace period. PostgreSQL needs
 * none of this: pg's pool drops broken connections and opens new ones by itself.
 */
export function recoverFromDatabaseFailure(error: unknown): void {
  const state = globalForDb.__plannerDb ?? moduleState;
  const failure = classifyDatabaseFailure(error);
  if (!state || state.provider !== "sqlite" || (failure !== "read_only" && failure !== "commit_failed")) return;
  if (Date.now() - state.createdAt < MIN_CLIENT_AGE_MS) return;
  if (globalForDb.__plannerDb === state) globalForDb.__plannerDb = undefined;
  if (moduleState === state) moduleState = undefined;
  console.warn("[db] SQLite failed to read or write; reopening the database file for the next request");
  setTimeout(() => void state.client.$disconnect().catch(() => undefined), RETIRE_GRACE_MS).unref();
}

/**
 * The first row (undefined when none) of one read-only statement on the path of cached answers,
 * sent to the driver without Prisma's per-call query compilation (lib/server/db/hot-read.ts says
 * why and what it costs). Runs after the migrations, like every other query; values are bound
 * parameters, never text.
 */
export async function readRow<T>(strings: TemplateStringsArray, ...values: HotValue[]): Promise<T | undefined> {
  await getDb();
  const env = getServerEnv();
  return hotReadRow<T>(env.database, env.sqliteBusyTimeoutMs, strings, ...values);
}

export function getDatabaseProvider(): DatabaseProvider {
  return getServerEnv().database.provider;
}

/** Close the client and forget it and the environment (tests switch databases between files). */
export async function disconnectDb(): Promise<void> {
  const state = globalForDb.__plannerDb ?? moduleState;
  globalForDb.__plannerDb = undefined;
  globalForDb.__plannerMigrated = undefined;
  moduleState = undefined;
  resetServerEnv();
  await closeHotReader();
  await state?.client.$disconnect();
}
