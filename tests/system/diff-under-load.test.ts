import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createProject, request } from "@/tests/system/helpers/api-client";
import { startApp, stopAllApps, systemPort, type AppServer } from "@/tests/system/helpers/app-server";
import { IS_SYSTEM_RUN } from "@/tests/system/helpers/system-run";
import { planOver, SIX_REGIONS, TWELVE_REGIONS } from "@/bench/plans";

/**
 * Issue 12: uncached diffs between large revisions ran on the request thread, so /api/health
 * waited behind them. Against the production build (diffs in the worker pool), 8 clients ask for
 * 8 different uncached 12-region diffs while one client polls /api/health; health must answer
 * several times before the FIRST diff is done, which cannot happen while a diff holds the request
 * thread. The assertion is about order, not time. Then the rate limit: 429 with Retry-After.
 */
describe.runIf(IS_SYSTEM_RUN)("diffs do not stall the server", () => {
  let app: AppServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "planner-diffload-"));
    app = await startApp({ port: systemPort(9), databaseUrl: `file:${path.join(dir, "planner.db")}`, env: { RATE_LIMIT_EXPENSIVE_PER_MINUTE: "12" } });
  });

  afterAll(async () => {
    await stopAllApps();
    rmSync(dir, { recursive: true, force: true });
  });

  test("health answers while 8 uncached diffs run, and every diff is right", async () => {
    const project = await createProject(app.url, "Load", "blueprint");
    // Revisions 2..10 alternate between 6 and 12 regions with a different proxy count each.
    for (let n = 2; n <= 10; n += 1) {
      const plan = planOver(n % 2 === 0 ? TWELVE_REGIONS : SIX_REGIONS);
      plan.regions.forEach((r) => (r.proxyReplicas = n));
      const saved = await request(app.url, `/api/projects/${project.id}/revisions`, { body: { basedOn: n - 1, plan } });
      expect(saved.status).toBe(201);
    }
    const events: string[] = [];
    let isDiffing = true;
    const diffs = Array.from({ length: 8 }, (_, i) =>
      // Queued behind each other in the pool on a 2-core machine: longer than the client's usual 20 s.
      fetch(`${app.url}/api/projects/${project.id}/diff?from=${i + 2}&to=${i + 3}`, { signal: AbortSignal.timeout(150_000) }).then(async (r) => {
        const body = (await r.json()) as { diff: { to: { number: number }; files: unknown[] } };
        events.push(`diff ${i}`);
        return { status: r.status, body };
      }),
    );
    const polling = (async () => {
      while (isDiffing) {
        const health = await request(app.url, "/api/health");
        expect(health.status).toBe(200);
        events.push("health");
      }
    })();
    const answers = await Promise.all(diffs);
    isDiffing = false;
    await polling;
    answers.forEach((answer, i) => {
      expect(answer.status).toBe(200);
      expect(answer.body.diff.to.number).toBe(i + 3);
      expect(answer.body.diff.files.length).toBeGreaterThan(0);
    });
    const firstDiff = events.findIndex((e) => e.startsWith("diff"));
    expect(events.slice(0, firstDiff).filter((e) => e === "health").length, events.join(", ")).toBeGreaterThanOrEqual(3);
  });

  // Three more diff requests: within the budget of 12 left after the 8 above.
  test("a cached diff through next start: the same JSON again (gzip as fetch asks for it), 304 for its ETag", async () => {
    const project = await createProject(app.url, "Cached", "blueprint");
    expect((await request(app.url, `/api/projects/${project.id}/revisions`, { body: { basedOn: 1, plan: planOver(TWELVE_REGIONS) } })).status).toBe(201);
    const url = `${app.url}/api/projects/${project.id}/diff?from=1&to=2`;
    const get = (headers: Record<string, string> = {}) => fetch(url, { headers, signal: AbortSignal.timeout(150_000) });
    const first = await get();
    const firstText = await first.text();
    expect([first.status, (JSON.parse(firstText) as { diff: { to: { number: number } } }).diff.to.number]).toEqual([200, 2]);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const again = await get();
    expect([again.status, again.headers.get("etag"), await again.text()]).toEqual([200, etag, firstText]);
    const notModified = await get({ "if-none-match": etag });
    expect([notModified.status, notModified.headers.get("etag"), await notModified.text()]).toEqual([304, etag, ""]);
  });

  test("past its budget one client gets 429 with Retry-After; health is never limited", async () => {
    const project = await createProject(app.url, "Limit", "blank");
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 14; i += 1) {
      const answer = await request(app.url, `/api/projects/${project.id}/diff?from=1&to=1`);
      statuses.push(answer.status);
      if (answer.status === 429) retryAfter = answer.headers.get("retry-after");
    }
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await request(app.url, "/api/health")).status).toBe(200);
  });
});
