import { existsSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

/**
 * The Content-Security-Policy of next.config.mjs is strict (no remote origin, no eval): this
 * smoke walks the main pages in Chromium and fails on any CSP violation, reported either as a
 * `securitypolicyviolation` event in the page or as a console error, or on an uncaught error.
 */

const VIOLATIONS_KEY = "__cspViolations";

async function watchForViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript((key) => {
    const store: string[] = [];
    Object.defineProperty(window, key, { value: store });
    document.addEventListener("securitypolicyviolation", (event) => store.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`));
  }, VIOLATIONS_KEY);
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

async function violationsIn(page: Page): Promise<string[]> {
  return page.evaluate((key) => [...((window as unknown as Record<string, string[]>)[key] ?? [])], VIOLATIONS_KEY);
}

async function visit(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp, url).toContain("default-src 'self'");
  expect(csp, url).not.toContain("unsafe-eval");
  await page.waitForLoadState("load");
  // Give hydration and the first client-side fetches time to run (and to be blocked, if they were going to be).
  await page.waitForTimeout(1_000);
  expect(await violationsIn(page), url).toEqual([]);
}

test("the main pages run under the Content-Security-Policy without a single violation", async ({ page, request }) => {
  const problems = await watchForViolations(page);
  const created = await request.post("/api/projects", { data: { name: `CSP smoke ${Date.now().toString(36)}`, template: "blueprint" } });
  expect(created.status()).toBe(201);
  const { project } = (await created.json()) as { project: { id: string; name: string } };

  await visit(page, "/");
  await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();

  await visit(page, `/projects/${project.id}`);
  await expect(page.getByRole("heading", { name: project.name, level: 1 })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("editor-under-csp.png") });

  await visit(page, `/projects/${project.id}/runbook`);
  await visit(page, `/projects/${project.id}/bundle`);

  // A share page, once share links exist: created through the API like a user would.
  if (existsSync("app/share")) {
    const share = await request.post(`/api/projects/${project.id}/shares`, { data: {} });
    expect(share.status()).toBe(201);
    const { path } = (await share.json()) as { path: string };
    const response = await page.goto(path);
    expect(response?.status()).toBeLessThan(400);
    expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
    expect(response?.headers()["x-robots-tag"]).toContain("noindex");
    await page.waitForLoadState("load");
    await page.waitForTimeout(1_000);
    expect(await violationsIn(page)).toEqual([]);
  }

  expect(problems).toEqual([]);
});
