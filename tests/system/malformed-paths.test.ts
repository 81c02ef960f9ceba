import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createProject } from "@/tests/system/helpers/api-client";
import { startApp, stopAllApps, systemPort, type AppServer } from "@/tests/system/helpers/app-server";
import { apiRouteFiles, pagePatterns, segmentNames } from "@/tests/system/helpers/page-routes";
import { IS_SYSTEM_RUN } from "@/tests/system/helpers/system-run";
import { MALFORMED_PATH_ERROR } from "@/lib/server/http/path-encoding";

/**
 * Issue 12: a malformed percent-encoding in any dynamic segment answered a plain-text 500 without
 * the security headers. Against the production build (proxy.ts runs there as it does for users),
 * every dynamic route found on disk gets each malformed segment in each of its dynamic positions:
 * API routes answer 400 with the JSON error, pages the not-found page (404, HTML), all with the
 * security headers, share paths with the share headers too.
 */
const MALFORMED = ["%E0%A4%A", "%", "%zz", "%C0%AF", "%ED%A0%80", "a%"];

function variants(pattern: string, values: Record<string, string>): string[] {
  return segmentNames(pattern).flatMap((target) =>
    MALFORMED.map((bad) => pattern.replace(/\[\[?(?:\.\.\.)?([^\]]+)\]\]?/g, (_, name: string) => (name === target ? bad : (values[name] ?? "x")))),
  );
}

function expectHeaders(headers: Headers, where: string): void {
  expect(headers.get("content-security-policy"), where).toContain("default-src 'self'");
  expect(headers.get("x-content-type-options"), where).toBe("nosniff");
  expect(headers.get("x-frame-options"), where).toBe("DENY");
  if (/^\/(api\/)?share\//.test(where)) {
    expect(headers.get("referrer-policy"), where).toBe("no-referrer");
    expect(headers.get("x-robots-tag"), where).toMatch(/\bnoindex\b/);
    expect(headers.get("cache-control"), where).toMatch(/private.*no-store|no-store.*private/);
  } else expect(headers.get("referrer-policy"), where).toBe("same-origin");
}

describe.runIf(IS_SYSTEM_RUN)("malformed percent-encoding in a path", () => {
  let app: AppServer;
  let dir: string;
  let values: Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "planner-paths-"));
    app = await startApp({ port: systemPort(8), databaseUrl: `file:${path.join(dir, "planner.db")}` });
    const project = await createProject(app.url, "Paths");
    values = { id: project.id, number: "1", stepKey: "prerequisites.tools", shareId: "x", token: "not-a-real-token" };
  });

  afterAll(async () => {
    await stopAllApps();
    rmSync(dir, { recursive: true, force: true });
  });

  const apiPaths = () => apiRouteFiles().flatMap(({ pattern }) => variants(`/api${pattern.replace(/^\/api/, "")}`, values));

  test("every dynamic API route answers 400 with the JSON error and the headers", async () => {
    const paths = apiPaths();
    expect(paths.length).toBeGreaterThan(40);
    for (const url of paths) {
      for (const method of ["GET", "POST"]) {
        const response = await fetch(`${app.url}${url}`, { method, signal: AbortSignal.timeout(30_000) });
        expect(response.status, `${method} ${url}`).toBe(400);
        expect(response.headers.get("content-type"), url).toContain("application/json");
        expect(await response.json(), url).toEqual(MALFORMED_PATH_ERROR);
        expectHeaders(response.headers, url);
      }
    }
  });

  test("every dynamic page answers the not-found page with the headers", async () => {
    const paths = pagePatterns().flatMap((pattern) => variants(pattern, values));
    expect(paths).toContain("/projects/%E0%A4%A");
    expect(paths).toContain("/share/%");
    for (const url of paths) {
      const response = await fetch(`${app.url}${url}`, { signal: AbortSignal.timeout(30_000) });
      expect(response.status, url).toBe(404);
      expect(response.headers.get("content-type"), url).toContain("text/html");
      expect(await response.text(), url).toMatch(/<html/i);
      expectHeaders(response.headers, url);
    }
  });

  test("well-formed escapes still reach the routes (an unknown id is the route's own 404)", async () => {
    const response = await fetch(`${app.url}/api/projects/%E0%A4%A4`, { signal: AbortSignal.timeout(30_000) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid_parameter");
    const page = await fetch(`${app.url}/api/projects/${values.id}`, { signal: AbortSignal.timeout(30_000) });
    expect(page.status).toBe(200);
  });
});
