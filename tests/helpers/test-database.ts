import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { disconnectDb } from "@/lib/server/db";


/**
 * A fresh, empty database for one test file: a SQLite file in a temp folder, or, when
 * TEST_DATABASE_URL=postgresql://... is set, a new randomly named schema in that database
 * (dropped afterwards). DATABASE_URL is pointed at it and the cached client and environment are
 * reset, so the app's own code (migrations included) runs exactly as in production.
 *
 * Import this module before any module under lib/server or app/api.
 */
export type TestDatabase = { provider: "sqlite" | "postgresql"; url: string };

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
export const IS_POSTGRES = TEST_DATABASE_URL !== undefined && /^postgres(ql)?:\/\//.test(TEST_DATABASE_URL);

function postgresUrl(base: string, schema: string): string {
  const url = new URL(base);
  url.searchParams.set("schema", schema);
  return url.toString();
}

/** A new empty database (nothing created yet: the app's migrations do that) and how to remove it. */
export function freshDatabase(): TestDatabase & { cleanup: () => Promise<void> } {
  if (IS_POSTGRES && TEST_DATABASE_URL) {
    const schema = `test_${randomBytes(6).toString("hex")}`;
    return { provider: "postgresql", url: postgresUrl(TEST_DATABASE_URL, schema), cleanup: () => dropSchema(TEST_DATABASE_URL, schema) };
  }
  const tempDir = mkdtempSync(path.join(tmpdir(), "planner-test-"));
  return {
    provider: "sqlite",
    url: `file:${path.join(tempDir, "planner.db")}`,
    cleanup: async () => rmSync(tempDir, { recursive: true, force: true }),
  };
}

/** Creates the database before the file's tests and removes it after them. */
export function useTestDatabase(): TestDatabase {
  const database: TestDatabase = { provider: IS_POSTGRES ? "postgresql" : "sqlite", url: "" };
  let cleanup: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const fresh = freshDatabase();
    database.url = fresh.url;
    cleanup = fresh.cleanup;
    await useDatabaseUrl(database.url);
  });

  afterAll(async () => {
    await disconnectDb();
    await cleanup?.();
  });

  return database;
}

/** Points the app at another database (and forgets the cached client). */
export async function useDatabaseUrl(url: string): Promise<void> {
  await disconnectDb();
  process.env.DATABASE_URL = url;
}

async function dropSchema(base: string, schema: string): Promise<void> {
  const url = new URL(base);
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
