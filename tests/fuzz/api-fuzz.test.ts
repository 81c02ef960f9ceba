import { useTestDatabase } from "@/tests/helpers/test-database";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { authorizationHeader, body, hostHeader, queryString, segmentValue, type FuzzBody } from "@/tests/fuzz/arbitraries";
import { snapshotDatabase, type Snapshot } from "@/tests/fuzz/snapshot";
import { apiRouteFiles, segmentNames } from "@/tests/system/helpers/page-routes";

/**
 * Every route under app/api (found on disk, so routes added later are fuzzed too), every method
 * it exports, called directly as Next would call it, with hostile path segments, query strings,
 * Authorization headers and bodies (tests/fuzz/arbitraries.ts). Valid ids are mixed in, but every
 * request that could write carries an invalid body, and DELETE never gets an existing id.
 *
 * The contract under fire: no 5xx at all; every refusal is JSON `{ error: { code, message } }`;
 * validation refusals list `issues[].path`; and afterwards every stored row is as it was.
 */

useTestDatabase();

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const VALIDATION_CODES = new Set(["validation_failed", "invalid_query", "invalid_parameter"]);
/** At least this many requests in all, spread evenly over the route × method pairs. */
const TOTAL_RUNS = 10_400;

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Target = { pattern: string; method: (typeof METHODS)[number]; handler: Handler; segments: string[] };
type Input = { segments: Record<string, string>; query: string; auth: string | null; host: string | null; body: FuzzBody | null };

const targets: Target[] = [];
const valid: Record<string, string[]> = {};
let before: Snapshot;
let sent = 0;
const statusCounts = new Map<number, number>();
/** "METHOD pattern status" → count; printed with FUZZ_DEBUG=1 to see which checks the fuzz reaches. */
const perTarget = new Map<string, number>();

function toRequest(target: Target, input: Input): Request {
  const headers = new Headers();
  if (input.auth !== null) headers.set("authorization", input.auth);
  if (input.host !== null) headers.set("host", input.host);
  if (input.body?.contentType) headers.set("content-type", input.body.contentType);
  const url = `http://planner.test${target.pattern.replace(/\[/g, "_").replace(/\]/g, "_")}${input.query ? `?${input.query}` : ""}`;
  return new Request(url, { method: target.method, headers, body: input.body?.text ?? undefined });
}

/** What must hold for every answer, whatever was sent. */
async function checkResponse(target: Target, response: Response): Promise<void> {
  statusCounts.set(response.status, (statusCounts.get(response.status) ?? 0) + 1);
  const key = `${target.method} ${target.pattern} ${response.status}`;
  perTarget.set(key, (perTarget.get(key) ?? 0) + 1);
  const where = `${target.method} ${target.pattern} → ${response.status}`;
  expect(response.status, where).toBeLessThan(500);
  if (response.status < 400) {
    expect(WRITES.has(target.method), `${where}: a fuzzed write was accepted`).toBe(false);
    await response.body?.cancel();
    return;
  }
  expect(response.headers.get("content-type"), where).toMatch(/^application\/json/);
  const payload = (await response.json()) as { error?: { code?: unknown; message?: unknown; issues?: unknown } };
  expect(typeof payload.error?.code, where).toBe("string");
  expect(typeof payload.error?.message, where).toBe("string");
  expect((payload.error?.message as string).length, where).toBeGreaterThan(0);
  if (VALIDATION_CODES.has(payload.error?.code as string)) {
    const issues = payload.error?.issues as { path?: unknown; message?: unknown }[] | undefined;
    expect(Array.isArray(issues) && issues.length > 0, `${where}: validation refusal without issues`).toBe(true);
    for (const issue of issues ?? []) {
      expect(typeof issue.path, where).toBe("string");
      expect(typeof issue.message, where).toBe("string");
    }
  }
}

describe("API fuzz: hostile input on every route", () => {
  beforeAll(async () => {
    const { POST: createProject } = await import("@/app/api/projects/route");
    const created = await createProject(
      new Request("http://planner.test/api/projects", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "Fuzz target", template: "blueprint" }) }),
    );
    const { project } = (await created.json()) as { project: { id: string } };
    valid.id = [project.id];
    valid.number = ["1"];

    for (const { pattern, file } of apiRouteFiles()) {
      const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      for (const method of METHODS)
        if (typeof module[method] === "function") targets.push({ pattern, method, handler: module[method] as Handler, segments: segmentNames(pattern) });
    }

    // Reads that store something on first use (a revision's runbook steps) happen now, before the snapshot.
    const runbook = targets.find((t) => t.pattern === "/api/projects/[id]/runbook" && t.method === "GET");
    if (runbook) {
      const response = await runbook.handler(new Request(`http://planner.test/api/projects/${project.id}/runbook?revision=1`), { params: Promise.resolve({ id: project.id }) });
      const { runbook: view } = (await response.json()) as { runbook: { sections: { steps: { key: string }[] }[] } };
      valid.stepKey = view.sections.flatMap((s) => s.steps.map((step) => step.key)).slice(0, 3);
      await runbook.handler(new Request(`http://planner.test/api/projects/${project.id}/runbook`), { params: Promise.resolve({ id: project.id }) });
    }
    before = await snapshotDatabase();
    // Importing every route module takes more than the default 10 s on a loaded 2-core machine.
  }, 120_000);

  afterAll(() => {
    if (process.env.FUZZ_DEBUG) console.info([...perTarget].sort().map(([k, n]) => `${k}: ${n}`).join("\n"));
    console.info(`[fuzz] ${sent} requests over ${targets.length} route handlers; statuses: ${[...statusCounts].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(", ")}`);
  });

  test("routes were found on disk", () => {
    expect(targets.map((t) => `${t.method} ${t.pattern}`)).toEqual(expect.arrayContaining(["POST /api/projects", "POST /api/projects/[id]/revisions", "GET /api/latency"]));
  });

  test("no 5xx, every refusal a JSON error with code and message, validation refusals with issue paths", async () => {
    const errorLog = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const runsPerTarget = Math.ceil(TOTAL_RUNS / targets.length);
    try {
      for (const target of targets) {
        const segments = fc.record(
          Object.fromEntries(target.segments.map((name) => [name, segmentValue(name, target.method === "DELETE" ? {} : valid)])) as Record<string, fc.Arbitrary<string>>,
        );
        const hasBody = !["GET", "HEAD"].includes(target.method);
        const input: fc.Arbitrary<Input> = fc.record({ segments, query: queryString, auth: authorizationHeader, host: hostHeader, body: hasBody ? body : fc.constant(null) });
        await fc.assert(
          fc.asyncProperty(input, async (value) => {
            sent += 1;
            const response = await target.handler(toRequest(target, value), { params: Promise.resolve(value.segments) });
            await checkResponse(target, response);
          }),
          { numRuns: runsPerTarget, endOnFailure: true },
        );
      }
    } finally {
      errorLog.mockRestore();
    }
    expect(sent).toBeGreaterThanOrEqual(10_000);
  }, 240_000);

  test("stored data is exactly as before", async () => {
    expect(sent).toBeGreaterThan(0);
    expect(await snapshotDatabase()).toEqual(before);
  });
});
