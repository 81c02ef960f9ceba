import { freshDatabase, IS_POSTGRES, useDatabaseUrl } from "@/tests/helpers/test-database";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { disconnectDb, getDb } from "@/lib/server/db";
import { migrate, migrationsDirFor, readMigrations } from "@/lib/server/db/migrate";
import { parseServerEnv, type DatabaseConfig } from "@/lib/server/env";
import { rawQuery as query } from "@/tests/helpers/raw-query";
import { runWorkers } from "@/tests/helpers/run-workers";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await disconnectDb();
  for (const cleanup of cleanups) await cleanup();
});

function fresh(): { url: string; config: DatabaseConfig } {
  const database = freshDatabase();
  cleanups.push(database.cleanup);
  return { url: database.url, config: parseServerEnv({ DATABASE_URL: database.url }, process.cwd()).database };
}


const ALL = readMigrations(migrationsDirFor(IS_POSTGRES ? "postgresql" : "sqlite")).map((m) => m.name);

describe("migrate", () => {
  test("applies every migration once; running again applies nothing", async () => {
    const { config } = fresh();
    expect(await migrate(config)).toEqual(ALL);
    expect(await migrate(config)).toEqual([]);
    const rows = await query(config, 'SELECT name FROM "_planner_migrations" ORDER BY name');
    expect(rows.map((row) => row.name)).toEqual(ALL);
    expect(await query(config, 'SELECT COUNT(*) AS n FROM "Project"')).toEqual([{ n: IS_POSTGRES ? "0" : 0 }]);
  });

  test("three processes starting together apply each migration exactly once", async () => {
    const { url, config } = fresh();
    const results = await runWorkers<string[]>("tests/storage/workers/migrate-worker.ts", 3, { DATABASE_URL: url });
    // Each migration is applied by exactly one process, each process in order.
    expect(results.flat().sort()).toEqual(ALL);
    for (const applied of results) expect(applied).toEqual([...applied].sort());
    expect((await query(config, 'SELECT name FROM "_planner_migrations"')).length).toBe(ALL.length);
  }, 60_000);

  test("a later migration is applied on top; a failing one is rolled back and not recorded", async () => {
    const { config } = fresh();
    const dir = mkdtempSync(path.join(tmpdir(), "planner-migrations-"));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    cpSync(migrationsDirFor(config.provider), dir, { recursive: true });
    expect(await migrate(config, { migrationsDir: dir })).toEqual(ALL);

    mkdirSync(path.join(dir, "9001_add_extra"));
    writeFileSync(path.join(dir, "9001_add_extra", "migration.sql"), 'CREATE TABLE "Extra" ("id" TEXT NOT NULL PRIMARY KEY);\n');
    mkdirSync(path.join(dir, "9002_broken"));
    writeFileSync(path.join(dir, "9002_broken", "migration.sql"), 'CREATE TABLE "Broken" ("id" TEXT);\nINSERT INTO "DoesNotExist" VALUES (1);\n');
    await expect(migrate(config, { migrationsDir: dir })).rejects.toThrow(/DoesNotExist/);

    const applied = (await query(config, 'SELECT name FROM "_planner_migrations" ORDER BY name')).map((row) => row.name);
    expect(applied).toEqual([...ALL, "9001_add_extra"]);
    await expect(query(config, 'SELECT * FROM "Extra"')).resolves.toEqual([]);
    await expect(query(config, 'SELECT * FROM "Broken"')).rejects.toThrow(/Broken/);
  });

  test.skipIf(IS_POSTGRES)("SQLite runs in WAL mode with foreign keys and a busy timeout on every connection", async () => {
    const { url } = fresh();
    await useDatabaseUrl(url);
    const db = await getDb();
    const pragma = async (name: string) => Object.values((await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`))[0] ?? {})[0];
    expect(await pragma("journal_mode")).toBe("wal");
    expect(await pragma("foreign_keys")).toBe(1);
    expect(await pragma("busy_timeout")).toBe(5000);
    await db.$transaction(async (tx) => tx.project.count());
    // libsql opens a new connection after each transaction: it must be patient too.
    expect(await pragma("busy_timeout")).toBe(5000);
  });
});
