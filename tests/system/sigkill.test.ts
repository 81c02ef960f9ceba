import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { getProject, saveRevision } from "@/tests/system/helpers/api-client";
import { startApp, stopAllApps, systemPort } from "@/tests/system/helpers/app-server";
import { inspectPostgres, inspectSqlite, type DatabaseReport } from "@/tests/system/helpers/inspect-database";
import { startPostgresServer, type PostgresServer } from "@/tests/system/helpers/postgres-server";
import { IS_SYSTEM_RUN, requirePostgres } from "@/tests/system/helpers/system-run";
import { hasRunbookRoutes, startWriteLoad, type AckedSave } from "@/tests/system/helpers/write-load";

/**
 * The server is killed with SIGKILL in the middle of a write load (revision saves and runbook
 * check-offs) and started again on the same database. Nothing acknowledged may be lost, nothing
 * half-written may be stored, and the database must pass its own integrity checks.
 */

type Store = { url: string; inspect: () => Promise<DatabaseReport>; cleanup: () => Promise<void> };

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await stopAllApps();
  for (const cleanup of cleanups) await cleanup();
});

async function sqliteStore(): Promise<Store> {
  const dir = mkdtempSync(path.join(tmpdir(), "planner-sigkill-"));
  const file = path.join(dir, "planner.db");
  return { url: `file:${file}`, inspect: () => inspectSqlite(file), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

let postgres: PostgresServer | undefined;
async function postgresStore(): Promise<Store> {
  postgres ??= await startPostgresServer(systemPort(11));
  const server = postgres;
  const schema = `sigkill_${randomBytes(4).toString("hex")}`;
  return { url: server.url(schema), inspect: () => inspectPostgres(server, schema), cleanup: () => server.destroy() };
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("the write load did not get going in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function crashAndRecover(open: () => Promise<Store>, label: string, port: number): Promise<void> {
  const store = await open();
  cleanups.push(store.cleanup);
  const app = await startApp({ port, databaseUrl: store.url });
  const withRunbook = await hasRunbookRoutes(app.url);
  const load = await startWriteLoad(app.url, { savers: 6, stepCheckers: withRunbook ? 3 : 0, label });
  const ackedSteps = () => [...load.steps.values()].filter((s) => s.acked).length;
  await until(() => load.savedAcks.length >= 60 && (!withRunbook || ackedSteps() >= 30), 60_000);
  // An arbitrary moment inside the load, not right after an acknowledgement.
  await new Promise((resolve) => setTimeout(resolve, 50 + Math.floor(Math.random() * 250)));
  await app.kill();
  load.stop();
  await load.done;

  const afterCrash = await store.inspect();
  const restarted = await startApp({ port, databaseUrl: store.url });
  const afterRestart = await store.inspect();
  console.info(
    `[sigkill ${label}] killed after ${load.savedAcks.length} acknowledged saves (${load.savesInFlight} in flight)` +
      (withRunbook ? ` and ${[...load.steps.values()].filter((s) => s.acked).length} acknowledged step writes` : " (runbook routes absent: saves only)") +
      `; after restart: ${afterRestart.revisions.length} revisions stored, problems: ${afterRestart.problems.length}`,
  );

  expect(load.unexpected).toEqual([]);
  expect(afterCrash.problems).toEqual([]);
  expect(afterRestart.problems).toEqual([]);

  // Every acknowledged save is there, once, under its number.
  for (const ack of load.savedAcks) {
    const matches = afterRestart.revisions.filter((r) => r.note === ack.note);
    expect(matches.map((r) => [r.projectId, r.number]), ack.note).toEqual([[ack.projectId, ack.number]]);
  }
  // At most the one save in flight per project may have landed unacknowledged.
  const ackedByProject = new Map<string, AckedSave[]>();
  for (const ack of load.savedAcks) ackedByProject.set(ack.projectId, [...(ackedByProject.get(ack.projectId) ?? []), ack]);
  for (const [projectId, acks] of ackedByProject) {
    const stored = afterRestart.revisions.filter((r) => r.projectId === projectId).length;
    expect(stored - 1 - acks.length, projectId).toBeGreaterThanOrEqual(0);
    expect(stored - 1 - acks.length, projectId).toBeLessThanOrEqual(1);
  }
  // Every step holds its last acknowledged state, or the state of the write the kill interrupted.
  for (const [stepKey, entry] of load.steps) {
    const stored = afterRestart.steps.find((s) => s.projectId === entry.projectId && s.revisionNumber === 1 && s.stepKey === stepKey);
    const state = stored ? { isChecked: stored.isChecked, note: stored.note } : null;
    const allowed = [entry.acked, entry.inFlight].filter((w) => w !== null).map((w) => ({ isChecked: w.isChecked, note: w.note }));
    if (entry.acked) expect(allowed, stepKey).toContainEqual(state);
  }

  // And the restarted server carries on: one more save per project.
  for (const projectId of ackedByProject.keys()) {
    const { latestRevision, latest } = await getProject(restarted.url, projectId);
    const response = await saveRevision(restarted.url, projectId, latestRevision, latest?.plan ?? ({} as never), `${label} after restart`);
    expect(response.status).toBe(201);
  }
  await restarted.stop();
}

describe.runIf(IS_SYSTEM_RUN)("SIGKILL under write load", () => {
  test("SQLite: acknowledged writes survive, integrity_check ok, no half-written revision", () => crashAndRecover(sqliteStore, "sqlite", systemPort(2)), 180_000);

  test.runIf(IS_SYSTEM_RUN && requirePostgres())(
    "PostgreSQL: acknowledged writes survive, constraints hold, latestRevision = max(number)",
    () => crashAndRecover(postgresStore, "postgresql", systemPort(3)),
    180_000,
  );
});
