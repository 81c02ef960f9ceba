import { expect, test, type Locator } from "@playwright/test";
import { analyzePlan } from "@/lib/core/analyze";
import { sizingAfterFailure } from "@/lib/core/failure";
import type { Totals } from "@/lib/core/analysis/types";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";

/**
 * Issue 13, "during a drill, every figure on the dashboard is the figure after the failure": the
 * sizing table, its totals and both sizing charts switch to the regions still running, labelled
 * "after losing <region>" (lib/core/failure/sizing-after-failure.ts), and switch back when the
 * drill ends. Expected figures come from the core, computed here for the blueprint template.
 */

const FAILED = "aws:us-east-1";
const analysis = analyzePlan(structuredClone(BLUEPRINT_TEMPLATE));
const after = sizingAfterFailure(analysis.sizing, FAILED);
const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const cells = (t: Totals) => [t.pods, t.vcpu, t.memoryGiB, t.storageGiB].map((n) => number.format(n));

async function expectRow(row: Locator, heading: string, totals: Totals) {
  await expect(row.locator("th")).toHaveText(heading);
  await expect(row.locator("td")).toHaveText(cells(totals));
}

test("the drill switches the sizing table and charts to the figures after the failure, and back", async ({ page, request }) => {
  expect(after.totals.vcpu).toBeLessThan(analysis.sizing.totals.vcpu);
  const created = await request.post("/api/projects", { data: { name: `Drill sizing ${Date.now().toString(36)}`, template: "blueprint" } });
  const id = ((await created.json()) as { project: { id: string } }).project.id;
  await page.goto(`/projects/${id}`);
  await expect(page.getByTestId("analysis-status")).toHaveText("● Live: updated on every edit.", { timeout: 30_000 });

  const table = page.getByTestId("sizing-table");
  const regionHeads = table.locator("th[scope=rowgroup]");
  await expect(page.getByTestId("sizing-caption")).toHaveText("Resources per region and in total (requests)");
  await expectRow(page.getByTestId("sizing-total"), "All regions: total", analysis.sizing.totals);
  await expect(regionHeads).toHaveText(analysis.sizing.regions.map((r) => r.region));

  await page.getByRole("button", { name: new RegExp(`^Fail this region: ${FAILED} `) }).click();
  await expect(page.getByRole("heading", { name: `Sizing after losing ${FAILED}` })).toBeVisible();
  await expect(page.getByTestId("sizing-caption")).toHaveText(`After losing ${FAILED}: resources still running per region and in total (requests)`);
  await expectRow(page.getByTestId("sizing-total"), "Surviving regions: total", after.totals);
  await expectRow(page.getByTestId("sizing-lost"), `Lost with ${FAILED}`, after.lost);
  await expect(regionHeads).toHaveText(after.regions.map((r) => r.region));
  await expect(page.getByTestId("chart-region-vcpu")).toContainText(`vCPU per region after losing ${FAILED}`);
  await expect(page.getByTestId("chart-region-memory")).toContainText(`Memory per region (GiB) after losing ${FAILED}`);
  await expect(page.getByTestId("chart-sizing-curve")).toContainText(`CockroachDB sizing as SSH nodes grow, after losing ${FAILED}`);
  await expect(page.getByTestId("chart-sizing-curve")).toContainText("recommended for the surviving zones: 4 vCPU / 16 GiB per node, 1 per zone");

  await page.getByRole("button", { name: new RegExp(`^End drill: ${FAILED} `) }).first().click();
  await expect(page.getByTestId("sizing-caption")).toHaveText("Resources per region and in total (requests)");
  await expectRow(page.getByTestId("sizing-total"), "All regions: total", analysis.sizing.totals);
  await expect(page.getByTestId("sizing-lost")).toHaveCount(0);
  await expect(regionHeads).toHaveText(analysis.sizing.regions.map((r) => r.region));
  await expect(page.getByTestId("chart-region-vcpu")).not.toContainText("after losing");
  await expect(page.getByTestId("chart-sizing-curve")).not.toContainText("after losing");
});
