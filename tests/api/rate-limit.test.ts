import { useTestDatabase } from "@/tests/helpers/test-database";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET as getDiff } from "@/app/api/projects/[id]/diff/route";
import { GET as getBundle } from "@/app/api/projects/[id]/revisions/[number]/bundle/route";
import { GET as getShared } from "@/app/api/share/[token]/route";
import { GET as getHealth } from "@/app/api/health/route";
import { resetServerEnv } from "@/lib/server/env";
import { clientKey, takeToken } from "@/lib/server/http/rate-limit";
import { call } from "@/tests/helpers/api-request";
import { createProject, createShare } from "@/tests/share/fixtures";

useTestDatabase();

/** Issue 12: one client cannot cost the others without bound; past its budget it gets 429 with Retry-After. */
const PER_MINUTE = 5;

beforeAll(() => {
  process.env.RATE_LIMIT_EXPENSIVE_PER_MINUTE = String(PER_MINUTE);
  resetServerEnv();
});
afterAll(() => {
  delete process.env.RATE_LIMIT_EXPENSIVE_PER_MINUTE;
  resetServerEnv();
});

const from = (address: string) => ({ "x-forwarded-for": address });

describe("token bucket", () => {
  test("a full bucket allows perMinute requests, then says when the next one is back", () => {
    const key = "unit-a";
    for (let i = 0; i < 3; i += 1) expect(takeToken(key, 3, 1_000)).toBe(0);
    expect(takeToken(key, 3, 1_000)).toBe(20); // 3 per minute: one every 20 s
    expect(takeToken(key, 3, 11_000)).toBe(10);
    expect(takeToken(key, 3, 21_000)).toBe(0);
    expect(takeToken(key, 3, 21_000)).toBe(20);
  });

  test("client keys: identity, then share token, then the last X-Forwarded-For entry", () => {
    const request = new Request("http://x/", { headers: from("203.0.113.9, 10.0.0.7") });
    expect(clientKey(request, { identity: "alice" })).toBe("user:alice");
    expect(clientKey(request, { shareToken: "t" })).toMatch(/^share:[0-9a-f]{64}$/);
    expect(clientKey(request)).toBe("addr:10.0.0.7");
    expect(clientKey(new Request("http://x/"))).toBe("addr:unknown");
  });
});

describe("expensive routes", () => {
  test("the diff: 429 with Retry-After and the JSON error past the budget, per address", async () => {
    const project = await createProject("Limits");
    const diff = (address: string) => call(getDiff, { params: { id: project.id }, path: `/api/projects/${project.id}/diff?from=1&to=1`, headers: from(address) });
    for (let i = 0; i < PER_MINUTE; i += 1) expect((await diff("192.0.2.1")).status).toBe(200);
    const refused = await diff("192.0.2.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(refused.body).toEqual({
      error: { code: "rate_limited", message: expect.stringMatching(/^Too many requests/), retryAfterSeconds: Number(refused.headers.get("retry-after")) },
    });
    // The bundle shares the budget; another address and cheap routes are not affected.
    expect((await call(getBundle, { params: { id: project.id, number: "1" }, headers: from("192.0.2.1") })).status).toBe(429);
    expect((await diff("192.0.2.2")).status).toBe(200);
    expect((await call(getHealth, { headers: from("192.0.2.1") })).status).toBe(200);
  });

  test("share reads are counted per token, whatever the address", async () => {
    const project = await createProject("Shared limits");
    const [a, b] = [await createShare(project.id), await createShare(project.id)];
    const read = (token: string, address: string) => call(getShared, { params: { token }, path: `/api/share/${token}`, headers: from(address) });
    for (let i = 0; i < PER_MINUTE; i += 1) expect((await read(a.token, `198.51.100.${i}`)).status).toBe(200);
    const refused = await read(a.token, "198.51.100.99");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("referrer-policy")).toBe("no-referrer");
    expect((await read(b.token, "198.51.100.0")).status).toBe(200);
  });
});
