import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { AppError } from "@/lib/server/api/app-error";
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

type DbState = { client: Db; provider: DatabaseProvider; ready: Promise<void> | null };

const globalForDb = globalThis as typeof globalThis & { __plannerDb?: DbState };
let moduleState: DbState | undefined;

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
  const state: DbState = { client: createClient(env.database, env.sqliteBusyTimeoutMs), provider: env.database.provider, ready: null };
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

export function getDatabaseProvider(): DatabaseProvider {
  return getServerEnv().database.provider;
}

/** Close the client and forget it and the environment (tests switch databases between files). */
export async function disconnectDb(): Promise<void> {
  const state = globalForDb.__plannerDb ?? moduleState;
  globalForDb.__plannerDb = undefined;
  moduleState = undefined;
  resetServerEnv();
  await state?.client.$disconnect();
}
