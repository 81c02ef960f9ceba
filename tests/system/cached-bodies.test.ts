import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createProject, request } from "@/tests/system/helpers/api-client";
import { startApp, stopAllApps, systemPort, type AppServer } from "@/tests/system/helpers/app-server";
import { IS_SYSTEM_RUN } from "@/tests/system/helpers/system-run";
import { planOver, SIX_REGIONS, TWELVE_REGIONS } from "@/bench/plans";

/**
 * Cached answers hand Next the very bytes the cache holds, as a one-chunk stream
 * (lib/server/http/encoded-response.ts), not a copy. Through `next start`, the same answer asked
 * for again, plain and gzipped, must still be every byte of the first: a stream that detached or
 * reused the cached buffer would serve an empty or different body the second time.
 */
describe.runIf(IS_SYSTEM_RUN)("cached bodies served again through next start", () => {
  let app: AppServer;
  let dir: string;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "planner-cached-"));
    app = await startApp({ port: systemPort(7), databaseUrl: `file:${path.join(dir, "planner.db")}` });
    const project = await createProject(app.url, "Cached bodies", "blank");
    for (const [basedOn, regions] of [[0, TWELVE_REGIONS], [1, SIX_REGIONS]] as const)
      expect((await request(app.url, `/api/projects/${project.id}/revisions`, { body: { basedOn, plan: planOver(regions) } })).status).toBe(201);
    base = `${app.url}/api/projects/${project.id}`;
  });

  afterAll(async () => {
    await stopAllApps();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Three answers: plain, gzipped (fetch decodes it), plain again; each one's status and bytes. */
  async function threeTimes(url: string): Promise<{ statuses: number[]; bodies: Buffer[]; headers: Headers }> {
    const answers = [];
    for (const encoding of ["identity", "gzip", "identity"]) {
      const response = await fetch(url, { headers: { "accept-encoding": encoding }, signal: AbortSignal.timeout(60_000) });
      answers.push({ status: response.status, body: Buffer.from(await response.arrayBuffer()), headers: response.headers });
    }
    return { statuses: answers.map((a) => a.status), bodies: answers.map((a) => a.body), headers: answers[0]?.headers ?? new Headers() };
  }

  test("the bundle zip: the same complete zip three times", async () => {
    const { statuses, bodies, headers } = await threeTimes(`${base}/revisions/1/bundle`);
    expect(statuses).toEqual([200, 200, 200]);
    const [first, ...rest] = bodies;
    const size = Number(headers.get("x-bundle-size"));
    expect(first?.byteLength).toBe(size);
    // A zip starts with a local file header and ends with the end-of-central-directory record (no comment: 22 bytes).
    expect(first?.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(first?.subarray(size - 22, size - 18)).toEqual(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    for (const body of rest) expect(body.equals(first ?? Buffer.alloc(0))).toBe(true);
  });

  test("a file's line diff, the diff summary and the share plan: the same JSON three times", async () => {
    const share = await request<{ path: string }>(app.url, `${new URL(base).pathname}/shares`, { body: {} });
    expect(share.status).toBe(201);
    for (const url of [`${base}/diff/file?from=1&to=2&path=RUNBOOK.md`, `${base}/diff?from=1&to=2`, `${app.url}/api${share.body.path}`]) {
      const { statuses, bodies } = await threeTimes(url);
      expect(statuses, url).toEqual([200, 200, 200]);
      const [first, ...rest] = bodies;
      expect(() => JSON.parse(first?.toString("utf8") ?? ""), url).not.toThrow();
      for (const body of rest) expect(body.equals(first ?? Buffer.alloc(0)), url).toBe(true);
    }
  });
});
