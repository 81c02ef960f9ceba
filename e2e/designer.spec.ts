import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { analyzePlan } from "@/lib/core/analyze";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";

/**
 * The designer: regions added and removed on the map (pointer and keyboard), undo/redo, saving
 * revisions, refusing a stale save with an explanation that loses nothing, the failure drill,
 * accessibility, and screenshots of the map and the whole page.
 */

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function createProject(request: APIRequestContext, template: "blueprint" | "blank", label: string) {
  const response = await request.post("/api/projects", { data: { name: unique(label), template } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { project: { id: string } }).project.id;
}

async function openDesigner(page: Page, id: string) {
  await page.goto(`/projects/${id}`);
  await expect(page.getByTestId("world-map")).toBeVisible();
}

const plannedIds = (page: Page) => page.getByRole("list", { name: "Regions in the plan" }).locator("[data-testid^=planned-]");

async function expectPlanned(page: Page, ids: string[]) {
  await expect(plannedIds(page)).toHaveCount(ids.length);
  for (const [i, id] of ids.entries()) await expect(plannedIds(page).nth(i)).toHaveAttribute("data-testid", `planned-${id}`);
}

test("clicking markers adds and removes regions; undo and redo follow", async ({ page, request }) => {
  await openDesigner(page, await createProject(request, "blank", "Map clicks"));
  await expect(page.getByText("Add at least two regions on the map to start.").first()).toBeVisible();

  await page.getByTestId("marker-aws:ap-southeast-2").click();
  await expectPlanned(page, ["aws:ap-southeast-2"]);
  await expect(page.getByTestId("marker-aws:ap-southeast-2")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("map-hint")).toHaveText("Add one more region: a multi-region plan needs at least two.");

  await page.getByTestId("marker-gcp:southamerica-east1").click();
  await expectPlanned(page, ["aws:ap-southeast-2", "gcp:southamerica-east1"]);
  await expect(page.getByTestId("analysis-status")).toHaveText("● Live: updated on every edit.");
  await expect(page.getByTestId("planned-aws:ap-southeast-2")).toContainText("P");
  await expect(page.getByTestId("planned-gcp:southamerica-east1")).toContainText("S");
  await expect(page.getByTestId("save-status")).toHaveText("● Unsaved changes");

  // The second click on a planned marker removes it.
  await page.getByTestId("marker-aws:ap-southeast-2").click();
  await expectPlanned(page, ["gcp:southamerica-east1"]);
  await expect(page.getByTestId("planned-gcp:southamerica-east1")).toContainText("P");

  await page.getByRole("button", { name: "Undo" }).click();
  await expectPlanned(page, ["aws:ap-southeast-2", "gcp:southamerica-east1"]);
  await page.keyboard.press("Control+Shift+Z");
  await expectPlanned(page, ["gcp:southamerica-east1"]);
  await page.keyboard.press("Control+Z");
  await expectPlanned(page, ["aws:ap-southeast-2", "gcp:southamerica-east1"]);
});

test("the keyboard reaches every action: list search, marker focus, Enter, arrows", async ({ page, request }) => {
  await openDesigner(page, await createProject(request, "blank", "Keyboard"));
  await page.getByLabel("Find a region").fill("frankfurt");
  await expect(page.getByRole("list", { name: "Catalog regions" }).getByRole("listitem")).toHaveCount(3);
  await page.getByRole("button", { name: "Add aws:eu-central-1 (Europe (Frankfurt))" }).click();
  await expectPlanned(page, ["aws:eu-central-1"]);

  // "Show on the map" focuses the marker; its tooltip names the region; Enter toggles it.
  await page.getByRole("button", { name: "Show europe-west3 on the map (Google Cloud, Frankfurt)" }).click();
  const marker = page.getByTestId("marker-gcp:europe-west3");
  await expect(marker).toBeFocused();
  await expect(page.getByRole("tooltip")).toContainText("Frankfurt");
  await expect(page.getByRole("tooltip")).toContainText("Google Cloud · europe-west3");
  await page.keyboard.press("Enter");
  await expectPlanned(page, ["aws:eu-central-1", "gcp:europe-west3"]);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toHaveCount(0);

  // An arrow key moves focus to another marker, which then is the only one in the tab order.
  // The move lands on the next animation frame (use-roving-markers.ts), so the assertions wait for it.
  await page.keyboard.press("ArrowLeft");
  const focused = page.locator("[data-region]:focus");
  await expect(focused).toHaveCount(1);
  await expect(focused).not.toHaveAttribute("data-region", "gcp:europe-west3");
  await expect(page.locator('[data-region][tabindex="0"]')).toHaveCount(1);
});

test("a saved plan comes back after a reload", async ({ page, request }) => {
  const id = await createProject(request, "blueprint", "Save reload");
  await openDesigner(page, id);
  await expectPlanned(page, ["aws:us-east-1", "aws:us-east-2", "aws:us-west-2"]);

  await page.getByRole("button", { name: "Remove aws:us-west-2 (US West (Oregon)) from the plan" }).click();
  await page.getByLabel("Find a region").fill("europe-west1");
  await page.getByRole("button", { name: "Add gcp:europe-west1 (Belgium)" }).click();
  await page.getByRole("button", { name: "Set gcp:europe-west1 (Belgium) as CockroachDB secondary" }).click();
  await expect(page.getByTestId("save-status")).toHaveText("● Unsaved changes");
  await page.getByLabel("Note for this revision (optional)").fill("Move the third region to Belgium");
  await page.getByRole("button", { name: "Save revision" }).click();
  await expect(page.getByTestId("save-status")).toHaveText("✔ Saved as revision 2");

  const saved = (await request.get(`/api/projects/${id}/revisions/2`).then((r) => r.json())) as { revision: { note: string; plan: Plan } };
  expect(saved.revision.note).toBe("Move the third region to Belgium");
  expect(saved.revision.plan.regions.map((r) => r.id)).toEqual(["aws:us-east-1", "aws:us-east-2", "gcp:europe-west1"]);
  expect(saved.revision.plan.regions[2]?.kubernetes).toMatchObject({ podCidr: "10.18.0.0/16", serviceCidr: "172.18.0.0/16" });
  expect(saved.revision.plan.cockroachdb).toMatchObject({ primaryRegion: "aws:us-east-1", secondaryRegion: "gcp:europe-west1" });

  await page.reload();
  await expectPlanned(page, ["aws:us-east-1", "aws:us-east-2", "gcp:europe-west1"]);
  await expect(page.getByTestId("save-status")).toHaveText("✔ Saved as revision 2");
  await expect(page.getByTestId("planned-gcp:europe-west1")).toContainText("S");
});

test("a stale save is refused with an explanation, and the draft is kept", async ({ page, request }) => {
  const id = await createProject(request, "blueprint", "Conflict");
  await openDesigner(page, id);
  await page.getByRole("button", { name: "Remove aws:us-west-2 (US West (Oregon)) from the plan" }).click();
  await page.getByLabel("Find a region").fill("eu-west-1");
  await page.getByRole("button", { name: "Add aws:eu-west-1 (Europe (Ireland))" }).click();
  await expectPlanned(page, ["aws:us-east-1", "aws:us-east-2", "aws:eu-west-1"]);

  // Someone else saves revision 2 first.
  const theirs: Plan = { ...BLUEPRINT_TEMPLATE, geoDns: { ...BLUEPRINT_TEMPLATE.geoDns, ttlSeconds: 30 } };
  const response = await request.post(`/api/projects/${id}/revisions`, { data: { basedOn: 1, plan: theirs, note: "Shorter DNS TTL" } });
  expect(response.status()).toBe(201);

  await page.getByRole("button", { name: "Save revision" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Someone else saved first" });
  await expect(dialog.getByTestId("conflict-explanation")).toHaveText(
    "Someone else saved revision 2 while you were editing revision 1. Your changes were not saved. Reload their revision to continue from it: your edits stay available as a draft you can restore, so nothing is lost.",
  );
  await expect(dialog).toContainText("Their note: “Shorter DNS TTL”");
  const regionsRow = dialog.getByRole("row", { name: /^Regions/ });
  await expect(regionsRow.getByRole("cell")).toHaveText(["aws:us-east-1, aws:us-east-2, aws:us-west-2", "aws:us-east-1, aws:us-east-2, aws:eu-west-1 (differs)"]);
  await expect(dialog).toContainText("geoDns.ttlSeconds: theirs 30, yours 60");
  await page.screenshot({ path: "test-results/screenshots/conflict-dialog.png" });

  await dialog.getByRole("button", { name: "Reload theirs and keep my edits as a draft" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("save-status")).toHaveText("✔ Saved as revision 2");
  await expectPlanned(page, ["aws:us-east-1", "aws:us-east-2", "aws:us-west-2"]);
  await expect(page.getByTestId("kept-draft-banner")).toContainText("Showing revision 2, saved by someone else.");

  await page.getByRole("button", { name: "Restore my draft" }).click();
  await expectPlanned(page, ["aws:us-east-1", "aws:us-east-2", "aws:eu-west-1"]);
  await expect(page.getByTestId("save-status")).toHaveText("● Unsaved changes");
  await page.getByRole("button", { name: "Save revision" }).click();
  await expect(page.getByTestId("save-status")).toHaveText("✔ Saved as revision 3");
  const latest = (await request.get(`/api/projects/${id}`).then((r) => r.json())) as { project: { latest: { basedOn: number; plan: Plan } } };
  expect(latest.project.latest.basedOn).toBe(2);
  expect(latest.project.latest.plan.regions.map((r) => r.id)).toEqual(["aws:us-east-1", "aws:us-east-2", "aws:eu-west-1"]);
});

test("clicking a finding focuses its first field; waiving it is an undoable edit", async ({ page, request }) => {
  const [finding] = analyzePlan(BLUEPRINT_TEMPLATE).findings;
  if (!finding?.fields[0]) throw new Error("the template is expected to have a finding with a field");
  await openDesigner(page, await createProject(request, "blueprint", "Finding focus"));
  const card = page.getByTestId(`finding-${finding.id}`);
  await card.getByRole("button", { name: finding.title, exact: true }).click();
  await expect(page.locator(`[id="field-${finding.fields[0]}"]`)).toBeFocused();

  await card.getByRole("button", { name: `Waive… ${finding.title}` }).click();
  await card.getByLabel("Reason for accepting this finding").fill("Lab cluster, sized down on purpose");
  await card.getByRole("button", { name: "Waive finding" }).click();
  await expect(card).toContainText("Waived: Lab cluster, sized down on purpose");
  await expect(page.getByTestId("save-status")).toHaveText("● Unsaved changes");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(card).not.toContainText("Waived:");
  await expect(page.getByTestId("save-status")).toHaveText("✔ Saved as revision 1");
});

test("failing a region greys it, points its users elsewhere and summarises the drill", async ({ page, request }) => {
  await openDesigner(page, await createProject(request, "blueprint", "Failure drill"));
  await page.getByRole("button", { name: "Fail this region: aws:us-east-1 (US East (N. Virginia))" }).click();
  const banner = page.getByTestId("failure-banner");
  await expect(banner.locator("#failure-drill-title")).toHaveText("Failure drill: aws:us-east-1 (Ashburn) is down");
  await expect(banner.getByTestId("failure-grade")).toHaveAttribute("data-grade", "fine");
  await expect(banner).toContainText("Leases in aws:us-east-2");
  await expect(banner).toContainText("Users go to aws:us-east-2");
  await expect(page.getByTestId("marker-aws:us-east-1")).toHaveAttribute("aria-label", /failed in the drill/);
  await expect(page.getByTestId("planned-aws:us-east-1")).toContainText("✕ failed");
  await page.getByTestId("world-map").screenshot({ path: "test-results/screenshots/map-failure-drill.png" });
  await banner.getByRole("button", { name: "End the drill" }).click();
  await expect(banner).toHaveCount(0);
});

test("zoom buttons change the zoom level and the designer passes axe", async ({ page, request }) => {
  await openDesigner(page, await createProject(request, "blueprint", "Axe designer"));
  await expect(page.getByTestId("analysis-status")).toHaveText("● Live: updated on every edit.");
  await page.getByTestId("world-map").screenshot({ path: "test-results/screenshots/map.png" });
  await page.screenshot({ path: "test-results/screenshots/designer.png", fullPage: true });

  const zoom = page.getByRole("group", { name: "Zoom" });
  const before = await zoom.locator("span").textContent();
  await zoom.getByRole("button", { name: "Zoom in" }).click();
  await expect(zoom.locator("span")).not.toHaveText(before ?? "");
  await zoom.getByRole("button", { name: "World" }).click();
  await expect(zoom.locator("span")).toHaveText("1×");
  await page.getByTestId("world-map").screenshot({ path: "test-results/screenshots/map-world.png" });

  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("at 1024 px the designer has no horizontal scroll", async ({ page, request }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await openDesigner(page, await createProject(request, "blueprint", "Narrow"));
  await expect(page.getByTestId("analysis-status")).toHaveText("● Live: updated on every edit.");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  await page.screenshot({ path: "test-results/screenshots/designer-1024.png", fullPage: true });
});
