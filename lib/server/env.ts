import "server-only";
import path from "node:path";
import { z } from "zod";
import { parseAuthEnv, type AuthConfig } from "@/lib/server/auth/config";

/**
 * The server's environment, read once and validated here; nothing else reads process.env
 * (create-t3-app `src/env.js` does the same). `DATABASE_URL` picks the store:
 * - unset: SQLite in `data/planner.db` under the working directory (the embedded default);
 * - `file:...`: SQLite at that path (relative paths resolve against the working directory);
 * - `postgresql://...` or `postgres://...`: PostgreSQL; `?schema=name` selects a schema other than
 *   `public` (the tests use a fresh one per file).
 */

export type DatabaseConfig =
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgresql"; url: string; schema: string };

export type ServerEnv = {
  database: DatabaseConfig;
  isProduction: boolean;
  /** How long a SQLite writer waits for another process's lock before giving up. */
  sqliteBusyTimeoutMs: number;
  /**
   * Requests per minute one client may make to the expensive routes (diffs, bundles, share
   * reads); 0 turns the limit off. Default 120, or 0 under NODE_ENV=test unless set.
   */
  rateLimitExpensivePerMinute: number;
  /** Caps on stored data (lib/server/data/quotas.ts). */
  maxProjects: number;
  maxRevisionsPerProject: number;
  /** Sign-in: AUTH_MODE and its variables (lib/server/auth/config.ts). */
  auth: AuthConfig;
};

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

const RawEnvSchema = z.object({
  DATABASE_URL: z.string().trim().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
  SQLITE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).optional(),
  RATE_LIMIT_EXPENSIVE_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).optional(),
  MAX_PROJECTS: z.coerce.number().int().min(1).optional(),
  MAX_REVISIONS_PER_PROJECT: z.coerce.number().int().min(1).optional(),
});

function sqliteConfig(url: string, cwd: string): DatabaseConfig {
  // libsql accepts file:relative, file:/absolute and file:///absolute; normalize to an absolute path
  // so the data folder can be created and two processes agree on the file.
  const rest = url.slice("file:".length).split("?")[0] ?? "";
  const withoutAuthority = rest.startsWith("///") ? rest.slice(2) : rest;
  if (withoutAuthority === "" || withoutAuthority === ":memory:")
    throw new Error("DATABASE_URL must name a SQLite file, e.g. file:./data/planner.db (in-memory databases are not supported).");
  const filePath = path.resolve(cwd, withoutAuthority);
  return { provider: "sqlite", url: `file:${filePath}`, filePath };
}

function postgresConfig(url: string): DatabaseConfig {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("DATABASE_URL is not a valid postgresql:// URL.");
  }
  const schema = parsed.searchParams.get("schema") ?? "public";
  if (!SCHEMA_NAME.test(schema))
    throw new Error("DATABASE_URL ?schema= must be a plain identifier (letters, digits, underscore).");
  // pg does not know the Prisma-style `schema` parameter: it is applied through search_path instead.
  parsed.searchParams.delete("schema");
  return { provider: "postgresql", url: parsed.toString(), schema };
}

/** Pure: turns an environment object into the server's settings, or throws a readable error. */
export function parseServerEnv(source: Record<string, string | undefined>, cwd: string): ServerEnv {
  const raw = RawEnvSchema.safeParse(source);
  if (!raw.success) {
    const detail = raw.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid server environment: ${detail}`);
  }
  const url = raw.data.DATABASE_URL || `file:${path.join(cwd, "data", "planner.db")}`;
  let database: DatabaseConfig;
  if (url.startsWith("file:")) database = sqliteConfig(url, cwd);
  else if (/^postgres(ql)?:\/\//.test(url)) database = postgresConfig(url);
  else throw new Error("DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL).");
  return {
    database,
    isProduction: raw.data.NODE_ENV === "production",
    sqliteBusyTimeoutMs: raw.data.SQLITE_BUSY_TIMEOUT_MS ?? 5_000,
    rateLimitExpensivePerMinute: raw.data.RATE_LIMIT_EXPENSIVE_PER_MINUTE ?? (raw.data.NODE_ENV === "test" ? 0 : 120),
    maxProjects: raw.data.MAX_PROJECTS ?? 10_000,
    maxRevisionsPerProject: raw.data.MAX_REVISIONS_PER_PROJECT ?? 5_000,
    auth: parseAuthEnv(source),
  };
}

let cached: ServerEnv | undefined;

/** The validated environment of this process, read on first use. */
export function getServerEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env, process.cwd());
  return cached;
}

/** Forget the cached environment (tests point DATABASE_URL at a fresh database per file). */
export function resetServerEnv(): void {
  cached = undefined;
}
