import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createProject, request } from "@/tests/system/helpers/api-client";
import { REPO_ROOT, startApp, stopAllApps, systemDistDir, systemPort, type AppServer } from "@/tests/system/helpers/app-server";
import { fillPattern, pagePatterns } from "@/tests/system/helpers/page-routes";
import { IS_SYSTEM_RUN } from "@/tests/system/helpers/system-run";

/**
 * Every response of the production server carries the security headers of next.config.mjs, and
 * the Content-Security-Policy allows no remote origin. Pages are found on disk (app/**\/page.tsx),
 * so new ones are covered without editing this file. Share pages (/share/…) additionally keep
 * their secret address out of Referer headers, search engines and shared caches.
 */

const REQUIRED_DIRECTIVES: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "connect-src": ["'self'"],
  "font-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};
/** Every source any directive may name: keywords and same-document schemes, never a host or scheme like https:. */
const LOCAL_SOURCES = new Set(["'self'", "'none'", "'unsafe-inline'", "data:", "blob:"]);

function parseCsp(header: string | null): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of (header ?? "").split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

function expectSecurityHeaders(headers: Headers, where: string, isShare: boolean): void {
  const csp = parseCsp(headers.get("content-security-policy"));
  for (const [directive, sources] of Object.entries(REQUIRED_DIRECTIVES)) expect(csp.get(directive), `${where} ${directive}`).toEqual(sources);
  for (const [directive, sources] of csp) for (const source of sources) expect(LOCAL_SOURCES.has(source), `${where} ${directive} allows ${source}`).toBe(true);
  expect(headers.get("x-content-type-options"), where).toBe("nosniff");
  expect(headers.get("x-frame-options"), where).toBe("DENY");
  if (isShare) {
    expect(headers.get("referrer-policy"), where).toBe("no-referrer");
    expect(headers.get("x-robots-tag"), where).toMatch(/\bnoindex\b/);
    expect(headers.get("cache-control"), where).toMatch(/\bprivate\b/);
    expect(headers.get("cache-control"), where).toMatch(/\bno-store\b/);
  } else {
    expect(headers.get("referrer-policy"), where).toBe("same-origin");
  }
}

describe.runIf(IS_SYSTEM_RUN)("security headers of the production server", () => {
  let app: AppServer;
  let dir: string;
  let values: Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "planner-headers-"));
    app = await startApp({ port: systemPort(6), databaseUrl: `file:${path.join(dir, "planner.db")}` });
    const project = await createProject(app.url, "Headers");
    values = { id: project.id, number: "1" };
  });

  afterAll(async () => {
    await stopAllApps();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the pages found on disk include the editor", () => {
    expect(pagePatterns()).toContain("/projects/[id]");
  });

  test.each(pagePatterns())("page %s", async (pattern) => {
    const url = fillPattern(pattern, values, "not-a-real-token");
    const response = await fetch(`${app.url}${url}`, { signal: AbortSignal.timeout(30_000) });
    const html = await response.text();
    expect(response.status, `${url}`).toBeLessThan(500);
    expect(html).toMatch(/<html/i);
    expectSecurityHeaders(response.headers, url, pattern.startsWith("/share"));
  });

  test.each([
    ["/share/not-a-real-token", true],
    ["/share/not-a-real-token/revisions/1", true],
    ["/api/share/not-a-real-token", true],
    ["/api/health", false],
    ["/api/projects", false],
    ["/no-such-page", false],
  ])("%s", async (url, isShare) => {
    const response = await fetch(`${app.url}${url}`, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    expect(response.status, url).toBeLessThan(500);
    expectSecurityHeaders(response.headers, url, isShare);
  });

  test("a static asset under /_next/static/ carries them too", async () => {
    const chunks = path.join(REPO_ROOT, systemDistDir(), "static", "chunks");
    const asset = readdirSync(chunks).find((name) => name.endsWith(".js"));
    expect(asset).toBeDefined();
    const response = await request(app.url, `/_next/static/chunks/${asset}`);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response.headers, asset ?? "", false);
  });
});
