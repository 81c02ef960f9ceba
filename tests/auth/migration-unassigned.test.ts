import { freshDatabase, IS_POSTGRES } from "@/tests/helpers/test-database";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { disconnectDb } from "@/lib/server/db";
import { migrate, migrationsDirFor } from "@/lib/server/db/migrate";
import { parseServerEnv } from "@/lib/server/env";
import { rawQuery as run } from "@/tests/helpers/raw-query";

/**
 * Migration 0003_teams on a database that already holds projects (made under 0001 and 0002):
 * every project, revision and share link stays, and each project is owned by "unassigned"
 * until an admin hands it over (issue 11).
 */

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await disconnectDb();
  for (const cleanup of cleanups) await cleanup();
});


test("existing projects keep everything and are owned by \"unassigned\"", async () => {
  const database = freshDatabase();
  cleanups.push(database.cleanup);
  const config = parseServerEnv({ DATABASE_URL: database.url }, process.cwd()).database;
  const source = migrationsDirFor(IS_POSTGRES ? "postgresql" : "sqlite");
  const dir = mkdtempSync(path.join(tmpdir(), "planner-teams-"));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  for (const name of ["0001_init", "0002_share_links"]) cpSync(path.join(source, name), path.join(dir, name), { recursive: true });
  expect(await migrate(config, { migrationsDir: dir })).toEqual(["0001_init", "0002_share_links"]);

  await run(config, `INSERT INTO "Project" ("id", "name", "updatedAt", "latestRevision") VALUES ('old1', 'Old one', CURRENT_TIMESTAMP, 1), ('old2', 'Old two', CURRENT_TIMESTAMP, 0)`);
  await run(config, `INSERT INTO "Revision" ("id", "projectId", "number", "basedOn", "plan") VALUES ('r1', 'old1', 1, 0, '{}')`);
  await run(config, `INSERT INTO "ShareLink" ("id", "projectId", "tokenHash") VALUES ('s1', 'old1', 'abc')`);

  cpSync(path.join(source, "0003_teams"), path.join(dir, "0003_teams"), { recursive: true });
  expect(await migrate(config, { migrationsDir: dir })).toEqual(["0003_teams"]);

  expect(await run(config, `SELECT "id" FROM "Project" ORDER BY "id"`)).toEqual([{ id: "old1" }, { id: "old2" }]);
  expect(await run(config, `SELECT "projectId", "userName", "role" FROM "ProjectMember" ORDER BY "projectId"`)).toEqual([
    { projectId: "old1", userName: "unassigned", role: "owner" },
    { projectId: "old2", userName: "unassigned", role: "owner" },
  ]);
  expect(await run(config, `SELECT "id", "createdBy" FROM "Revision"`)).toEqual([{ id: "r1", createdBy: "" }]);
  expect(await run(config, `SELECT "id", "createdBy", "revokedBy" FROM "ShareLink"`)).toEqual([{ id: "s1", createdBy: "", revokedBy: "" }]);
  expect(await run(config, `SELECT COUNT(*) AS "n" FROM "AuditEntry"`)).toEqual([{ n: IS_POSTGRES ? "0" : 0 }]);
});
