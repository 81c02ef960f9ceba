import { expect, test, type Page } from "@playwright/test";
import { planOver, TWELVE_REGIONS } from "@/bench/plans";

/**
 * Screenshots to look at (issue 13): the designer with the blueprint, during a drill, the
 * runbook with a checked step, and a 12-region plan at world zoom, at 1440×900 and 1024×768.
 * Written to test-results/screenshots/; the viewer's designer comes from the OIDC suite.
 * Each page is also checked for the thing the screenshot is meant to show.
 */

async function blueprintProject(page: Page): Promise<string> {
  const created = await page.request.post("/api/projects", { data: { name: `Screens ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`, template: "blueprint" } });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { project: { id: string } }).project.id;
}

async function openDesigner(page: Page, id: string) {
  await page.goto(`/projects/${id}`);
  await expect(page.getByTestId("analysis-status")).toHaveText("● Live: updated on every edit.", { timeout: 30_000 });
}

for (const [width, height] of [
  [1440, 900],
  [1024, 768],
] as const) {
  test(`screenshots at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const id = await blueprintProject(page);
    await openDesigner(page, id);
    await page.screenshot({ path: `test-results/screenshots/c3-designer-${width}.png` });

    await page.getByRole("button", { name: /^Fail this region: aws:us-east-1 / }).click();
    await expect(page.getByTestId("sizing-caption")).toContainText("After losing aws:us-east-1");
    await page.screenshot({ path: `test-results/screenshots/c3-drill-${width}.png` });
    await page.getByTestId("sizing-table").scrollIntoViewIfNeeded();
    // Sections scrolled into view render on the next frames (content-visibility: auto); the
    // picture should show what a user sees once the scroll has settled, not the frame before.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))));
    await page.screenshot({ path: `test-results/screenshots/c3-drill-sizing-${width}.png` });

    await page.goto(`/projects/${id}/runbook`);
    const step = page.getByTestId("step-teleport.deploy.aws:us-east-2");
    await step.getByLabel("Note (saved when you check the step off)").fill("rolled out");
    await step.getByRole("checkbox").check();
    await expect(step.getByTestId("checked-off")).toContainText("Checked off by local");
    await step.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/c3-runbook-${width}.png` });

    const twelve = await page.request.post(`/api/projects/${id}/revisions`, { data: { basedOn: 1, plan: planOver(TWELVE_REGIONS) } });
    expect(twelve.status()).toBe(201);
    await openDesigner(page, id);
    await page.getByRole("button", { name: "World" }).click();
    await page.getByTestId("world-map").screenshot({ path: `test-results/screenshots/c3-map-12-world-${width}.png` });
    await page.getByRole("button", { name: "Fit plan" }).click();
    await page.getByTestId("world-map").screenshot({ path: `test-results/screenshots/c3-map-12-fit-${width}.png` });
  });
}
