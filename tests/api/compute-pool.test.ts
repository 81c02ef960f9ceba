import { useTestDatabase } from "@/tests/helpers/test-database";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET as getDiff } from "@/app/api/projects/[id]/diff/route";
import { GET as getBundle } from "@/app/api/projects/[id]/revisions/[number]/bundle/route";
import { POST as postRevision } from "@/app/api/projects/[id]/revisions/route";
import { closeComputePool, compute, isComputePoolActive } from "@/lib/server/compute/pool";
import { runTask } from "@/lib/server/compute/tasks";
import { planOver, SIX_REGIONS, TWELVE_REGIONS } from "@/bench/plans";
import { call } from "@/tests/helpers/api-request";
import { createProject } from "@/tests/share/fixtures";

useTestDatabase();

/**
 * The worker pool with the worker bundle the build writes (scripts/build-compute-worker.mjs),
 * built here into a temp dir: diffs and bundles computed in worker threads equal the inline
 * computation, and the request thread keeps turning while one runs.
 */
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "planner-worker-"));
  const file = path.join(dir, "compute-worker.mjs");
  execFileSync(process.execPath, ["scripts/build-compute-worker.mjs", file], { stdio: "ignore" });
  process.env.COMPUTE_WORKER_FILE = file;
}, 120_000);

afterAll(async () => {
  await closeComputePool();
  delete process.env.COMPUTE_WORKER_FILE;
  rmSync(dir, { recursive: true, force: true });
});

/** setImmediate turns the event loop makes until `promise` settles. */
async function turnsWhile(promise: Promise<unknown>): Promise<number> {
  let turns = 0;
  let isDone = false;
  void promise.finally(() => (isDone = true));
  while (!isDone) {
    await new Promise((resolve) => setImmediate(resolve));
    turns += 1;
  }
  return turns;
}

describe("compute pool", () => {
  test("a 12-region diff runs in a worker: same answer as inline, and the event loop keeps turning", async () => {
    expect(isComputePoolActive()).toBe(true);
    const task = { kind: "diff", before: planOver(SIX_REGIONS), after: planOver(TWELVE_REGIONS) } as const;
    const pending = compute(task);
    expect(await turnsWhile(pending)).toBeGreaterThan(0);
    expect(await pending).toEqual(runTask(task));
  });

  test("the diff and bundle routes answer through the pool", async () => {
    const project = await createProject("Pool");
    const saved = await call(postRevision, { params: { id: project.id }, body: { basedOn: 1, plan: planOver(TWELVE_REGIONS) } });
    expect(saved.status).toBe(201);
    const diff = await call(getDiff, { params: { id: project.id }, path: `/api/projects/${project.id}/diff?from=1&to=2` });
    expect(diff.status).toBe(200);
    expect((diff.body as { diff: { regionsAdded: string[] } }).diff.regionsAdded.length).toBeGreaterThan(0);
    const zip = await getBundle(new Request(`http://planner.test/api/projects/${project.id}/revisions/2/bundle`), { params: Promise.resolve({ id: project.id, number: "2" }) });
    expect(zip.status).toBe(200);
    expect(zip.headers.get("content-type")).toBe("application/zip");
    expect(new Uint8Array(await zip.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b])); // "PK"
  });
});
