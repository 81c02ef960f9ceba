import { randomBytes } from "node:crypto";
import { readMigrations, migrationsDirFor } from "@/lib/server/db/migrate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createProject, getProject, listRevisions, request, saveRevision } from "@/tests/system/helpers/api-client";
import { startApp, stopAllApps, systemPort, type AppServer } from "@/tests/system/helpers/app-server";
import { HAS_POSTGRES, startPostgresServer, type PostgresServer } from "@/tests/system/helpers/postgres-server";
import { IS_SYSTEM_RUN, requirePostgres } from "@/tests/system/helpers/system-run";

/**
 * Two `next start` instances on one PostgreSQL schema, 50 clients editing one project through
 * both: each reads the latest revision, saves on top of it, and on 409 re-reads and tries again
 * (a bounded number of times). Optimistic concurrency must hold across processes: every
 * acknowledged save stored exactly once, numbers 1..n without gaps, every stale base refused.
 */

const CLIENTS = 50;
const SAVES_PER_CLIENT = 2;
const MAX_ATTEMPTS = 25;
const TIME_BUDGET_MS = 90_000;
/** After a 409, wait a random 0..(25 × attempt) ms, at most 250 ms, as a polite client would. */
const backoff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(250, 25 * (attempt + 1))));

type Ack = { note: string; number: number; basedOn: number; instance: number };
type Stale = { basedOn: number; latestRevision: number | undefined; code: string | undefined };

describe.runIf(IS_SYSTEM_RUN && requirePostgres())("two app instances on one PostgreSQL", () => {
  let postgres: PostgresServer;
  let apps: AppServer[] = [];
  const schema = `multi_${randomBytes(4).toString("hex")}`;

  beforeAll(async () => {
    postgres = await startPostgresServer(systemPort(10));
    const databaseUrl = postgres.url(schema);
    // Started together on an empty schema: the migration lock decides which one creates the tables.
    apps = await Promise.all([0, 1].map((i) => startApp({ port: systemPort(i), databaseUrl })));
  }, 180_000);

  afterAll(async () => {
    await stopAllApps();
    await postgres?.destroy();
  });

  test("both instances run on PostgreSQL, with every migration applied once at start", async () => {
    for (const app of apps) expect((await request(app.url, "/api/health")).body).toEqual({ ok: true, database: "postgresql" });
    const applied = await postgres.query<{ name: string }>(`SELECT name FROM "${schema}"."_planner_migrations" ORDER BY name`);
    const expected = readMigrations(migrationsDirFor("postgresql")).map((m) => m.name);
    expect(applied.rows.map((r) => r.name)).toEqual(expected);
  });

  test("50 clients through both instances: every acknowledged save stored once, numbers contiguous, stale bases refused", async () => {
    const [first, second] = apps;
    if (!first || !second) throw new Error("instances did not start");
    const project = await createProject(first.url, "Contended across instances");
    const plan = project.latest?.plan;
    if (!plan) throw new Error("the blueprint project has no revision");

    const acks: Ack[] = [];
    const stale: Stale[] = [];
    const unexpected: string[] = [];
    let attempts = 0;
    let gaveUp = 0;
    const deadline = Date.now() + TIME_BUDGET_MS;

    const client = async (index: number) => {
      const instance = index % 2;
      const base = apps[instance]?.url ?? "";
      for (let save = 0; save < SAVES_PER_CLIENT; save += 1) {
        let isSaved = false;
        for (let attempt = 0; attempt < MAX_ATTEMPTS && !isSaved && Date.now() < deadline; attempt += 1) {
          attempts += 1;
          const { latestRevision } = await getProject(base, project.id);
          const note = `client ${index} save ${save} attempt ${attempt}`;
          const response = await saveRevision(base, project.id, latestRevision, plan, note);
          if (response.status === 201 && response.body.revision) {
            acks.push({ note, number: response.body.revision.number, basedOn: latestRevision, instance });
            isSaved = true;
          } else if (response.status === 409) {
            stale.push({ basedOn: latestRevision, latestRevision: response.body.error?.latestRevision, code: response.body.error?.code });
            await backoff(attempt);
          } else {
            unexpected.push(`${response.status} ${JSON.stringify(response.body)}`);
          }
        }
        if (!isSaved) gaveUp += 1;
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));
    const elapsedMs = Date.now() - started;

    const after = await getProject(second.url, project.id);
    const revisions = await listRevisions(first.url, project.id);
    const n = after.latestRevision;
    const stored = await postgres.query<{ note: string; copies: string }>(
      `SELECT note, count(*) AS copies FROM "${schema}"."Revision" WHERE "projectId" = $1 GROUP BY note`,
      [project.id],
    );
    console.info(
      `[multi-instance] ${CLIENTS} clients, ${attempts} attempts in ${elapsedMs} ms: ${acks.length} saved (instance A ${acks.filter((a) => a.instance === 0).length}, B ${acks.filter((a) => a.instance === 1).length}), ${stale.length} refused as stale, ${gaveUp} gave up; revisions 1..${n}`,
    );

    expect(unexpected).toEqual([]);
    expect(attempts).toBeLessThanOrEqual(CLIENTS * SAVES_PER_CLIENT * MAX_ATTEMPTS);
    expect(acks.length + gaveUp).toBe(CLIENTS * SAVES_PER_CLIENT);
    expect(acks.length).toBeGreaterThan(0);
    // Both instances took part, and both answered stale bases with the contract's 409.
    expect(new Set(acks.map((a) => a.instance))).toEqual(new Set([0, 1]));
    expect(stale.length).toBeGreaterThan(0);
    for (const refusal of stale) {
      expect(refusal.code).toBe("stale_revision");
      expect(refusal.latestRevision).toBeGreaterThan(refusal.basedOn);
    }

    // Every acknowledged save is there exactly once, under the number it was acknowledged with;
    // nothing refused or abandoned was stored.
    expect(acks.every((a) => a.number === a.basedOn + 1)).toBe(true);
    expect(acks.map((a) => a.number).sort((a, b) => a - b)).toEqual(Array.from({ length: n - 1 }, (_, i) => i + 2));
    const copies = new Map(stored.rows.map((row) => [row.note, Number(row.copies)]));
    for (const ack of acks) expect(copies.get(ack.note), ack.note).toBe(1);
    expect([...copies.keys()].filter((note) => !acks.some((a) => a.note === note))).toEqual([revisions.at(-1)?.note]);

    // The history is 1..n without gaps, each revision based on the one before, the same on both instances.
    expect(revisions.map((r) => r.number)).toEqual(Array.from({ length: n }, (_, i) => n - i));
    expect(revisions.every((r) => r.basedOn === r.number - 1)).toBe(true);
    expect(await listRevisions(second.url, project.id)).toEqual(revisions);
    expect(n).toBe(acks.length + 1);

    // A stale base is refused by either instance, and refusing stores nothing.
    for (const app of apps) {
      const response = await saveRevision(app.url, project.id, 1, plan, "stale on purpose");
      expect(response.status).toBe(409);
      expect(response.body.error).toMatchObject({ code: "stale_revision", latestRevision: n });
    }
    expect((await getProject(first.url, project.id)).latestRevision).toBe(n);
  }, 180_000);
});

if (IS_SYSTEM_RUN && !HAS_POSTGRES) console.warn("[multi-instance] SKIPPED: PostgreSQL server binaries not installed (apt-get install -y postgresql).");
