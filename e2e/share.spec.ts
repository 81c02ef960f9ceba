import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type { Plan } from "@/lib/schemas/plan";

/**
 * A read-only share link from end to end: the owner creates it on the Share links page, a
 * stranger opens it in a fresh browser (no cookies, no history) and sees the plan, its findings
 * with a waiver, the runbook's progress and the bundle download, with no control that changes
 * anything; the owner sees the open counted, revokes the link, and the stranger's reload shows
 * "This link is not valid" with status 404.
 */

async function createProject(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.post("/api/projects", { data: { name, template: "blueprint" } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { project: { id: string } }).project.id;
}

/** Revision 2 waives the template's first open finding; one runbook step is checked off. */
async function prepare(request: APIRequestContext, id: string): Promise<{ waivedTitle: string }> {
  const analysis = (await (await request.get(`/api/projects/${id}/revisions/1/analysis`)).json()) as { analysis: { findings: { id: string; title: string }[] } };
  const finding = analysis.analysis.findings[0];
  expect(finding).toBeDefined();
  const project = (await (await request.get(`/api/projects/${id}`)).json()) as { project: { latest: { plan: Plan } } };
  const plan = project.project.latest.plan;
  plan.waivers = [{ findingId: finding!.id, reason: "Accepted for the pilot", waivedAt: "2026-01-05T10:00:00.000Z" }];
  expect((await request.post(`/api/projects/${id}/revisions`, { data: { basedOn: 1, plan, note: "Waive for the pilot" } })).status()).toBe(201);
  const step = await request.put(`/api/projects/${id}/runbook/steps/prerequisites.tools?revision=2`, { data: { done: true, note: "tools ready" } });
  expect(step.status()).toBe(200);
  return { waivedTitle: finding!.title };
}

/** Buttons the shared view may have: each only changes what is shown, never the plan. */
const VIEW_ONLY_BUTTONS = [
  /^Zoom (in|out)$/,
  /^World$/,
  /^Fit plan$/,
  /\. (Not in the plan|In the plan: .*)$/, // map markers: focus and tooltip (clicks do nothing read-only)
  /^Show .+ on the map/,
  /^(Fail this region|End drill): /,
  /^End the drill$/,
  /^Copy (commands|checks): /,
];
const EDITING_WORDS = /\b(add|remove|delete|save|undo|redo|waive|unwaive|primary|secondary|restore|revoke|create|rename|check off|edit)\b/i;

async function assertNoEditControls(page: Page, waivedTitle: string) {
  // Finding titles are buttons that highlight the finding on the map; anything else must be view-only.
  const names = await page.getByRole("button").evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? el.textContent?.trim() ?? ""));
  const findingTitles = await page.getByTestId("dashboard").locator("h5 button").allTextContents();
  const unexpected = names.filter((name) => !findingTitles.includes(name) && !VIEW_ONLY_BUTTONS.some((pattern) => pattern.test(name)));
  expect(unexpected).toEqual([]);
  expect(names.filter((name) => !findingTitles.includes(name) && EDITING_WORDS.test(name) && !/^Show |\. (Not in|In) the plan/.test(name))).toEqual([]);
  // The only form controls: the map's provider filter and region search (they filter the map).
  const controls = await page.locator("input, textarea, select, [contenteditable=''], [contenteditable='true']").evaluateAll((els) =>
    els.map((el) => `${el.tagName.toLowerCase()}:${el.getAttribute("type") ?? ""}:${el.getAttribute("aria-label") ?? el.id}`),
  );
  expect(controls.filter((c) => !/^input:checkbox:/.test(c) && c !== "input:search:region-search")).toEqual([]);
  expect(await page.locator("form").count()).toBe(0);
  expect(await page.getByRole("checkbox").evaluateAll((els) => els.every((el) => el.closest("[data-testid='world-map'], section")?.querySelector("[data-testid='world-map']") !== null))).toBe(true);
  await expect(page.getByRole("button", { name: `Waive… ${waivedTitle}` })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Unwaive" })).toHaveCount(0);
}

test("create a link, open it in a fresh browser, download the bundle, revoke it", async ({ page, browser, request }) => {
  const name = `Share E2E ${Date.now().toString(36)}`;
  const id = await createProject(request, name);
  const { waivedTitle } = await prepare(request, id);

  // The owner creates a link on the Share links page.
  await page.goto(`/projects/${id}/history`);
  await page.getByRole("link", { name: "Share links…" }).click();
  await expect(page).toHaveURL(`/projects/${id}/share`);
  await expect(page.getByRole("heading", { level: 2, name: "Share links" })).toBeVisible();
  await page.getByLabel("Label (optional)").fill("Security review");
  await page.getByLabel("Expires after").selectOption({ label: "7 days" });
  await page.getByRole("button", { name: "Create link" }).click();
  const created = page.getByTestId("created-link");
  await expect(created.getByRole("heading", { name: "Link created: copy it now" })).toBeVisible();
  const url = await created.getByLabel("Share link").inputValue();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/share\/[A-Za-z0-9_-]{43}$/);
  const row = page.getByTestId("share-links").getByRole("row", { name: /Security review/ });
  await expect(row.getByRole("cell").nth(0)).toHaveText("Latest revision");
  await expect(row.getByTestId("open-count")).toHaveText("0");
  await expect(row.getByTestId("last-opened")).toHaveText("Never");
  await expect(row).toContainText("Active");
  await page.screenshot({ path: "test-results/screenshots/share-links.png", fullPage: true });

  // A stranger opens it: a new browser context shares nothing with the owner's.
  const stranger = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const guest = await stranger.newPage();
  const writes: string[] = [];
  guest.on("request", (r) => {
    if (r.method() !== "GET" && r.method() !== "HEAD") writes.push(`${r.method()} ${r.url()}`);
  });
  const opened = await guest.goto(url);
  expect(opened?.status()).toBe(200);
  expect(opened?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  expect(opened?.headers()["referrer-policy"]).toBe("no-referrer");
  expect(opened?.headers()["cache-control"]).toBe("private, no-store");
  await expect(guest.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");

  await expect(guest.getByRole("heading", { level: 1, name })).toBeVisible();
  // The reader was given one plan, not the planner: no way into the project list from here.
  await expect(guest.getByRole("banner")).toHaveText("Multi-region planner");
  await expect(guest.getByRole("banner").getByRole("link")).toHaveCount(0);
  await expect(guest.getByRole("note").filter({ hasText: "Read-only view" })).toContainText("This plan was shared with you (“Security review”)");
  await expect(guest.getByTestId("shared-revision")).toContainText("Revision 2, saved");
  await expect(guest.getByTestId("shared-revision")).toContainText("Waive for the pilot");
  await expect(guest.getByTestId("world-map")).toBeVisible();
  await expect(guest.getByTestId("plan-form")).toContainText("teleport-multi-region.example.org");
  const waived = guest.getByTestId("dashboard").locator("li", { hasText: waivedTitle });
  await expect(waived.getByText("Waived", { exact: true })).toBeVisible();
  await expect(waived).toContainText("Waived: Accepted for the pilot");
  await expect(guest.getByTestId("shared-runbook-progress")).toHaveText("1 of 61 done");
  await guest.getByTestId("shared-runbook").getByText("Prerequisites").click();
  await expect(guest.getByTestId("shared-step-prerequisites.tools")).toContainText("✔ Done");
  await expect(guest.getByTestId("shared-step-prerequisites.tools")).toContainText("tools ready");

  await assertNoEditControls(guest, waivedTitle);
  const regionsBefore = await guest.getByRole("list", { name: "Regions in the plan" }).getByRole("listitem").count();
  // A region marker is disabled in the read-only map; even a forced click adds nothing. A failure drill only changes the view.
  const marker = guest.getByRole("button", { name: /Canada Central, Toronto \(Azure canadacentral\)\. Not in the plan/ });
  await expect(marker).toHaveAttribute("aria-disabled", "true");
  await marker.click({ force: true });
  await guest.getByRole("button", { name: /^Fail this region: aws:us-east-2/ }).click();
  await expect(guest.getByTestId("failure-banner")).toBeVisible();
  await guest.getByRole("button", { name: "End the drill" }).click();
  await expect(guest.getByRole("list", { name: "Regions in the plan" }).getByRole("listitem")).toHaveCount(regionsBefore);
  await guest.getByTestId("shared-runbook").getByText("Prerequisites").click();
  await guest.evaluate(() => window.scrollTo(0, 0));
  await guest.screenshot({ path: "test-results/screenshots/share-page.png" });
  await guest.screenshot({ path: "test-results/screenshots/share-page-full.png", fullPage: true });
  await guest.setViewportSize({ width: 1024, height: 800 });
  await guest.screenshot({ path: "test-results/screenshots/share-page-1024.png" });
  await guest.setViewportSize({ width: 1280, height: 900 });

  // The bundle: a zip named after the project and revision.
  const [download] = await Promise.all([guest.waitForEvent("download"), guest.getByRole("link", { name: "Download bundle (.zip)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^share-e2e-[a-z0-9]+-r2\.zip$/);
  const zip = readFileSync((await download.path()) ?? "");
  expect([...zip.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  expect(writes).toEqual([]);

  const axe = await new AxeBuilder({ page: guest }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  // The owner sees the open, then revokes the link.
  await page.reload();
  await expect(row.getByTestId("open-count")).toHaveText("1");
  await expect(row.getByTestId("last-opened")).not.toHaveText("Never");
  await row.getByRole("button", { name: "Revoke Security review" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Revoke this link?" });
  await expect(dialog).toContainText("“Security review” stops working at once");
  await dialog.getByRole("button", { name: "Revoke link" }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button")).toHaveCount(0);

  // The stranger reloads: the same "not valid" page any unknown link gets, with status 404.
  const gone = await guest.reload();
  expect(gone?.status()).toBe(404);
  expect(gone?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  await expect(guest.getByRole("heading", { level: 1, name: "This link is not valid" })).toBeVisible();
  await expect(guest.getByTestId("dashboard")).toHaveCount(0);
  await guest.screenshot({ path: "test-results/screenshots/share-invalid.png" });
  const revokedPage = await guest.locator("main").innerText();
  expect(revokedPage).toBe("This link is not valid\n\nAsk the person who shared it with you for a new link.");
  // An unknown and a malformed token get exactly the same page.
  for (const token of ["A".repeat(43), "not-a-token"]) {
    const other = await guest.goto(`/share/${token}`);
    expect(other?.status()).toBe(404);
    expect(await guest.locator("main").innerText()).toBe(revokedPage);
  }
  await stranger.close();

  // The open was counted once; the revoked link's reload was not.
  await page.reload();
  await expect(row.getByTestId("open-count")).toHaveText("1");
  const axeOwner = await new AxeBuilder({ page }).analyze();
  expect(axeOwner.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test("a link pinned to revision 1 keeps showing revision 1 after a new save", async ({ page, request }) => {
  const id = await createProject(request, `Share pinned ${Date.now().toString(36)}`);
  const created = await request.post(`/api/projects/${id}/shares`, { data: { revision: 1, label: "Pinned" } });
  expect(created.status()).toBe(201);
  const { path } = (await created.json()) as { path: string };
  await prepare(request, id);
  // The document is a light page (the plan loads afterwards): rendering the map and form on the
  // server made it 380 KB and ≈26 ms of server time per view.
  const html = await (await request.get(path)).text();
  expect(html.length).toBeLessThan(30_000);
  expect(html).not.toContain("world-map");
  await page.goto(path);
  await expect(page.getByTestId("shared-revision")).toContainText("Revision 1, saved");
  await expect(page.getByTestId("shared-revision")).toContainText("This link shows revision 1 only.");
  await expect(page.getByTestId("shared-runbook-progress")).toHaveText("0 of 61 done");
});
